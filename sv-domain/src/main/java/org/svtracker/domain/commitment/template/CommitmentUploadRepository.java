package org.svtracker.domain.commitment.template;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every query names the council. */
interface CommitmentUploadRepository extends Repository<CommitmentUpload, UUID> {

    CommitmentUpload save(CommitmentUpload upload);

    Optional<CommitmentUpload> findByIdAndCouncilIdAndContractId(UUID id, long councilId, long contractId);

    /** The upload, locked until the transaction ends, so that two confirmations take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select u from CommitmentUpload u where u.id = :id and u.councilId = :councilId and u.contractId = :contractId")
    Optional<CommitmentUpload> lockByIdAndCouncilIdAndContractId(UUID id, long councilId, long contractId);

    /** Forgets a council's uploads that were never confirmed, once they are old enough to be abandoned. */
    @Modifying
    @Query(
            "delete from CommitmentUpload u where u.councilId = :councilId and u.confirmedAt is null and u.uploadedAt < :before")
    int deleteUnconfirmedBefore(long councilId, Instant before);
}
