package org.svtracker.domain.commitment.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A checked template waiting to be confirmed, kept between the preview and the confirmation under a
 * random id so that no one can guess another's. Confirming it once records how many commitments it
 * added and drops the file; a second confirmation finds it confirmed and adds nothing.
 */
@Entity
@Table(name = "commitment_upload")
class CommitmentUpload {

    @Id
    private UUID id;

    @Column(name = "council_id")
    private long councilId;

    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "file_name")
    private String fileName;

    private byte[] content;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Column(name = "commitments_created")
    private Integer commitmentsCreated;

    @Version
    private long version;

    protected CommitmentUpload() {}

    CommitmentUpload(long councilId, long contractId, Long uploadedBy, String fileName, byte[] content, Instant now) {
        this.id = UUID.randomUUID();
        this.councilId = councilId;
        this.contractId = contractId;
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.content = content.clone();
        this.uploadedAt = now;
    }

    void confirm(Long userId, int created, Instant now) {
        if (isConfirmed()) {
            throw new IllegalStateException("This upload was confirmed at " + confirmedAt);
        }
        this.confirmedAt = now;
        this.confirmedBy = userId;
        this.commitmentsCreated = created;
        this.content = null; // what it added is in the commitments and the audit trail now
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    UUID id() {
        return id;
    }

    long contractId() {
        return contractId;
    }

    String fileName() {
        return fileName;
    }

    byte[] content() {
        return content == null ? null : content.clone();
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }

    Integer commitmentsCreated() {
        return commitmentsCreated;
    }
}
