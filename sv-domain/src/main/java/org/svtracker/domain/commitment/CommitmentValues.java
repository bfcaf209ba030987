package org.svtracker.domain.commitment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.contract.ContractNotFound;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureNotFound;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.money.Money;

/**
 * What a contract's commitments are worth, read in a fixed number of queries whatever their number:
 * frozen values once the contract is awarded, estimates at the proxy in force before that.
 */
@Service
public class CommitmentValues {

    private final JdbcClient jdbc;

    CommitmentValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every commitment of the contract with its value, the totals, and gross as a % of the contract
     * value against the target. {@code today} decides the estimating proxy's year before award.
     */
    @Transactional(readOnly = true)
    public ValuedCommitments valuesOf(long councilId, long contractId, BigDecimal targetPercent, LocalDate today) {
        ContractFacts contract = contract(councilId, contractId);
        FinancialYear year = contract.valuationYear(today);
        List<ValuedCommitments.Line> lines = jdbc.sql("""
                        select m.id, m.version, ms.id, ms.code, ms.name, ms.unit, ms.kind, o.id, o.code, o.name, t.name,
                               coalesce(m.target_quantity,
                                        (select sum(q.target_quantity) from commitment_quarter_target q
                                         where q.commitment_id = m.id)),
                               m.due_date,
                               (select count(*) from commitment_quarter_target q where q.commitment_id = m.id),
                               m.narrative, m.local, m.deadweight_percent, m.attribution_percent,
                               m.proxy_per_unit, m.proxy_financial_year, p.value_per_unit, p.financial_year
                        from commitment m
                        join measure ms on ms.id = m.measure_id and ms.council_id = m.council_id
                        join outcome o on o.id = m.primary_outcome_id and o.council_id = m.council_id
                        join theme t on t.id = o.theme_id and t.council_id = o.council_id
                        left join lateral (
                            select pv.value_per_unit, pv.financial_year from proxy_value pv
                            where pv.measure_id = ms.id and pv.financial_year <= :year
                            order by pv.financial_year desc limit 1) p on ms.kind = 'VALUED'
                        where m.council_id = :council and m.contract_id = :contract
                        order by m.id
                        """)
                .param("council", councilId)
                .param("contract", contractId)
                .param("year", year.startYear())
                .query((rs, n) -> line(rs, contract.awarded()))
                .list();
        Money gross = Money.ZERO;
        Money net = Money.ZERO;
        boolean estimated = false;
        for (var line : lines) {
            if (line.value().gross() != null) {
                gross = gross.plus(line.value().gross());
                net = net.plus(line.value().net());
                estimated |= line.value().estimated();
            }
        }
        SocialValueShare share = SocialValueShare.of(contract.value(), gross, net, targetPercent);
        return new ValuedCommitments(
                lines,
                contract.value(),
                gross,
                net,
                share.percentOfContractValue(),
                targetPercent,
                share.meetsTarget(),
                estimated);
    }

    /**
     * The value a commitment would have with these terms, before it is saved: the proxy frozen on
     * the commitment when it keeps its measure, else the proxy in force at award (or, before award,
     * in the financial year of {@code today}, as an estimate).
     */
    @Transactional(readOnly = true)
    public ValuedCommitments.Value preview(
            long councilId,
            long contractId,
            Long commitmentId,
            long measureId,
            BigDecimal totalTarget,
            BigDecimal deadweightPercent,
            BigDecimal attributionPercent,
            LocalDate today) {
        ContractFacts contract = contract(councilId, contractId);
        if (commitmentId != null) {
            var frozen = jdbc.sql("""
                            select proxy_per_unit, proxy_financial_year from commitment
                            where id = ? and council_id = ? and contract_id = ? and measure_id = ?
                              and proxy_per_unit is not null
                            """)
                    .params(commitmentId, councilId, contractId, measureId)
                    .query((rs, n) -> new ValuedCommitments.Value(
                            new Money(rs.getBigDecimal(1)), new FinancialYear(rs.getInt(2)), null, null, false))
                    .optional();
            if (frozen.isPresent()) {
                return ValuedCommitments.Value.of(
                        frozen.get().proxyPerUnit(),
                        frozen.get().proxyYear(),
                        totalTarget,
                        deadweightPercent,
                        attributionPercent,
                        false);
            }
        }
        FinancialYear year = contract.valuationYear(today);
        String kind = jdbc.sql("select kind from measure where id = ? and council_id = ?")
                .params(measureId, councilId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> MeasureNotFound.forId(measureId));
        if (!MeasureKind.VALUED.name().equals(kind)) {
            return ValuedCommitments.Value.NONE;
        }
        return jdbc.sql("""
                        select value_per_unit, financial_year from proxy_value
                        where measure_id = ? and financial_year <= ? order by financial_year desc limit 1
                        """)
                .params(measureId, year.startYear())
                .query((rs, n) -> ValuedCommitments.Value.of(
                        new Money(rs.getBigDecimal(1)),
                        new FinancialYear(rs.getInt(2)),
                        totalTarget,
                        deadweightPercent,
                        attributionPercent,
                        !contract.awarded()))
                .optional()
                .orElse(ValuedCommitments.Value.NONE);
    }

