package org.svtracker.domain.evidence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much evidence the service keeps: 20 MB a file, 25 MB an upload (all the files of one form or
 * request), and a quota per contract (200 MB unless {@code sv.evidence.contract-quota-megabytes} says
 * otherwise). A megabyte here is 1,048,576 bytes, as Spring's multipart limits count it.
 */
@Component
public class EvidenceLimits {

    public static final long MEGABYTE = 1024L * 1024L;

    private final long maxFileBytes;
    private final long maxUploadBytes;
    private final long contractQuotaBytes;

    EvidenceLimits(
            @Value("${sv.evidence.max-file-megabytes:20}") long maxFileMegabytes,
            @Value("${sv.evidence.max-upload-megabytes:25}") long maxUploadMegabytes,
            @Value("${sv.evidence.contract-quota-megabytes:200}") long contractQuotaMegabytes) {
        this.maxFileBytes = maxFileMegabytes * MEGABYTE;
        this.maxUploadBytes = maxUploadMegabytes * MEGABYTE;
        this.contractQuotaBytes = contractQuotaMegabytes * MEGABYTE;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public long contractQuotaBytes() {
        return contractQuotaBytes;
    }
}
