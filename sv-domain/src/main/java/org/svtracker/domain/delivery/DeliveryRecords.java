package org.svtracker.domain.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.AuditEvent;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.evidence.EvidenceFile;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.returns.ReturnNotFound;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.Returns;

/**
 * What the contract manager's pages read: returns with their context, commitments with their
 * measures, evidence and audit history of a whole contract. Each read is a fixed number of queries
 * whatever the number of rows, and every query names the council.
 */
@Service
public class DeliveryRecords {

    private static final String RETURNS = """
            select r.id, k.id, k.reference, k.title, s.name, c.id, m.name, m.unit, m.kind,
                   r.period_start, r.quantity, r.narrative, r.status,
                   r.declared_contract_and_period, r.declared_commitment, r.recorded_on_behalf,
                   r.submitted_at, sb.display_name, r.decided_at, r.decided_by, db.display_name,
                   r.decision_reason, r.version
            from delivery_return r
            join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
            join contract k on k.id = c.contract_id and k.council_id = c.council_id
            join measure m on m.id = c.measure_id
            join supplier s on s.id = r.supplier_id
            left join user_account sb on sb.id = r.submitted_by
            left join user_account db on db.id = r.decided_by
            """;

    /** The council's evidence on a contract's returns; a caller may add conditions and an order. */
    private static final String EVIDENCE_OF_CONTRACT = "select " + EvidenceFile.COLUMNS + """
             from evidence e
            join delivery_return r on r.id = e.return_id and r.council_id = e.council_id
            join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
            where e.council_id = ? and c.contract_id = ?
            """;

    private final JdbcClient jdbc;

    DeliveryRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The council's submitted returns, oldest first: the order of {@link Returns#reviewQueue}. */
    @Transactional(readOnly = true)
    public List<ReturnRecord> reviewQueue(long councilId) {
        return returns("r.status = 'SUBMITTED' order by r.submitted_at, r.id", councilId)
                .list();
    }

    /** Every return on a contract's commitments, by commitment then quarter. */
    @Transactional(readOnly = true)
    public List<ReturnRecord> returnsOfContract(long councilId, long contractId) {
        return returns("k.id = ? order by c.id, r.period_start, r.id", councilId, contractId)
                .list();
    }

    @Transactional(readOnly = true)
    public ReturnRecord returnOfCouncil(long councilId, long returnId) {
        return returns("r.id = ?", councilId, returnId).optional().orElseThrow(() -> ReturnNotFound.forId(returnId));
    }

    /** The council's returns that meet a condition (its parameters after the council's id). */
    private JdbcClient.MappedQuerySpec<ReturnRecord> returns(String condition, Object... params) {
        return jdbc.sql(RETURNS + " where r.council_id = ? and " + condition)
                .params(params)
                .query(DeliveryRecords::returnRecord);
    }

    /** The commitments of one contract, with their measures and schedules. */
    @Transactional(readOnly = true)
    public List<CommitmentLine> commitmentsOfContract(long councilId, long contractId) {
        return commitments(councilId, contractId, null);
    }

    /** The commitments of every contract a contract manager manages. */
    @Transactional(readOnly = true)
    public List<CommitmentLine> commitmentsManagedBy(long councilId, long contractManagerId) {
        return commitments(councilId, null, contractManagerId);
    }

