package org.svtracker.domain.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.DeliverySchedule;
import org.svtracker.domain.commitment.LinearSchedule;
import org.svtracker.domain.commitment.QuarterlySchedule;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.money.Money;

/**
 * Delivery against commitments, read for a whole council or contract in a fixed number of queries:
 * verified and claimed quantities, value delivered at the frozen proxy, and RAG.
 */
@Service
public class Progress {

    private final JdbcClient jdbc;

    Progress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every contract of a council that has commitments, with their progress on the given day. */
    @Transactional(readOnly = true)
    public List<ContractProgress> contractsOf(long councilId, LocalDate today) {
        return progress(councilId, null, null, today);
    }

    /**
     * Every contract of a supplier that has commitments, whichever council let it, each read with
     * its council's RAG bands: a fixed number of queries per council, whatever the number of contracts.
     */
    @Transactional(readOnly = true)
    public List<ContractProgress> contractsOfSupplier(long supplierId, LocalDate today) {
        List<Long> councils = jdbc.sql("select distinct council_id from contract where supplier_id = ? order by 1")
                .param(supplierId)
                .query(Long.class)
                .list();
        List<ContractProgress> result = new ArrayList<>();
        for (long councilId : councils) {
            result.addAll(progress(councilId, null, supplierId, today));
        }
        return result;
    }

    /** A supplier's contracts with one council, with their progress: the supplier's view of its work. */
    @Transactional(readOnly = true)
    public List<ContractProgress> contractsOfSupplier(long councilId, long supplierId, LocalDate today) {
        return progress(councilId, null, supplierId, today);
    }

    @Transactional(readOnly = true)
    public ContractProgress contract(long councilId, long contractId, LocalDate today) {
        List<ContractProgress> found = progress(councilId, contractId, null, today);
        return found.isEmpty() ? new ContractProgress(contractId, List.of(), RagStatus.NOT_STARTED) : found.get(0);
    }

    /**
     * Returns overdue: for each commitment of a live contract, each quarter that has finished since
     * the contract started (up to the commitment's due date) with no return, or only a rejected one.
     */
    @Transactional(readOnly = true)
    public List<OverdueReturn> overdueReturns(long councilId, LocalDate today) {
        return jdbc.sql("""
                        select c.id, k.id, k.reference, m.name, q.quarter_start::date
                        from commitment c
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        join measure m on m.id = c.measure_id
                        cross join lateral generate_series(
                            date_trunc('quarter', k.start_date), date_trunc('quarter', cast(:today as date)) - interval '3 months',
                            interval '3 months') as q(quarter_start)
                        where c.council_id = :council and k.status = 'LIVE'
                          and q.quarter_start <= coalesce(c.due_date, k.end_date)
                          and not exists (
                              select 1 from delivery_return r
                              where r.council_id = c.council_id and r.commitment_id = c.id
                                and r.period_start = q.quarter_start and r.status <> 'REJECTED')
                        order by q.quarter_start, k.reference, c.id
                        """)
                .param("council", councilId)
                .param("today", today)
                .query((rs, n) -> new OverdueReturn(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        Quarter.of(rs.getDate(5).toLocalDate())))
                .list();
    }

