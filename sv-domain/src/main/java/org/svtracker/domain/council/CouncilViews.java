package org.svtracker.domain.council;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A council's records as the pages show them: one select and one row mapper serve both the list and
 * the single record, so the two read the same columns the same way, and both filter on the council,
 * so another council's id is simply not found.
 *
 * @param select the select and its joins, without a where clause
 * @param alias the alias in {@code select} of the table whose {@code id} and {@code council_id} are meant
 */
public record CouncilViews<T>(JdbcClient jdbc, String select, String alias, RowMapper<T> rows) {

    /** Every record of the council, in the order given (an SQL order by list). */
    public List<T> list(long councilId, String orderBy) {
        return jdbc.sql(select + " where " + alias + ".council_id = ? order by " + orderBy)
                .param(councilId)
                .query(rows)
                .list();
    }

    /** The council's record with this id; empty for another council's. */
    public Optional<T> find(long councilId, long id) {
        return jdbc.sql(select + " where " + alias + ".council_id = ? and " + alias + ".id = ?")
                .params(councilId, id)
                .query(rows)
                .optional();
    }
}
