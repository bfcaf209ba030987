package org.svtracker.domain.contract;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.money.Money;

/**
 * The contracts register of a council: searched, filtered, ordered and paged in SQL, in two queries
 * (the page, and the count) whatever the number of rows.
 */
@Service
public class ContractRegister {

    private static final String FROM_AND_WHERE = """
            from contract k
            join council c on c.id = k.council_id
            left join supplier s on s.id = k.supplier_id
            where k.council_id = :council
              and (cast(:text as text) is null
                   or k.reference ilike :text or k.title ilike :text or s.name ilike :text)
              and (cast(:status as text) is null or k.status = :status)
              and (cast(:yearStart as date) is null
                   or (k.start_date <= cast(:yearEnd as date) and k.end_date >= cast(:yearStart as date)))
              and (cast(:outcome as bigint) is null or exists (
                   select 1 from commitment m
                   where m.council_id = k.council_id and m.contract_id = k.id and m.primary_outcome_id = :outcome))
              and (cast(:inScope as boolean) is null or (k.value >= c.social_value_threshold) = :inScope)
            """;

    private final JdbcClient jdbc;

    ContractRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public RegisterPage search(long councilId, RegisterCriteria criteria) {
        int page = Math.max(1, criteria.page());
        var order = criteria.order() == null ? RegisterCriteria.RegisterOrder.REFERENCE : criteria.order();
        List<RegisterPage.Row> rows = bind(
                        jdbc.sql("""
                                select k.id, k.reference, k.title, s.name, k.status, k.value, k.start_date, k.end_date,
                                       k.value >= c.social_value_threshold,
                                       (select count(*) from commitment m
                                        where m.council_id = k.council_id and m.contract_id = k.id),
                                       (select coalesce(sum(m.gross_value), 0) from commitment m
                                        where m.council_id = k.council_id and m.contract_id = k.id)
                                """ + FROM_AND_WHERE + " order by " + order.sql() + " limit :limit offset :offset"),
                        councilId,
                        criteria)
                .param("limit", RegisterCriteria.PAGE_SIZE)
                .param("offset", (page - 1) * RegisterCriteria.PAGE_SIZE)
                .query((rs, n) -> new RegisterPage.Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        ContractStatus.valueOf(rs.getString(5)),
                        new Money(rs.getBigDecimal(6)),
                        rs.getDate(7).toLocalDate(),
                        rs.getDate(8).toLocalDate(),
                        rs.getBoolean(9),
                        rs.getInt(10),
                        new Money(rs.getBigDecimal(11))))
                .list();
        long total = bind(jdbc.sql("select count(*) " + FROM_AND_WHERE), councilId, criteria)
                .query(Long.class)
                .single();
        return new RegisterPage(rows, page, RegisterCriteria.PAGE_SIZE, total);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec sql, long councilId, RegisterCriteria criteria) {
        String text = criteria.text() == null || criteria.text().isBlank()
                ? null
                : "%"
                        + criteria.text()
                                .trim()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        return sql.param("council", councilId)
                .param("text", text)
                .param(
                        "status",
                        criteria.status() == null ? null : criteria.status().name())
                .param(
                        "yearStart",
                        criteria.runningIn() == null
                                ? null
                                : criteria.runningIn().start())
                .param(
                        "yearEnd",
                        criteria.runningIn() == null
                                ? null
                                : criteria.runningIn().end())
                .param("outcome", criteria.outcomeId())
                .param("inScope", criteria.inScope());
    }
}
