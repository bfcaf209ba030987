package org.svtracker.domain.remedy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;

/** Recovery plans on under-delivering commitments, and penalties where contracts allow them. */
@Service
public class Remedies {

    private final RemedyRepository remedies;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Remedies(RemedyRepository remedies, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.remedies = remedies;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long openRemedy(
            long councilId, long commitmentId, String action, String owner, LocalDate dueDate, Actor actor) {
        boolean ownCommitment = jdbc.sql("select count(*) from commitment where id = ? and council_id = ?")
                        .params(commitmentId, councilId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!ownCommitment) {
            throw new IllegalArgumentException("No commitment " + commitmentId + " in this council");
        }
        Remedy remedy = remedies.save(
                new Remedy(councilId, commitmentId, action, owner, dueDate, actor.userId(), OffsetDateTime.now(clock)));
        audit.record(
                actor,
                councilId,
                "Remedy",
                remedy.id(),
                "OPENED",
                Map.of("commitmentId", commitmentId, "action", action, "owner", owner, "dueDate", dueDate));
        return remedy.id();
    }

    @Transactional
    public void recordPenalty(
            long councilId, long remedyId, long expectedVersion, BigDecimal amount, String note, Actor actor) {
        Remedy remedy = remedy(councilId, remedyId, expectedVersion);
        remedy.recordPenalty(amount, note);
        audit.record(
                actor,
                councilId,
                "Remedy",
                remedyId,
                "PENALTY_RECORDED",
                Map.of("amount", amount, "note", note == null ? "" : note));
    }

    @Transactional
    public void closeRemedy(long councilId, long remedyId, long expectedVersion, String outcome, Actor actor) {
        Remedy remedy = remedy(councilId, remedyId, expectedVersion);
        remedy.close(outcome, OffsetDateTime.now(clock));
        audit.record(actor, councilId, "Remedy", remedyId, "CLOSED", Map.of("outcome", outcome));
    }

    @Transactional(readOnly = true)
    public List<Remedy> openRemedies(long councilId) {
        return remedies.findByCouncilIdAndStatusOrderByDueDate(councilId, Remedy.Status.OPEN);
    }

    @Transactional(readOnly = true)
    public List<Remedy> remediesOf(long councilId, long commitmentId) {
        return remedies.findByCouncilIdAndCommitmentIdOrderByOpenedAt(councilId, commitmentId);
    }

    private Remedy remedy(long councilId, long remedyId, long expectedVersion) {
        Remedy remedy = remedies.findByIdAndCouncilId(remedyId, councilId)
                .orElseThrow(() -> new IllegalArgumentException("No recovery plan " + remedyId + " in this council"));
        if (remedy.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Remedy.class, remedyId);
        }
        return remedy;
    }
}
