package org.svtracker.domain.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.beyond.ActivityKind;
import org.svtracker.domain.beyond.BeyondProcurement;
import org.svtracker.domain.beyond.NewActivity;
import org.svtracker.domain.casestudy.CaseStudies;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.remedy.Remedies;

/**
 * The demo councils' follow-up work: recovery plans on under-delivering commitments, case studies
 * and beyond-procurement activities, read from {@code demo/remedies.csv}, {@code demo/case-studies.csv}
 * and {@code demo/activities.csv} and entered through the services the pages use, by each council's
 * demo contract manager. Each kind of record is loaded for a council only if it has none yet.
 */
@Component
class DemoFollowUp {

    private static final Logger log = LoggerFactory.getLogger(DemoFollowUp.class);

    private final Remedies remedies;
    private final CaseStudies caseStudies;
    private final BeyondProcurement beyond;
    private final Frameworks frameworks;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    DemoFollowUp(
            Remedies remedies,
            CaseStudies caseStudies,
            BeyondProcurement beyond,
            Frameworks frameworks,
            Accounts accounts,
            JdbcClient jdbc,
            EntityManager entityManager) {
        this.remedies = remedies;
        this.caseStudies = caseStudies;
        this.beyond = beyond;
        this.frameworks = frameworks;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    void load(Map<String, Long> councilIds, LocalDate today) {
        int loaded = 0;
        for (Map<String, String> row : DemoCsv.rows("demo/remedies.csv")) {
            Long councilId = councilIds.get(row.get("council"));
            if (councilId != null && isNew("remedy", councilId, row)) {
                loadRemedy(councilId, row);
                loaded++;
            }
        }
        for (Map<String, String> row : DemoCsv.rows("demo/case-studies.csv")) {
            Long councilId = councilIds.get(row.get("council"));
            if (councilId != null && isNew("case_study", councilId, row)) {
                loadCaseStudy(councilId, row, today);
                loaded++;
            }
        }
        for (Map<String, String> row : DemoCsv.rows("demo/activities.csv")) {
            Long councilId = councilIds.get(row.get("council"));
            if (councilId != null && isNew("beyond_procurement_activity", councilId, row)) {
                beyond.recordActivity(
                        councilId,
                        new NewActivity(
                                ActivityKind.valueOf(row.get("kind")),
                                row.get("title"),
                                blankToNull(row.get("description")),
                                outcomeId(councilId, row.get("outcome_code"), today),
                                LocalDate.parse(row.get("activity_date")),
                                row.get("quantity").isBlank() ? null : new BigDecimal(row.get("quantity")),
                                MeasureUnit.parse(row.get("unit")).orElse(null)),
                        manager(row));
                loaded++;
            }
        }
        log.info("Demo remedies, case studies and activities loaded: {}", loaded);
    }

    private void loadRemedy(long councilId, Map<String, String> row) {
        Actor manager = manager(row);
        long commitmentId = jdbc.sql("""
                        select c.id from commitment c
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        join measure m on m.id = c.measure_id
                        where c.council_id = ? and k.reference = ? and m.code = ?
                        """)
                .params(councilId, row.get("contract_reference"), row.get("measure_code"))
                .query(Long.class)
                .single();
        long id = remedies.openRemedy(
                councilId,
                commitmentId,
                row.get("action"),
                row.get("owner"),
                LocalDate.parse(row.get("due_date")),
                manager);
        long version = 0;
        if (!row.get("penalty_amount").isBlank()) {
            remedies.recordPenalty(
                    councilId,
                    id,
                    version++,
                    new BigDecimal(row.get("penalty_amount")),
                    row.get("penalty_note"),
                    manager);
            entityManager.flush();
        }
        if (!row.get("outcome").isBlank()) {
            remedies.closeRemedy(councilId, id, version, row.get("outcome"), manager);
        }
        entityManager.flush();
        // The loader runs today; give the plan the dates it would have had.
        jdbc.sql("update remedy set opened_at = ? where id = ?")
                .params(at(row.get("opened_on")), id)
                .update();
        if (!row.get("closed_on").isBlank()) {
            jdbc.sql("update remedy set closed_at = ? where id = ?")
                    .params(at(row.get("closed_on")), id)
                    .update();
        }
    }

    private void loadCaseStudy(long councilId, Map<String, String> row, LocalDate today) {
        Actor manager = manager(row);
        long contractId = jdbc.sql("select id from contract where council_id = ? and reference = ?")
                .params(councilId, row.get("contract_reference"))
                .query(Long.class)
                .single();
        long id = caseStudies.writeCaseStudy(
                councilId,
                contractId,
                outcomeId(councilId, row.get("outcome_code"), today),
                row.get("title"),
                row.get("story"),
                manager);
        if (!row.get("published_on").isBlank()) {
            caseStudies.publish(councilId, id, 0, manager);
            entityManager.flush();
            // Published in the year whose annual report shows it, whatever the date today.
            jdbc.sql("update case_study set published_at = ? where id = ?")
                    .params(at(row.get("published_on")), id)
                    .update();
        }
    }

    /** Each record is identified by its council and its title or action, so a second load adds nothing. */
    private boolean isNew(String table, long councilId, Map<String, String> row) {
        String column = table.equals("remedy") ? "action" : "title";
        return jdbc.sql("select count(*) from " + table + " where council_id = ? and " + column + " = ?")
                        .params(councilId, row.get(column))
                        .query(Long.class)
                        .single()
                == 0;
    }

    private long outcomeId(long councilId, String code, LocalDate today) {
        Map<String, Long> ids = frameworks.currentFramework(councilId, today).outcomes().stream()
                .collect(Collectors.toMap(FrameworkView.OutcomeView::code, FrameworkView.OutcomeView::id));
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("No outcome " + code + " in the demo framework of council " + councilId);
        }
        return id;
    }

    private Actor manager(Map<String, String> row) {
        String username = "contracts." + row.get("council");
        var account = accounts.findForSignIn(username)
                .orElseThrow(() -> new IllegalStateException("Demo user " + username + " is missing"));
        return Actor.user(account.id(), account.displayName());
    }

    private static OffsetDateTime at(String date) {
        return OffsetDateTime.of(LocalDate.parse(date), LocalTime.NOON, ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
