package org.svtracker.domain.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentNotFound;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.contract.ContractNotFound;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.progress.CommitmentProgress;
import org.svtracker.domain.progress.ContractProgress;
import org.svtracker.domain.progress.Progress;

/**
 * What a supplier user sees: every contract of their organisation, with every council, its
 * commitments, their progress and RAG, the returns sent and what is due. Read in a fixed number
 * of queries (three, plus three per council), whatever the number of contracts.
 */
@Service
public class SupplierContracts {

    /** Returns that still need the supplier's work: nothing sent yet, or sent back with a query. */
    private static final Set<ReturnStatus> COUNTED_AS_SENT = Set.of(ReturnStatus.SUBMITTED, ReturnStatus.VERIFIED);

    private final JdbcClient jdbc;
    private final Progress progress;

    SupplierContracts(JdbcClient jdbc, Progress progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /** A contract as the supplier sees it. */
    public record SupplierContract(
            long id,
            long councilId,
            String councilName,
            String reference,
            String title,
            ContractStatus status,
            LocalDate startDate,
            LocalDate endDate,
            RagStatus rag,
            List<SupplierCommitment> commitments) {

        /** Commitments with a return due now (a finished quarter not yet sent). */
        public long commitmentsDue() {
            return commitments.stream().filter(c -> !c.outstanding().isEmpty()).count();
        }
    }

    /**
     * A commitment as the supplier sees it: its target, delivered (verified) and claimed (submitted)
     * quantities, RAG, its returns, the finished quarters still to send ({@code outstanding}), the
     * current quarter if not yet sent, and the quarters a new return can be started for.
     */
    public record SupplierCommitment(
            long id,
            long contractId,
            long councilId,
            String measureCode,
            String measureName,
            MeasureUnit unit,
            MeasureKind kind,
            String unitGuidance,
            BigDecimal target,
            LocalDate dueDate,
            String narrative,
            BigDecimal verified,
            BigDecimal claimed,
            RagStatus rag,
            List<SupplierReturn> returns,
            List<Quarter> outstanding,
            Quarter currentQuarterToSend,
            List<Quarter> openForNewReturn) {

        public boolean narrativeOnly() {
            return kind == MeasureKind.NARRATIVE;
        }

        /** The return of a quarter that is still with the supplier (a draft or queried), if any. */
        public SupplierReturn openReturnFor(Quarter quarter) {
            return returns.stream()
                    .filter(r -> r.period().equals(quarter))
                    .filter(r -> r.status().withSupplier())
                    .findFirst()
                    .orElse(null);
        }
    }

    /** One return in a list: its quarter, state and the council's decision. */
    public record SupplierReturn(
            long id,
            long commitmentId,
            Quarter period,
            ReturnStatus status,
            BigDecimal quantity,
            String decisionReason,
            OffsetDateTime submittedAt,
            OffsetDateTime decidedAt) {}

    @Transactional(readOnly = true)
    public List<SupplierContract> contractsOf(long supplierId, LocalDate today) {
        return read(supplierId, null, today);
    }

    /** One of the supplier's contracts; another supplier's (or none) is not found. */
    @Transactional(readOnly = true)
    public SupplierContract contractOf(long supplierId, long contractId, LocalDate today) {
        List<SupplierContract> found = read(supplierId, contractId, today);
        if (found.isEmpty()) {
            throw ContractNotFound.forId(contractId);
        }
        return found.get(0);
    }

    /** One of the supplier's commitments, with its contract; another supplier's is not found. */
    @Transactional(readOnly = true)
    public SupplierContract contractOfCommitment(long supplierId, long commitmentId, LocalDate today) {
        Long contractId = jdbc.sql("""
                        select c.contract_id from commitment c
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        where c.id = ? and k.supplier_id = ?
                        """)
                .params(commitmentId, supplierId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> CommitmentNotFound.forId(commitmentId));
        return contractOf(supplierId, contractId, today);
    }

    private List<SupplierContract> read(long supplierId, Long contractId, LocalDate today) {
        List<SuppliedContract> contracts = ofSupplier(
                        "select " + SuppliedContract.COLUMNS + """
                         from contract k join council n on n.id = k.council_id
                        where k.supplier_id = :supplier and (cast(:contract as bigint) is null or k.id = :contract)
                        order by n.name, k.reference
                        """, supplierId, contractId)
                .query(SuppliedContract::read)
                .list();
        if (contracts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SupplierReturn>> returnsByCommitment = new HashMap<>();
        ofSupplier("""
                        select r.id, r.commitment_id, r.period_start, r.status, r.quantity, r.decision_reason,
                               r.submitted_at, r.decided_at
                        from delivery_return r
                        join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                        where r.supplier_id = :supplier and (cast(:contract as bigint) is null or c.contract_id = :contract)
                        order by r.period_start, r.id
                        """, supplierId, contractId)
                .query((rs, n) -> new SupplierReturn(
                        rs.getLong(1),
                        rs.getLong(2),
                        Quarter.of(rs.getDate(3).toLocalDate()),
                        ReturnStatus.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class)))
                .list()
                .forEach(r -> returnsByCommitment
                        .computeIfAbsent(r.commitmentId(), id -> new ArrayList<>())
                        .add(r));
        Map<Long, CommitmentProgress> progressById = new HashMap<>();
        Map<Long, RagStatus> contractRag = new HashMap<>();
        for (ContractProgress contract : progress.contractsOfSupplier(supplierId, today)) {
            contractRag.put(contract.contractId(), contract.rag());
            contract.commitments().forEach(c -> progressById.put(c.commitmentId(), c));
        }
        Map<Long, SuppliedContract> contractById =
                contracts.stream().collect(Collectors.toMap(SuppliedContract::id, Function.identity()));
        Map<Long, List<SupplierCommitment>> commitmentsByContract = new LinkedHashMap<>();
        ofSupplier("""
                        select c.id, c.contract_id, c.council_id, m.code, m.name, m.unit, m.kind, m.unit_guidance,
                               coalesce(c.target_quantity,
                                        (select sum(t.target_quantity) from commitment_quarter_target t
                                         where t.commitment_id = c.id)),
                               c.due_date, c.narrative
                        from commitment c
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        join measure m on m.id = c.measure_id
                        where k.supplier_id = :supplier and (cast(:contract as bigint) is null or k.id = :contract)
                        order by c.contract_id, c.id
                        """, supplierId, contractId).query(rs -> {
            long id = rs.getLong(1);
            SuppliedContract contract = contractById.get(rs.getLong(2));
            LocalDate due = rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate();
            List<SupplierReturn> returns = returnsByCommitment.getOrDefault(id, List.of());
            CommitmentProgress p = progressById.get(id);
            Schedule schedule =
                    new Schedule(contract.status(), contract.startDate(), contract.endDate(), due, returns, today);
            commitmentsByContract
                    .computeIfAbsent(contract.id(), k -> new ArrayList<>())
                    .add(new SupplierCommitment(
                            id,
                            contract.id(),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getString(5),
                            MeasureUnit.ofStored(rs.getString(6)),
                            MeasureKind.valueOf(rs.getString(7)),
                            rs.getString(8),
                            rs.getBigDecimal(9),
                            due,
                            rs.getString(11),
                            p == null ? BigDecimal.ZERO : p.verified(),
                            p == null ? BigDecimal.ZERO : p.claimed(),
                            p == null ? RagStatus.NOT_STARTED : p.rag(),
                            List.copyOf(returns),
                            schedule.outstanding(),
                            schedule.currentToSend(),
                            schedule.openForNewReturn()));
        });
        return contracts.stream()
                .map(k -> new SupplierContract(
                        k.id(),
                        k.councilId(),
                        k.councilName(),
                        k.reference(),
                        k.title(),
                        k.status(),
                        k.startDate(),
                        k.endDate(),
                        contractRag.getOrDefault(k.id(), RagStatus.NOT_STARTED),
                        List.copyOf(commitmentsByContract.getOrDefault(k.id(), List.of()))))
                .toList();
    }

    /** A query of the supplier's, of one of its contracts or (with none given) of all of them. */
    private JdbcClient.StatementSpec ofSupplier(String sql, long supplierId, Long contractId) {
        return jdbc.sql(sql).param("supplier", supplierId).param("contract", contractId);
    }

    /**
     * Which quarters a commitment still needs a return for. A return is due for each quarter from
     * the one the contract starts in to the one the commitment is due in (or the contract ends in),
     * once the quarter has finished; a draft, a queried or a rejected return has not been sent.
     */
    private record Schedule(
            ContractStatus status,
            LocalDate start,
            LocalDate end,
            LocalDate due,
            List<SupplierReturn> returns,
            LocalDate today) {

        private Quarter last() {
            LocalDate until = due == null || due.isAfter(end) ? end : due;
            return Quarter.of(until.isBefore(start) ? start : until);
        }

        private boolean sent(Quarter quarter) {
            return returns.stream().anyMatch(r -> r.period().equals(quarter) && COUNTED_AS_SENT.contains(r.status()));
        }

        private boolean taken(Quarter quarter) {
            return returns.stream().anyMatch(r -> r.period().equals(quarter) && r.status() != ReturnStatus.REJECTED);
        }

        List<Quarter> outstanding() {
            return quartersUpTo(Quarter.of(today).previous(), q -> !sent(q));
        }

        Quarter currentToSend() {
            Quarter current = Quarter.of(today);
            boolean inSchedule = current.compareTo(Quarter.of(start)) >= 0 && current.compareTo(last()) <= 0;
            return status == ContractStatus.LIVE && inSchedule && !sent(current) ? current : null;
        }

        List<Quarter> openForNewReturn() {
            return quartersUpTo(Quarter.of(today), q -> !taken(q));
        }

        /** The quarters of a live contract's schedule, up to {@code latest} at most, that are still wanted. */
        private List<Quarter> quartersUpTo(Quarter latest, Predicate<Quarter> wanted) {
            if (status != ContractStatus.LIVE) {
                return List.of();
            }
            Quarter until = last().compareTo(latest) < 0 ? last() : latest;
            List<Quarter> result = new ArrayList<>();
            for (Quarter q = Quarter.of(start); q.compareTo(until) <= 0; q = q.next()) {
                if (wanted.test(q)) {
                    result.add(q);
                }
            }
            return List.copyOf(result);
        }
    }
}