    private ContractFacts contract(long councilId, long contractId) {
        return jdbc.sql("select value, awarded_on from contract where id = ? and council_id = ?")
                .params(contractId, councilId)
                .query((rs, n) -> new ContractFacts(
                        new Money(rs.getBigDecimal(1)),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()))
                .optional()
                .orElseThrow(() -> ContractNotFound.forId(contractId));
    }

    private static ValuedCommitments.Line line(ResultSet rs, boolean awarded) throws SQLException {
        BigDecimal target = rs.getBigDecimal(12);
        BigDecimal deadweight = rs.getBigDecimal(17);
        BigDecimal attribution = rs.getBigDecimal(18);
        BigDecimal frozen = rs.getBigDecimal(19);
        BigDecimal current = rs.getBigDecimal(21);
        ValuedCommitments.Value value;
        if (frozen != null) {
            value = ValuedCommitments.Value.of(
                    new Money(frozen), new FinancialYear(rs.getInt(20)), target, deadweight, attribution, false);
        } else if (!awarded && current != null) {
            value = ValuedCommitments.Value.of(
                    new Money(current), new FinancialYear(rs.getInt(22)), target, deadweight, attribution, true);
        } else {
            value = ValuedCommitments.Value.NONE;
        }
        String unit = rs.getString(6);
        return new ValuedCommitments.Line(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                unit == null ? null : MeasureUnit.valueOf(unit),
                MeasureKind.valueOf(rs.getString(7)),
                rs.getLong(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                target,
                rs.getDate(13) == null ? null : rs.getDate(13).toLocalDate(),
                rs.getInt(14),
                rs.getString(15),
                rs.getBoolean(16),
                deadweight,
                attribution,
                value);
    }

    /** The measures of a council's library with the outcomes each serves, in order (the first is the natural primary). */
    @Transactional(readOnly = true)
    public List<MeasureChoice> measureChoices(long councilId) {
        return jdbc.sql("""
                        select m.id, m.code, m.name, m.unit, m.kind, m.unit_guidance,
                               coalesce(array_agg(mo.outcome_id order by mo.position)
                                        filter (where mo.outcome_id is not null), '{}')
                        from measure m
                        left join measure_outcome mo on mo.measure_id = m.id and mo.council_id = m.council_id
                        where m.council_id = ?
                        group by m.id
                        order by m.name
                        """)
                .param(councilId)
                .query((rs, n) -> {
                    Long[] outcomes = (Long[]) rs.getArray(7).getArray();
                    String unit = rs.getString(4);
                    return new MeasureChoice(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            unit == null ? null : MeasureUnit.valueOf(unit),
                            MeasureKind.valueOf(rs.getString(5)),
                            rs.getString(6),
                            new ArrayList<>(Arrays.asList(outcomes)));
                })
                .list();
    }

    /** A measure as the commitment form offers it. */
    public record MeasureChoice(
            long id,
            String code,
            String name,
            MeasureUnit unit,
            MeasureKind kind,
            String unitGuidance,
            List<Long> outcomeIds) {}

    private record ContractFacts(Money value, LocalDate awardedOn) {

        boolean awarded() {
            return awardedOn != null;
        }

        /** The year whose proxy values the commitments: the award's, or today's as an estimate. */
        FinancialYear valuationYear(LocalDate today) {
            return FinancialYear.of(awarded() ? awardedOn : today);
        }
    }
}