    /** The supplier of each contract a contract manager manages (awarded contracts only). */
    @Transactional(readOnly = true)
    public Map<Long, String> supplierNamesOfContracts(long councilId, long contractManagerId) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select k.id, s.name from contract k join supplier s on s.id = k.supplier_id
                        where k.council_id = ? and k.contract_manager_id = ?
                        """).params(councilId, contractManagerId).query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    /** The evidence of every return on a contract, by return id. */
    @Transactional(readOnly = true)
    public Map<Long, List<EvidenceFile>> evidenceOfContract(long councilId, long contractId) {
        Map<Long, List<EvidenceFile>> byReturn = new LinkedHashMap<>();
        jdbc.sql(EVIDENCE_OF_CONTRACT + " order by e.id")
                .params(councilId, contractId)
                .query(EvidenceFile::read)
                .list()
                .forEach(file -> byReturn.computeIfAbsent(file.returnId(), id -> new java.util.ArrayList<>())
                        .add(file));
        return byReturn;
    }

    /**
     * One evidence file, only if it belongs to that return of that contract of the council: any
     * mismatch of the three ids is as good as not found.
     */
    @Transactional(readOnly = true)
    public Optional<EvidenceFile> evidence(long councilId, long contractId, long returnId, long evidenceId) {
        return jdbc.sql(EVIDENCE_OF_CONTRACT + " and r.id = ? and e.id = ?")
                .params(councilId, contractId, returnId, evidenceId)
                .query(EvidenceFile::read)
                .optional();
    }

    /** Whether the council's return is one of that contract's. */
    @Transactional(readOnly = true)
    public boolean isReturnOfContract(long councilId, long contractId, long returnId) {
        return jdbc.sql("""
                                select count(*) from delivery_return r
                                join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                                where r.council_id = ? and c.contract_id = ? and r.id = ?
                                """)
                        .params(councilId, contractId, returnId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * A page of the audit trail of a contract and of everything on it (its commitments, their
     * returns, evidence and remedies), newest first, each line with the thing it is about.
     */
    @Transactional(readOnly = true)
    public HistoryPage historyOfContract(long councilId, long contractId, int page, int size) {
        String subjects = """
                with subject (entity_type, entity_id, name, period_start) as (
                    select 'Contract', k.id, k.reference, cast(null as date)
                    from contract k where k.council_id = :council and k.id = :contract
                    union all
                    select 'Commitment', c.id, m.name, cast(null as date)
                    from commitment c join measure m on m.id = c.measure_id
                    where c.council_id = :council and c.contract_id = :contract
                    union all
                    select 'Return', r.id, m.name, r.period_start
                    from delivery_return r
                    join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                    join measure m on m.id = c.measure_id
                    where r.council_id = :council and c.contract_id = :contract
                    union all
                    select 'Evidence', e.id, e.display_name, cast(null as date)
                    from evidence e
                    join delivery_return r on r.id = e.return_id and r.council_id = e.council_id
                    join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                    where e.council_id = :council and c.contract_id = :contract
                    union all
                    select 'Remedy', x.id, m.name, cast(null as date)
                    from remedy x
                    join commitment c on c.id = x.commitment_id and c.council_id = x.council_id
                    join measure m on m.id = c.measure_id
                    where x.council_id = :council and c.contract_id = :contract)
                """;
        String from = """
                from audit_event a join subject s on s.entity_type = a.entity_type and s.entity_id = a.entity_id
                where a.council_id = :council
                """;
        long total = jdbc.sql(subjects + "select count(*) " + from)
                .param("council", councilId)
                .param("contract", contractId)
                .query(Long.class)
                .single();
        List<HistoryEntry> entries = jdbc.sql(subjects + "select " + AuditEvent.COLUMNS + ", s.name, s.period_start "
                        + from + " order by a.occurred_at desc, a.id desc limit :size offset :offset")
                .param("council", councilId)
                .param("contract", contractId)
                .param("size", size)
                .param("offset", (long) Math.max(0, page - 1) * size)
                .query((rs, n) -> new HistoryEntry(
                        AuditEvent.read(rs, n),
                        rs.getString(10),
                        date(rs, 11) == null ? null : Quarter.of(date(rs, 11))))
                .list();
        return new HistoryPage(entries, total, page, size);
    }

    /** One line of a contract's history: the audit event, and the name (and quarter) of what it is about. */
    public record HistoryEntry(AuditEvent event, String subject, Quarter period) {}

    /** One page of a contract's history, with the total it is part of. */
    public record HistoryPage(List<HistoryEntry> entries, long total, int page, int size) {
        public int totalPages() {
            return (int) ((total + size - 1) / size);
        }
    }

    private List<CommitmentLine> commitments(long councilId, Long contractId, Long contractManagerId) {
        Map<Long, TreeMap<Quarter, java.math.BigDecimal>> targets = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.commitment_id, t.quarter_start, t.target_quantity
                        from commitment_quarter_target t
                        join commitment c on c.id = t.commitment_id
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        where c.council_id = :council
                          and (cast(:contract as bigint) is null or c.contract_id = :contract)
                          and (cast(:manager as bigint) is null or k.contract_manager_id = :manager)
                        """)
                .param("council", councilId)
                .param("contract", contractId)
                .param("manager", contractManagerId)
                .query(rs -> {
                    targets.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>())
                            .put(Quarter.of(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3));
                });
        return jdbc.sql("""
                        select c.id, c.contract_id, k.reference, m.name, m.unit, m.kind, c.target_quantity,
                               c.due_date, c.narrative, c.manual_rag, k.start_date, k.end_date, c.version
                        from commitment c
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        join measure m on m.id = c.measure_id
                        where c.council_id = :council
                          and (cast(:contract as bigint) is null or c.contract_id = :contract)
                          and (cast(:manager as bigint) is null or k.contract_manager_id = :manager)
                        order by k.reference, c.id
                        """)
                .param("council", councilId)
                .param("contract", contractId)
                .param("manager", contractManagerId)
                .query((rs, n) -> new CommitmentLine(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        MeasureUnit.ofStored(rs.getString(5)),
                        MeasureKind.valueOf(rs.getString(6)),
                        rs.getBigDecimal(7),
                        date(rs, 8),
                        java.util.Collections.unmodifiableSortedMap(
                                targets.getOrDefault(rs.getLong(1), new TreeMap<>())),
                        rs.getString(9),
                        rs.getString(10) == null ? null : RagStatus.valueOf(rs.getString(10)),
                        date(rs, 11),
                        date(rs, 12),
                        rs.getLong(13)))
                .list();
    }

    private static ReturnRecord returnRecord(ResultSet rs, int row) throws SQLException {
        return new ReturnRecord(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7),
                MeasureUnit.ofStored(rs.getString(8)),
                MeasureKind.valueOf(rs.getString(9)),
                Quarter.of(rs.getDate(10).toLocalDate()),
                rs.getBigDecimal(11),
                rs.getString(12),
                ReturnStatus.valueOf(rs.getString(13)),
                rs.getBoolean(14),
                rs.getBoolean(15),
                rs.getBoolean(16),
                rs.getObject(17, OffsetDateTime.class),
                rs.getString(18),
                rs.getObject(19, OffsetDateTime.class),
                (Long) rs.getObject(20),
                rs.getString(21),
                rs.getString(22),
                rs.getLong(23));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
