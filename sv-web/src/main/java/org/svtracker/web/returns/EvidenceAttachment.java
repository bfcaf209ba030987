package org.svtracker.web.returns;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.svtracker.domain.evidence.EvidenceFile;

/**
 * An evidence file as every page downloads it: always an attachment, never shown in the browser,
 * with the type detected at upload, {@code nosniff}, never cached, and its display name (cleaned when
 * it was uploaded) encoded for the header.
 */
public final class EvidenceAttachment {

    private EvidenceAttachment() {}

    public static ResponseEntity<byte[]> of(EvidenceFile file, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(mediaType(file.contentType()))
                .contentLength(bytes.length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.displayName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
