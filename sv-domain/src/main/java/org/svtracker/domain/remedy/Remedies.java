package org.svtracker.domain.remedy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.commitment.CommitmentNotFound;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.council.CouncilViews;
import org.svtracker.domain.money.Money;

/** Recovery plans on under-delivering commitments, and penalties where contracts allow them. */
@Service
public class Remedies {

    private final RemedyRepository remedies;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CouncilViews<RemedyView> views;

    Remedies(RemedyRepository remedies, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.remedies = remedies;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.views = new CouncilViews<>(jdbc, REMEDY_SELECT, "rm", Remedies::remedyView);
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
                AuditedEntity.REMEDY,
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
                AuditedEntity.REMEDY,
                remedyId,
                "PENALTY_RECORDED",
                Map.of("amount", amount, "note", note == null ? "" : note));
    }

    @Transactional
    public void closeRemedy(long councilId, long remedyId, long expectedVersion, String outcome, Actor actor) {
        Remedy remedy = remedy(councilId, remedyId, expectedVersion);
        remedy.close(outcome, OffsetDateTime.now(clock));
        audit.record(actor, councilId, AuditedEntity.REMEDY, remedyId, "CLOSED", Map.of("outcome", outcome));
    }

    @Transactional(readOnly = true)
    public List<Remedy> openRemedies(long councilId) {
        return remedies.findByCouncilIdAndStatusOrderByDueDate(councilId, Remedy.Status.OPEN);
    }

    @Transactional(readOnly = true)
    public List<Remedy> remediesOf(long councilId, long commitmentId) {
        return remedies.findByCouncilIdAndCommitmentIdOrderByOpenedAt(councilId, commitmentId);
    }

    /** Every recovery plan of the council, open ones first by due date, then closed ones, in one query. */
    @Transactional(readOnly = true)
    public List<RemedyView> remediesOfCouncil(long councilId) {
        return views.list(councilId, "rm.status desc, rm.due_date, rm.id");
    }

    @Transactional(readOnly = true)
    public RemedyView remedy(long councilId, long remedyId) {
        return views.find(councilId, remedyId).orElseThrow(() -> RemedyNotFound.forId(remedyId));
    }

    /** The commitments of the council's awarded, live and closed contracts, named, in one query. */
    @Transactional(readOnly = true)
    public List<CommitmentLine> commitmentLines(long councilId) {
        return jdbc.sql(COMMITMENT_SELECT + """
                         where c.council_id = ? and k.status in ('AWARDED', 'LIVE', 'CLOSED')
                         order by k.reference, c.id
                        """)
                .param(councilId)
                .query((rs, n) -> commitmentLine(rs))
                .list();
    }

    /** One commitment of one of the council's contracts; another council's, or another contract's, is not found. */
    @Transactional(readOnly = true)
    public CommitmentLine commitmentLine(long councilId, long contractId, long commitmentId) {
        return jdbc.sql(COMMITMENT_SELECT + " where c.council_id = ? and c.contract_id = ? and c.id = ?")
                .params(councilId, contractId, commitmentId)
                .query((rs, n) -> commitmentLine(rs))
                .optional()
                .orElseThrow(() -> CommitmentNotFound.forId(commitmentId));
    }

    private static final String COMMITMENT_SELECT = """
            select c.id, k.id, k.reference, k.title, k.status, s.name, m.name, m.unit
            from commitment c
            join contract k on k.id = c.contract_id and k.council_id = c.council_id
            left join supplier s on s.id = k.supplier_id
            join measure m on m.id = c.measure_id
            """;

    private static final String REMEDY_SELECT = """
            select c.id, k.id, k.reference, k.title, k.status, s.name, m.name, m.unit,
                   rm.id, rm.action, rm.owner, rm.due_date, rm.status, rm.outcome, rm.penalty_amount,
                   rm.penalty_note, u.display_name, rm.opened_at, rm.closed_at, rm.version
            from remedy rm
            join commitment c on c.id = rm.commitment_id and c.council_id = rm.council_id
            join contract k on k.id = c.contract_id and k.council_id = c.council_id
            left join supplier s on s.id = k.supplier_id
            join measure m on m.id = c.measure_id
            left join user_account u on u.id = rm.opened_by
            """;

    private static CommitmentLine commitmentLine(ResultSet rs) throws SQLException {
        String unit = rs.getString(8);
        return new CommitmentLine(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                ContractStatus.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                unit == null
                        ? null
                        : org.svtracker.domain.measure.MeasureUnit.valueOf(unit).label());
    }

    private static RemedyView remedyView(ResultSet rs, int row) throws SQLException {
        BigDecimal penalty = rs.getBigDecimal(15);
        return new RemedyView(
                rs.getLong(9),
                commitmentLine(rs),
                rs.getString(10),
                rs.getString(11),
                rs.getDate(12).toLocalDate(),
                Remedy.Status.valueOf(rs.getString(13)),
                rs.getString(14),
                penalty == null ? null : new Money(penalty),
                rs.getString(16),
                rs.getString(17),
                rs.getObject(18, java.time.OffsetDateTime.class),
                rs.getObject(19, java.time.OffsetDateTime.class),
                rs.getLong(20));
    }

    private Remedy remedy(long councilId, long remedyId, long expectedVersion) {
        Remedy remedy =
                remedies.findByIdAndCouncilId(remedyId, councilId).orElseThrow(() -> RemedyNotFound.forId(remedyId));
        if (remedy.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Remedy.class, remedyId);
        }
        return remedy;
    }
}
