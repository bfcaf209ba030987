package org.svtracker.reporting.publish;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.reporting.report.AnnualReport;
import org.svtracker.reporting.report.AnnualReports;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishing freezes a council-year's report as it stands: the whole model is stored as JSON, so
 * the published report never changes while the live one goes on changing. The table refuses
 * updates and deletes; publishing again adds a version.
 */
@Service
public class PublishedReports {

    private final AnnualReports reports;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    PublishedReports(AnnualReports reports, AuditTrail audit, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public int publish(long councilId, FinancialYear year, Actor actor) {
        AnnualReport report = reports.build(councilId, year, LocalDate.now(clock));
        // Serialise publications of the same council-year, so that two clicks make two versions, in order.
        jdbc.sql("select id from council where id = ? for update")
                .param(councilId)
                .query(Long.class)
                .single();
        String snapshot = json.writeValueAsString(report);
        // Publishing what is already the latest version (a double click, a second tab) adds nothing.
        var unchanged = jdbc.sql("""
                        select version_number from published_report
                        where council_id = ? and financial_year = ? and report = cast(? as jsonb)
                          and version_number = (select max(version_number) from published_report
                                                where council_id = ? and financial_year = ?)
                        """)
                .params(councilId, year.startYear(), snapshot, councilId, year.startYear())
                .query(Integer.class)
                .optional();
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        int version = jdbc.sql(
                        "select coalesce(max(version_number), 0) + 1 from published_report where council_id = ? and financial_year = ?")
                .params(councilId, year.startYear())
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        insert into published_report (council_id, financial_year, version_number, published_by,
                                                      published_by_name, published_at, report)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id
                        """)
                .params(
                        councilId,
                        year.startYear(),
                        version,
                        actor.userId(),
                        actor.name(),
                        OffsetDateTime.now(clock),
                        snapshot)
                .query(Long.class)
                .single();
        audit.record(
                actor,
                councilId,
                AuditedEntity.PUBLISHED_REPORT,
                id,
                "PUBLISHED",
                Map.of("year", year, "version", version));
        return version;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedReport> latest(long councilId, FinancialYear year) {
        return find(councilId, year, null);
    }

    @Transactional(readOnly = true)
    public Optional<PublishedReport> version(long councilId, FinancialYear year, int versionNumber) {
        return find(councilId, year, versionNumber);
    }

    @Transactional(readOnly = true)
    public List<PublishedVersion> versions(long councilId, FinancialYear year) {
        return jdbc.sql("""
                        select version_number, published_by_name, published_at from published_report
                        where council_id = ? and financial_year = ? order by version_number desc
                        """)
                .params(councilId, year.startYear())
                .query((rs, n) ->
                        new PublishedVersion(rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    private Optional<PublishedReport> find(long councilId, FinancialYear year, Integer versionNumber) {
        return jdbc.sql("""
                        select id, version_number, published_by_name, published_at, report::text from published_report
                        where council_id = ? and financial_year = ?
                          and (cast(? as integer) is null or version_number = ?)
                        order by version_number desc limit 1
                        """)
                .params(councilId, year.startYear(), versionNumber, versionNumber)
                .query((rs, n) -> new PublishedReport(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class),
                        json.readValue(rs.getString(5), AnnualReport.class)))
                .optional();
    }
}
