package org.svtracker.domain.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.money.Money;

/** The £ value delivered and claimed in a year, by the primary outcome of each commitment. */
@Service
public class DeliveredValue {

    /** One return's value, the rule of {@link Money#valueOf} in SQL. */
    private static final String GROSS = Money.valueOfSql("r.quantity", "c.proxy_per_unit");

    private final JdbcClient jdbc;

    DeliveredValue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each return is valued once, at its commitment's frozen proxy and rounded to the penny; the
     * totals are sums of those pence, so no rounding can make the parts disagree with the whole.
     */
    @Transactional(readOnly = true)
    public OutcomeTotals byOutcome(long councilId, FinancialYear year) {
        Map<Long, ThemeAccumulator> themes = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.id, t.code, t.name, o.id, o.code, o.name,
                               coalesce(sum(%1$s) filter (where r.status = 'VERIFIED'), 0),
                               coalesce(sum(%1$s) filter (where r.status = 'SUBMITTED'), 0)
                        from commitment c
                        join outcome o on o.id = c.primary_outcome_id and o.council_id = c.council_id
                        join theme t on t.id = o.theme_id and t.council_id = o.council_id
                        join delivery_return r on r.commitment_id = c.id and r.council_id = c.council_id
                        where c.council_id = ? and c.proxy_per_unit is not null and r.quantity is not null
                          and r.period_start >= ? and r.period_start <= ?
                        group by t.id, t.code, t.name, t.position, o.id, o.code, o.name, o.position
                        order by t.position, o.position
                        """.formatted(GROSS))
                .params(councilId, year.start(), year.end())
                .query(rs -> {
                    ThemeAccumulator theme = themes.computeIfAbsent(
                            rs.getLong(1), id -> new ThemeAccumulator(id, text(rs, 2), text(rs, 3)));
                    theme.outcomes.add(new OutcomeTotals.OutcomeTotal(
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getString(6),
                            new Money(rs.getBigDecimal(7)),
                            new Money(rs.getBigDecimal(8))));
                });
        List<OutcomeTotals.ThemeTotal> themeTotals = new ArrayList<>();
        Money delivered = Money.ZERO;
        Money claimed = Money.ZERO;
        for (ThemeAccumulator theme : themes.values()) {
            Money themeDelivered = theme.outcomes.stream()
                    .map(OutcomeTotals.OutcomeTotal::delivered)
                    .reduce(Money.ZERO, Money::plus);
            Money themeClaimed = theme.outcomes.stream()
                    .map(OutcomeTotals.OutcomeTotal::claimed)
                    .reduce(Money.ZERO, Money::plus);
            themeTotals.add(new OutcomeTotals.ThemeTotal(
                    theme.id, theme.code, theme.name, List.copyOf(theme.outcomes), themeDelivered, themeClaimed));
            delivered = delivered.plus(themeDelivered);
            claimed = claimed.plus(themeClaimed);
        }
        return new OutcomeTotals(List.copyOf(themeTotals), delivered, claimed);
    }

    /** The grand total straight from the returns, without grouping: what the grouped totals must equal. */
    @Transactional(readOnly = true)
    public Money deliveredIn(long councilId, FinancialYear year) {
        return new Money(jdbc.sql("""
                        select coalesce(sum(%s), 0)
                        from delivery_return r
                        join commitment c on c.id = r.commitment_id and c.council_id = r.council_id
                        where r.council_id = ? and r.status = 'VERIFIED' and c.proxy_per_unit is not null
                          and r.period_start >= ? and r.period_start <= ?
                        """.formatted(GROSS))
                .params(councilId, year.start(), year.end())
                .query(java.math.BigDecimal.class)
                .single());
    }

    private static String text(java.sql.ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class ThemeAccumulator {
        final long id;
        final String code;
        final String name;
        final List<OutcomeTotals.OutcomeTotal> outcomes = new ArrayList<>();

        ThemeAccumulator(long id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }
    }
}
