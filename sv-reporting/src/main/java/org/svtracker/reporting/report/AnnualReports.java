package org.svtracker.reporting.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.council.CouncilNotFound;
import org.svtracker.domain.money.Money;
import org.svtracker.domain.progress.ContractProgress;
import org.svtracker.domain.progress.DeliveredValue;
import org.svtracker.domain.progress.OutcomeTotals;
import org.svtracker.domain.progress.Progress;
import org.svtracker.reporting.report.AnnualReport.ActivityLine;
import org.svtracker.reporting.report.AnnualReport.CaseStudyLine;
import org.svtracker.reporting.report.AnnualReport.ContractLine;
import org.svtracker.reporting.report.AnnualReport.Headline;
import org.svtracker.reporting.report.AnnualReport.MeasureLine;
import org.svtracker.reporting.report.AnnualReport.OutcomeLine;
import org.svtracker.reporting.report.AnnualReport.ProxyLine;
import org.svtracker.reporting.report.AnnualReport.RagLine;
import org.svtracker.reporting.report.AnnualReport.RemedyLine;
import org.svtracker.reporting.report.AnnualReport.SupplierGroupLine;
import org.svtracker.reporting.report.AnnualReport.ThemeLine;
import org.svtracker.reporting.report.AnnualReport.YearFigures;

/**
 * Builds the annual report of one council-year in a fixed number of queries, whatever the number
 * of contracts. Each return is valued once, at its commitment's frozen proxy, rounded to the penny
 * ({@code round(quantity × proxy, 2)}, net after deadweight and attribution likewise); every total
 * is a sum of those pence, so the parts always add up to the whole.
 */
@Service
public class AnnualReports {

    /**
     * One return's value in pence, gross and net; the same expression wherever a total is taken. The
     * gross is the rule of {@link Money#valueOf} in SQL.
     */
    private static final String GROSS = Money.valueOfSql("r.quantity", "c.proxy_per_unit");

    private static final String NET = "round(r.quantity * c.proxy_per_unit"
            + " * (1 - coalesce(c.deadweight_percent, 0) / 100) * (1 - coalesce(c.attribution_percent, 0) / 100), 2)";

    private static final int TOP_CONTRACTS = 10;

    private final JdbcClient jdbc;
    private final DeliveredValue deliveredValue;
    private final Progress progress;

    AnnualReports(JdbcClient jdbc, DeliveredValue deliveredValue, Progress progress) {
        this.jdbc = jdbc;
        this.deliveredValue = deliveredValue;
        this.progress = progress;
    }

    /** The report as it stands on {@code today}; a past year's RAG is read at its last day. */
    @Transactional(readOnly = true)
    public AnnualReport build(long councilId, FinancialYear year, LocalDate today) {
        LocalDate asOf = today.isBefore(year.end()) ? today : year.end();
        AnnualReport.Council council = council(councilId);
        YearFigures figures = figures(councilId, year);
        return new AnnualReport(
                council,
                year,
                asOf,
                headline(councilId, year, figures),
                themes(councilId, year),
                measures(councilId, year),
                topContracts(councilId, year),
                supplierGroups(councilId, year),
                rag(councilId, asOf),
                openRemedies(councilId),
                caseStudies(councilId, year),
                activities(councilId, year),
                figures(councilId, year.previous()),
                cumulativeDelivered(councilId, year),
                firstYear(councilId),
                proxies(councilId, year));
    }

    private AnnualReport.Council council(long councilId) {
        return jdbc.sql("select id, slug, name, social_value_threshold, target_percent from council where id = ?")
                .param(councilId)
                .query((rs, n) -> new AnnualReport.Council(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        new Money(rs.getBigDecimal(4)),
                        rs.getBigDecimal(5)))
                .optional()
                .orElseThrow(() -> CouncilNotFound.forId(councilId));
    }

