package org.svtracker.reporting.drilldown;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.money.Money;

/** The returns behind any £ figure of the report, so a councillor or auditor can trace it to evidence. */
@Service
public class ReportDrillDown {

    private final JdbcClient jdbc;

    ReportDrillDown(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines add up to the figure they explain: same filters, same per-return rounding. */
    @Transactional(readOnly = true)
    public List<ReturnLine> returnsBehind(long councilId, FinancialYear year, DrillDown filter) {
        return jdbc.sql("""
                        select r.id, c.id, k.reference, k.title, s.name, m.name, m.unit, o.name, r.period_start,
                               r.quantity, c.proxy_per_unit, round(r.quantity * c.proxy_per_unit, 2), r.status,
                               (select count(*) from evidence e where e.council_id = r.council_id and e.return_id = r.id)
                        from delivery_return r
                        join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        join supplier s on s.id = r.supplier_id
                        join measure m on m.id = c.measure_id
                        join outcome o on o.id = c.primary_outcome_id and o.council_id = c.council_id
                        where r.council_id = :council and r.period_start between :start and :end
                          and r.status = :status and c.proxy_per_unit is not null and r.quantity is not null
                          and (cast(:theme as bigint) is null or o.theme_id = :theme)
                          and (cast(:outcome as bigint) is null or o.id = :outcome)
                          and (cast(:measure as text) is null or m.code = :measure)
                          and (cast(:contract as bigint) is null or k.id = :contract)
                          and (cast(:grp as text) is null
                               or (:grp = 'VCSE' and s.vcse) or (:grp = 'LOCAL' and c.local) or s.size = :grp)
                        order by r.period_start, k.reference, m.code, r.id
                        """)
                .param("council", councilId)
                .param("start", Date.valueOf(year.start()))
                .param("end", Date.valueOf(year.end()))
                .param("status", filter.figure().status())
                .param("theme", filter.themeId())
                .param("outcome", filter.outcomeId())
                .param("measure", filter.measureCode())
                .param("contract", filter.contractId())
                .param("grp", filter.supplierGroup())
                .query((rs, n) -> new ReturnLine(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        Quarter.of(rs.getDate(9).toLocalDate()),
                        rs.getBigDecimal(10),
                        new Money(rs.getBigDecimal(11)),
                        new Money(rs.getBigDecimal(12)),
                        rs.getString(13),
                        rs.getInt(14)))
                .list();
    }

    /**
     * The commitments behind the committed figure: those of in-scope contracts awarded in the year,
     * as the headline counts them. Their gross values add up to it.
     */
    @Transactional(readOnly = true)
    public List<CommitmentLine> commitmentsBehind(long councilId, FinancialYear year) {
        return jdbc.sql("""
                        select c.id, k.reference, k.title, s.name, m.name, m.unit,
                               coalesce(c.target_quantity,
                                        (select sum(t.target_quantity) from commitment_quarter_target t
                                         where t.commitment_id = c.id)),
                               c.proxy_per_unit, c.proxy_financial_year, c.gross_value, c.net_value
                        from commitment c
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        join council cl on cl.id = k.council_id
                        left join supplier s on s.id = k.supplier_id
                        join measure m on m.id = c.measure_id
                        where c.council_id = ? and k.awarded_on between ? and ?
                          and k.value >= cl.social_value_threshold and c.gross_value is not null
                        order by k.reference, m.code, c.id
                        """)
                .params(councilId, Date.valueOf(year.start()), Date.valueOf(year.end()))
                .query((rs, n) -> new CommitmentLine(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        new Money(rs.getBigDecimal(8)),
                        new FinancialYear(rs.getInt(9)),
                        new Money(rs.getBigDecimal(10)),
                        new Money(rs.getBigDecimal(11))))
                .list();
    }
}
