package org.svtracker.domain.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.progress.CommitmentProgress;
import org.svtracker.domain.progress.ContractProgress;
import org.svtracker.domain.progress.Progress;
import org.svtracker.domain.returns.SuppliedContract;

/**
 * Contracts with their commitments and progress, for a supplier (across the councils it works for)
 * or for a council: two queries, then {@link Progress} once per council, whatever the number of
 * contracts. Only awarded, live and closed contracts have a supplier and so appear.
 */
@Service
public class DeliveryOverview {

    private final JdbcClient jdbc;
    private final Progress progress;

    DeliveryOverview(JdbcClient jdbc, Progress progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /** The supplier's contracts, grouped by council, each with its commitments. */
    @Transactional(readOnly = true)
    public List<ContractOverview> ofSupplier(long supplierId, LocalDate today) {
        List<SuppliedContract> contracts = contracts("k.supplier_id = ?", supplierId);
        Set<Long> councils = new LinkedHashSet<>();
        contracts.forEach(c -> councils.add(c.councilId()));
        Map<Long, ContractProgress> progressByContract = new HashMap<>();
        for (long councilId : councils) {
            progress.contractsOfSupplier(councilId, supplierId, today)
                    .forEach(p -> progressByContract.put(p.contractId(), p));
        }
        return assemble(contracts, measures("k.supplier_id = ?", supplierId), progressByContract);
    }

    /** The council's contracts that have a supplier, each with its commitments. */
    @Transactional(readOnly = true)
    public List<ContractOverview> ofCouncil(long councilId, LocalDate today) {
        Map<Long, ContractProgress> progressByContract = new HashMap<>();
        progress.contractsOf(councilId, today).forEach(p -> progressByContract.put(p.contractId(), p));
        return assemble(
                contracts("k.council_id = ?", councilId), measures("k.council_id = ?", councilId), progressByContract);
    }

    /**
     * The kind of measure of a commitment the supplier may report on (one of its live contracts'):
     * empty for any other commitment, another supplier's included.
     */
    @Transactional(readOnly = true)
    public Optional<MeasureKind> reportableMeasureKind(long supplierId, long commitmentId) {
        return jdbc.sql("""
                        select m.kind from commitment c
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        join measure m on m.id = c.measure_id
                        where c.id = ? and k.supplier_id = ? and k.status = 'LIVE'
                        """)
                .params(commitmentId, supplierId)
                .query((rs, n) -> MeasureKind.valueOf(rs.getString(1)))
                .optional();
    }

    private List<SuppliedContract> contracts(String filter, long id) {
        return jdbc.sql("select " + SuppliedContract.COLUMNS + """
                         from contract k join council n on n.id = k.council_id
                        where %s and k.status in ('AWARDED', 'LIVE', 'CLOSED')
                        order by n.name, k.reference
                        """.formatted(filter))
                .param(id)
                .query(SuppliedContract::read)
                .list();
    }

    private Map<Long, MeasureRow> measures(String filter, long id) {
        Map<Long, MeasureRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select cm.id, m.code, m.name, m.kind, m.unit, cm.due_date
                        from commitment cm
                        join contract k on k.id = cm.contract_id and k.council_id = cm.council_id
                        join measure m on m.id = cm.measure_id
                        where %s and k.status in ('AWARDED', 'LIVE', 'CLOSED')
                        """.formatted(filter)).param(id).query(rs -> {
            rows.put(
                    rs.getLong(1),
                    new MeasureRow(
                            rs.getString(2),
                            rs.getString(3),
                            MeasureKind.valueOf(rs.getString(4)),
                            MeasureUnit.ofStored(rs.getString(5)),
                            rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()));
        });
        return rows;
    }

    private static List<ContractOverview> assemble(
            List<SuppliedContract> contracts, Map<Long, MeasureRow> measures, Map<Long, ContractProgress> progress) {
        List<ContractOverview> result = new ArrayList<>();
        for (SuppliedContract c : contracts) {
            ContractProgress p = progress.get(c.id());
            List<CommitmentOverview> commitments = new ArrayList<>();
            if (p != null) {
                for (CommitmentProgress cp : p.commitments()) {
                    MeasureRow m = measures.get(cp.commitmentId());
                    commitments.add(new CommitmentOverview(
                            cp.commitmentId(),
                            m.code(),
                            m.name(),
                            m.kind(),
                            m.unit(),
                            cp.target(),
                            m.dueDate(),
                            zeroIfNull(cp.verified()),
                            zeroIfNull(cp.claimed()),
                            cp.rag()));
                }
            }
            result.add(new ContractOverview(
                    c.id(),
                    c.councilSlug(),
                    c.councilName(),
                    c.reference(),
                    c.title(),
                    c.status(),
                    c.startDate(),
                    c.endDate(),
                    p == null ? RagStatus.NOT_STARTED : p.rag(),
                    List.copyOf(commitments)));
        }
        return result;
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private record MeasureRow(String code, String name, MeasureKind kind, MeasureUnit unit, LocalDate dueDate) {}
}