    private List<ContractProgress> progress(long councilId, Long contractId, Long supplierId, LocalDate today) {
        RagBands bands = jdbc.sql("select rag_upper_percent, rag_lower_percent from council where id = ?")
                .param(councilId)
                .query((rs, n) -> new RagBands(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                .single();
        Map<Long, List<BigDecimal[]>> quarterTargets = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.commitment_id, t.quarter_start, t.target_quantity
                        from commitment_quarter_target t join commitment c on c.id = t.commitment_id
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        where c.council_id = :council and (cast(:contract as bigint) is null or c.contract_id = :contract)
                          and (cast(:supplier as bigint) is null or k.supplier_id = :supplier)
                        """)
                .param("council", councilId)
                .param("contract", contractId)
                .param("supplier", supplierId)
                .query(rs -> {
                    quarterTargets
                            .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new BigDecimal[] {
                                BigDecimal.valueOf(rs.getDate(2).toLocalDate().toEpochDay()), rs.getBigDecimal(3)
                            });
                });
        Map<Long, List<CommitmentRow>> byContract = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.id, c.contract_id, c.target_quantity, c.due_date, c.gross_value, c.proxy_per_unit,
                               c.manual_rag, k.start_date, k.status,
                               coalesce(r.verified, 0) as verified, coalesce(r.claimed, 0) as claimed
                        from commitment c
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        left join (
                            -- Returns summed per commitment first: far cheaper than joining every return.
                            select commitment_id,
                                   sum(quantity) filter (where status = 'VERIFIED') as verified,
                                   sum(quantity) filter (where status = 'SUBMITTED') as claimed
                            from delivery_return
                            where council_id = :council and period_start <= :asOf
                            group by commitment_id) r on r.commitment_id = c.id
                        where c.council_id = :council and (cast(:contract as bigint) is null or c.contract_id = :contract)
                          and (cast(:supplier as bigint) is null or k.supplier_id = :supplier)
                          and k.status in ('AWARDED', 'LIVE', 'CLOSED')
                        order by c.contract_id, c.id
                        """)
                .param("council", councilId)
                .param("contract", contractId)
                .param("supplier", supplierId)
                .param("asOf", today)
                .query(rs -> {
                    byContract
                            .computeIfAbsent(rs.getLong(2), id -> new ArrayList<>())
                            .add(new CommitmentRow(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getBigDecimal(3),
                                    rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                                    rs.getBigDecimal(5),
                                    rs.getBigDecimal(6),
                                    rs.getString(7),
                                    rs.getDate(8).toLocalDate(),
                                    rs.getBigDecimal(10),
                                    rs.getBigDecimal(11)));
                });
        List<ContractProgress> result = new ArrayList<>();
        byContract.forEach((id, rows) -> {
            List<CommitmentProgress> commitments = new ArrayList<>();
            List<WeightedRag> weights = new ArrayList<>();
            for (CommitmentRow row : rows) {
                DeliverySchedule schedule = row.schedule(quarterTargets.get(row.id()));
                Money committed = row.grossValue() == null ? Money.ZERO : new Money(row.grossValue());
                Money delivered =
                        row.proxy() == null ? Money.ZERO : Money.valueOf(row.verified(), new Money(row.proxy()));
                RagStatus rag;
                WeightedRag weight;
                if (schedule == null) {
                    rag = row.manualRag() == null ? RagStatus.NOT_STARTED : RagStatus.valueOf(row.manualRag());
                    weight = WeightedRag.manual(rag);
                } else {
                    weight = Rag.weigh(committed, schedule, row.verified(), today, bands);
                    rag = weight.status();
                }
                weights.add(weight);
                commitments.add(new CommitmentProgress(
                        row.id(),
                        id,
                        schedule == null ? null : schedule.target(),
                        row.verified(),
                        row.claimed(),
                        committed,
                        delivered,
                        rag));
            }
            result.add(new ContractProgress(id, List.copyOf(commitments), Rag.forContract(weights, bands)));
        });
        return result;
    }

    private record CommitmentRow(
            long id,
            long contractId,
            BigDecimal target,
            LocalDate due,
            BigDecimal grossValue,
            BigDecimal proxy,
            String manualRag,
            LocalDate contractStart,
            BigDecimal verified,
            BigDecimal claimed) {

        DeliverySchedule schedule(List<BigDecimal[]> quarters) {
            if (quarters != null && !quarters.isEmpty()) {
                var targets = new java.util.TreeMap<Quarter, BigDecimal>();
                quarters.forEach(q -> targets.put(Quarter.of(LocalDate.ofEpochDay(q[0].longValue())), q[1]));
                return new QuarterlySchedule(targets);
            }
            if (target == null || due == null || !due.isAfter(contractStart)) {
                return null;
            }
            return new LinearSchedule(contractStart, due, target);
        }
    }
}