    private Headline headline(long councilId, FinancialYear year, YearFigures figures) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(k.value), 0),
                               coalesce(sum(v.gross), 0), coalesce(sum(v.net), 0)
                        from contract k
                        join council cl on cl.id = k.council_id
                        left join lateral (
                            select sum(c.gross_value) as gross, sum(c.net_value) as net
                            from commitment c where c.council_id = k.council_id and c.contract_id = k.id) v on true
                        where k.council_id = ? and k.awarded_on between ? and ?
                          and k.value >= cl.social_value_threshold
                        """)
                .params(councilId, Date.valueOf(year.start()), Date.valueOf(year.end()))
                .query((rs, n) -> {
                    Money value = new Money(rs.getBigDecimal(2));
                    Money gross = new Money(rs.getBigDecimal(3));
                    return new Headline(
                            rs.getInt(1),
                            value,
                            gross,
                            new Money(rs.getBigDecimal(4)),
                            value.isZero() ? null : gross.percentageOf(value),
                            figures);
                })
                .single();
    }

    private YearFigures figures(long councilId, FinancialYear year) {
        return jdbc.sql("select coalesce(sum(" + GROSS + ") filter (where r.status = 'VERIFIED'), 0),"
                        + " coalesce(sum(" + NET + ") filter (where r.status = 'VERIFIED'), 0),"
                        + " coalesce(sum(" + GROSS + ") filter (where r.status = 'SUBMITTED'), 0)"
                        + """
                                 from delivery_return r
                                 join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                                 where r.council_id = ? and r.period_start between ? and ?
                                   and c.proxy_per_unit is not null and r.quantity is not null
                                """)
                .params(councilId, Date.valueOf(year.start()), Date.valueOf(year.end()))
                .query((rs, n) -> new YearFigures(
                        year,
                        new Money(rs.getBigDecimal(1)),
                        new Money(rs.getBigDecimal(2)),
                        new Money(rs.getBigDecimal(3))))
                .single();
    }

    private List<ThemeLine> themes(long councilId, FinancialYear year) {
        OutcomeTotals totals = deliveredValue.byOutcome(councilId, year);
        return totals.themes().stream()
                .map(t -> new ThemeLine(
                        t.themeId(),
                        t.code(),
                        t.name(),
                        t.delivered(),
                        t.claimed(),
                        t.outcomes().stream()
                                .map(o ->
                                        new OutcomeLine(o.outcomeId(), o.code(), o.name(), o.delivered(), o.claimed()))
                                .toList()))
                .toList();
    }

    private List<MeasureLine> measures(long councilId, FinancialYear year) {
        return jdbc.sql("""
                        select m.code, m.name, m.unit, m.kind,
                               coalesce(sum(r.quantity) filter (where r.status = 'VERIFIED'), 0),
                               coalesce(sum(r.quantity) filter (where r.status = 'SUBMITTED'), 0),
                               count(*) filter (where r.status = 'VERIFIED' and r.quantity is null),
                        """
                        + " coalesce(sum(" + GROSS + ") filter (where r.status = 'VERIFIED'), 0),"
                        + " coalesce(sum(" + GROSS + ") filter (where r.status = 'SUBMITTED'), 0)"
                        + """
                                 from delivery_return r
                                 join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                                 join measure m on m.id = c.measure_id
                                 where r.council_id = ? and r.period_start between ? and ?
                                   and r.status in ('VERIFIED', 'SUBMITTED')
                                 group by m.code, m.name, m.unit, m.kind
                                 order by m.code
                                """)
                .params(councilId, Date.valueOf(year.start()), Date.valueOf(year.end()))
                .query((rs, n) -> new MeasureLine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getInt(7),
                        new Money(rs.getBigDecimal(8)),
                        new Money(rs.getBigDecimal(9))))
                .list();
    }

    private List<ContractLine> topContracts(long councilId, FinancialYear year) {
        return jdbc.sql("select k.id, k.reference, k.title, s.name,"
                        + " (select coalesce(sum(x.gross_value), 0) from commitment x"
                        + "  where x.council_id = k.council_id and x.contract_id = k.id),"
                        + " coalesce(sum(" + GROSS + ") filter (where r.status = 'VERIFIED'), 0) as delivered,"
                        + " coalesce(sum(" + GROSS + ") filter (where r.status = 'SUBMITTED'), 0)"
                        + """
                                 from contract k
                                 left join supplier s on s.id = k.supplier_id
                                 join commitment c on c.contract_id = k.id and c.council_id = k.council_id
                                 join delivery_return r on r.commitment_id = c.id and r.council_id = c.council_id
                                 where k.council_id = ? and r.period_start between ? and ?
                                   and c.proxy_per_unit is not null and r.quantity is not null
                                 group by k.id, k.reference, k.title, s.name
                                 order by delivered desc, k.reference
                                 limit ?
                                """)
                .params(councilId, Date.valueOf(year.start()), Date.valueOf(year.end()), TOP_CONTRACTS)
                .query((rs, n) -> new ContractLine(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        new Money(rs.getBigDecimal(5)),
                        new Money(rs.getBigDecimal(6)),
                        new Money(rs.getBigDecimal(7))))
                .list();
    }

    /** By supplier size (micro to large), then VCSE and local: the groups overlap, so they are not added up. */
    private List<SupplierGroupLine> supplierGroups(long councilId, FinancialYear year) {
        Map<String, BigDecimal[]> values = new LinkedHashMap<>();
        for (String group : List.of("MICRO", "SMALL", "MEDIUM", "LARGE", "VCSE", "LOCAL")) {
            values.put(group, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        }
        jdbc.sql("select s.size, s.vcse, c.local,"
                        + " coalesce(sum(" + GROSS + ") filter (where r.status = 'VERIFIED'), 0),"
                        + " coalesce(sum(" + GROSS + ") filter (where r.status = 'SUBMITTED'), 0)"
                        + """
                                 from delivery_return r
                                 join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                                 join supplier s on s.id = r.supplier_id
                                 where r.council_id = ? and r.period_start between ? and ?
                                   and c.proxy_per_unit is not null and r.quantity is not null
                                 group by s.size, s.vcse, c.local
                                """)
                .params(councilId, Date.valueOf(year.start()), Date.valueOf(year.end()))
                .query(rs -> {
                    BigDecimal delivered = rs.getBigDecimal(4);
                    BigDecimal claimed = rs.getBigDecimal(5);
                    add(values.get(rs.getString(1)), delivered, claimed);
                    if (rs.getBoolean(2)) {
                        add(values.get("VCSE"), delivered, claimed);
                    }
                    if (rs.getBoolean(3)) {
                        add(values.get("LOCAL"), delivered, claimed);
                    }
                });
        List<SupplierGroupLine> lines = new ArrayList<>();
        values.forEach(
                (group, v) -> lines.add(new SupplierGroupLine(group, label(group), new Money(v[0]), new Money(v[1]))));
        return lines;
    }

    private static void add(BigDecimal[] into, BigDecimal delivered, BigDecimal claimed) {
        into[0] = into[0].add(delivered);
        into[1] = into[1].add(claimed);
    }

    private static String label(String group) {
        return switch (group) {
            case "MICRO" -> "Micro businesses";
            case "SMALL" -> "Small businesses";
            case "MEDIUM" -> "Medium-sized businesses";
            case "LARGE" -> "Large businesses";
            case "VCSE" -> "Voluntary, community and social enterprises";
            default -> "Delivered locally";
        };
    }

    /** The RAG of live contracts' commitments on the report's day, with the value committed in each band. */
    private List<RagLine> rag(long councilId, LocalDate asOf) {
        List<Long> live = jdbc.sql("select id from contract where council_id = ? and status = 'LIVE'")
                .param(councilId)
                .query(Long.class)
                .list();
        Map<RagStatus, int[]> counts = new EnumMap<>(RagStatus.class);
        Map<RagStatus, Money> value = new EnumMap<>(RagStatus.class);
        for (RagStatus status : RagStatus.values()) {
            counts.put(status, new int[1]);
            value.put(status, Money.ZERO);
        }
        for (ContractProgress contract : progress.contractsOf(councilId, asOf)) {
            if (!live.contains(contract.contractId())) {
                continue;
            }
            contract.commitments().forEach(c -> {
                counts.get(c.rag())[0]++;
                value.put(c.rag(), value.get(c.rag()).plus(c.committedValue()));
            });
        }
        return counts.entrySet().stream()
                .map(e -> new RagLine(e.getKey(), e.getValue()[0], value.get(e.getKey())))
                .toList();
    }

    private List<RemedyLine> openRemedies(long councilId) {
        return jdbc.sql("""
                        select rm.id, k.reference, m.name, rm.action, rm.owner, rm.due_date
                        from remedy rm
                        join commitment c on c.id = rm.commitment_id and c.council_id = rm.council_id
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        join measure m on m.id = c.measure_id
                        where rm.council_id = ? and rm.status = 'OPEN'
                        order by rm.due_date, rm.id
                        """)
                .param(councilId)
                .query((rs, n) -> new RemedyLine(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6).toLocalDate()))
                .list();
    }

    /** Case studies published by the end of the year. */
    private List<CaseStudyLine> caseStudies(long councilId, FinancialYear year) {
        return jdbc.sql("""
                        select cs.id, cs.title, cs.body, k.reference, o.name
                        from case_study cs
                        left join contract k on k.id = cs.contract_id and k.council_id = cs.council_id
                        left join outcome o on o.id = cs.outcome_id and o.council_id = cs.council_id
                        where cs.council_id = ? and cs.status = 'PUBLISHED' and cs.published_at < ?
                        order by cs.published_at desc, cs.id
                        """)
                .params(councilId, Date.valueOf(year.end().plusDays(1)))
                .query((rs, n) -> new CaseStudyLine(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private List<ActivityLine> activities(long councilId, FinancialYear year) {
        return jdbc.sql("""
                        select a.id, a.kind, a.title, a.description, o.name, a.activity_date, a.quantity, a.unit
                        from beyond_procurement_activity a
                        join outcome o on o.id = a.outcome_id and o.council_id = a.council_id
                        where a.council_id = ? and a.activity_date between ? and ?
                        order by a.activity_date, a.id
                        """)
                .params(councilId, Date.valueOf(year.start()), Date.valueOf(year.end()))
                .query((rs, n) -> new ActivityLine(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6).toLocalDate(),
                        rs.getBigDecimal(7),
                        rs.getString(8)))
                .list();
    }

    private Money cumulativeDelivered(long councilId, FinancialYear year) {
        return new Money(jdbc.sql("select coalesce(sum(" + GROSS + "), 0)" + """
                         from delivery_return r
                         join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                         where r.council_id = ? and r.status = 'VERIFIED' and r.period_start <= ?
                           and c.proxy_per_unit is not null and r.quantity is not null
                        """)
                .params(councilId, Date.valueOf(year.end()))
                .query(BigDecimal.class)
                .single());
    }

    private FinancialYear firstYear(long councilId) {
        return jdbc.sql("select min(period_start) from delivery_return where council_id = ? and status = 'VERIFIED'")
                .param(councilId)
                .query((rs, n) -> rs.getDate(1) == null
                        ? null
                        : FinancialYear.of(rs.getDate(1).toLocalDate()))
                .optional() // no verified return yet: the mapper's null, not an error
                .orElse(null);
    }

    /** Every frozen proxy behind a figure of the year: commitments with returns in the year. */
    private List<ProxyLine> proxies(long councilId, FinancialYear year) {
        return jdbc.sql("""
                        select distinct m.code, m.name, c.proxy_financial_year, c.proxy_per_unit, c.proxy_source, c.proxy_licence
                        from commitment c
                        join measure m on m.id = c.measure_id
                        where c.council_id = ? and c.proxy_per_unit is not null
                          and exists (select 1 from delivery_return r
                                      where r.council_id = c.council_id and r.commitment_id = c.id
                                        and r.period_start between ? and ? and r.status in ('VERIFIED', 'SUBMITTED'))
                        order by m.code, c.proxy_financial_year, c.proxy_per_unit
                        """)
                .params(councilId, Date.valueOf(year.start()), Date.valueOf(year.end()))
                .query((rs, n) -> new ProxyLine(
                        rs.getString(1),
                        rs.getString(2),
                        new FinancialYear(rs.getInt(3)),
                        new Money(rs.getBigDecimal(4)),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
