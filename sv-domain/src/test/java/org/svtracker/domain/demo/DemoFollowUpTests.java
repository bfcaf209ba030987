package org.svtracker.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.DomainTestApplication;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.TestDatabaseConfiguration;

/** The demo's recovery plans, case studies and beyond-procurement activities, seeded through the services. */
@SpringBootTest(classes = DomainTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class})
class DemoFollowUpTests {

    private static final String DEMO =
            "c.slug in ('oxfordshire', 'leicestershire', 'surrey', 'warwickshire', 'southend')";

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasOpenAndClosedRecoveryPlansOnUnderDeliveringCommitmentsWithAPenaltyInWarwickshire() {
        demoData.seed();

        assertThat(jdbc.sql("""
                                select c.slug || ' ' || k.reference || ' ' || m.code || ' ' || r.status
                                       || coalesce(' ' || r.penalty_amount, '')
                                from remedy r
                                join council c on c.id = r.council_id
                                join commitment cm on cm.id = r.commitment_id
                                join contract k on k.id = cm.contract_id
                                join measure m on m.id = cm.measure_id
                                where c.slug in ('oxfordshire', 'leicestershire', 'surrey', 'warwickshire', 'southend')
                                order by r.id
                                """).query(String.class).list())
                .containsExactly(
                        "oxfordshire OCC-2025-014 SME-SPEND OPEN",
                        "surrey SCC-2025-027 VOL-HOURS OPEN",
                        "warwickshire WCC-2025-016 APP-WEEKS OPEN",
                        "warwickshire WCC-2025-033 VCSE-SPEND CLOSED 2500.00",
                        "southend SOS-2025-003 WASTE-DIVERTED CLOSED");
        assertThat(jdbc.sql("select count(*) from audit_event a join council c on c.id = a.council_id"
                                + " where a.entity_type = 'Remedy' and a.action = 'CLOSED' and " + DEMO)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void publishedCaseStudiesFallInTheYear2025To26AndOneStaysADraft() {
        demoData.seed();

        assertThat(jdbc.sql("""
                                select s.status, count(*) from case_study s join council c on c.id = s.council_id
                                where (s.published_at is null or s.published_at between '2025-04-01' and '2026-03-31')
                                  and c.slug in ('oxfordshire', 'leicestershire', 'surrey', 'warwickshire', 'southend')
                                group by s.status order by s.status
                                """)
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
                        .list())
                .containsExactly("DRAFT=1", "PUBLISHED=4");
    }

    @Test
    void activitiesAreRecordedWithAQuantityOrInWordsAndSeedingTwiceAddsNothing() {
        demoData.seed();
        long remedies = count("remedy");
        long caseStudies = count("case_study");
        long activities = count("beyond_procurement_activity");

        demoData.seed();

        assertThat(activities).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from beyond_procurement_activity t join council c on c.id = t.council_id"
                                + " where t.quantity is null and " + DEMO)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(count("remedy")).isEqualTo(remedies);
        assertThat(count("case_study")).isEqualTo(caseStudies);
        assertThat(count("beyond_procurement_activity")).isEqualTo(activities);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " t join council c on c.id = t.council_id where " + DEMO)
                .query(Long.class)
                .single();
    }
}
