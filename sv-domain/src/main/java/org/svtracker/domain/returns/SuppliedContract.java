package org.svtracker.domain.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.svtracker.domain.contract.ContractStatus;

/**
 * A contract as the supplier-facing reads start from: its council and its term. Read from
 * {@code contract k join council n on n.id = k.council_id}.
 */
public record SuppliedContract(
        long id,
        long councilId,
        String councilSlug,
        String councilName,
        String reference,
        String title,
        ContractStatus status,
        LocalDate startDate,
        LocalDate endDate) {

    /** The columns {@link #read} reads, by their names. */
    public static final String COLUMNS =
            "k.id, k.council_id, n.slug, n.name, k.reference, k.title, k.status, k.start_date, k.end_date";

    public static SuppliedContract read(ResultSet rs, int row) throws SQLException {
        return new SuppliedContract(
                rs.getLong("id"),
                rs.getLong("council_id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("reference"),
                rs.getString("title"),
                ContractStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class));
    }
}
