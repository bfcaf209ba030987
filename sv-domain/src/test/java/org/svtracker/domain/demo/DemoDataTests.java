package org.svtracker.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.DomainTestApplication;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.council.CouncilSummary;
import org.svtracker.domain.council.Councils;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.TestDatabaseConfiguration;

/**
 * The demo is seeded once into this context's database and left there (seeding is idempotent, so
 * every test seeds and then reads); the other tests of the context use councils of their own.
 */
@SpringBootTest(classes = DomainTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class})
class DemoDataTests {

    private static final List<String> DEMO_COUNCILS =
            List.of("oxfordshire", "leicestershire", "surrey", "warwickshire", "southend");

    @Autowired
    DemoData demoData;

    @Autowired
    Councils councils;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsTheFiveCouncilsOfThePoliciesWithTheirThresholdsAndTargets() {
        demoData.seed();

        // Other tests of this context add councils of their own; the demo's five are all there.
        assertThat(councils.listCouncils())
                .extracting(CouncilSummary::slug)
                .contains("leicestershire", "oxfordshire", "southend", "surrey", "warwickshire");
        assertThat(settingsOf("oxfordshire").settings().socialValueThreshold()).isEqualByComparingTo("100000");
        assertThat(settingsOf("leicestershire").settings().socialValueThreshold())
                .isEqualByComparingTo("50000");
        assertThat(settingsOf("surrey").settings().socialValueThreshold()).isEqualByComparingTo("0");
        assertThat(settingsOf("surrey").settings().targetPercent()).isEqualByComparingTo("10");
        assertThat(settingsOf("southend").settings().socialValueThreshold()).isEqualByComparingTo("0");
    }

    @Test
    void givesEveryCouncilOneUserPerStaffRoleNamedAfterTheRoleAndCouncil() {
        demoData.seed();

        var surrey = accounts.findForSignIn("admin.surrey").orElseThrow();
        assertThat(surrey.role()).isEqualTo(Role.COUNCIL_ADMIN);
        assertThat(surrey.councilSlug()).isEqualTo("surrey");
        assertThat(accounts.findForSignIn("procurement.surrey").orElseThrow().role())
                .isEqualTo(Role.PROCUREMENT_OFFICER);
        assertThat(accounts.findForSignIn("contracts.surrey").orElseThrow().role())
                .isEqualTo(Role.CONTRACT_MANAGER);
        assertThat(accounts.findForSignIn("councillor.surrey").orElseThrow().role())
                .isEqualTo(Role.COUNCILLOR);
        assertThat(accounts.findForSignIn("platform.admin").orElseThrow().role())
                .isEqualTo(Role.PLATFORM_ADMIN);
        assertThat(councils.listCouncils())
                .filteredOn(c -> DEMO_COUNCILS.contains(c.slug()))
                .hasSize(5)
                .allSatisfy(c -> assertThat(c.userCount()).isEqualTo(4));
    }

    @Test
    void seedingTwiceChangesNothing() {
        demoData.seed();
        long councilsBefore = count("council");
        long usersBefore = count("user_account");
        long contractsBefore = count("contract");
        long returnsBefore = count("delivery_return");

        demoData.seed();

        assertThat(count("council")).isEqualTo(councilsBefore);
        assertThat(count("user_account")).isEqualTo(usersBefore);
        assertThat(count("contract")).isEqualTo(contractsBefore);
        assertThat(count("delivery_return")).isEqualTo(returnsBefore);
    }

    @Test
    void eachCouncilRunsItsOwnPolicysFramework() {
        demoData.seed();

        assertThat(themesOf("southend")).containsExactly("Safe", "Clean", "Healthy", "Prosperous", "Excellent");
        assertThat(themesOf("oxfordshire")).containsExactly("Economic", "Social", "Environmental");
        assertThat(themesOf("leicestershire")).hasSize(5);
        assertThat(themesOf("surrey")).hasSize(6);
    }

    @Test
    void theDemoPortfolioHasContractsInEveryStateWithCommitmentsAndReturns() {
        demoData.seed();

        assertThat(jdbc.sql("""
                                select k.status, count(*) from contract k join council c on c.id = k.council_id
                                where c.slug in ('oxfordshire', 'leicestershire', 'surrey', 'warwickshire', 'southend')
                                group by k.status order by k.status
                                """)
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
                        .list())
                .containsExactly("AWARDED=1", "CLOSED=5", "IN_TENDER=5", "LIVE=14", "PLANNED=4");
        assertThat(jdbc.sql("""
                                select count(*) from commitment k join council c on c.id = k.council_id
                                where c.slug in ('oxfordshire', 'leicestershire', 'surrey', 'warwickshire', 'southend')
                                """).query(Long.class).single()).isEqualTo(89);
        assertThat(jdbc.sql("""
                                select r.status, count(*) from delivery_return r join council c on c.id = r.council_id
                                where c.slug in ('oxfordshire', 'leicestershire', 'surrey', 'warwickshire', 'southend')
                                group by r.status order by r.status
                                """)
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
                        .list())
                .containsExactly("DRAFT=2", "QUERIED=4", "REJECTED=2", "SUBMITTED=39", "VERIFIED=398");
    }

    @Test
    void valuedCommitmentsOfAwardedContractsCarryTheirFrozenProxyAndValue() {
        demoData.seed();

        assertThat(jdbc.sql("""
                                select count(*) from commitment c
                                join measure m on m.id = c.measure_id
                                join contract k on k.id = c.contract_id
                                where m.kind = 'VALUED' and k.status in ('AWARDED', 'LIVE', 'CLOSED')
                                  and (c.gross_value is null or c.proxy_source is null)
                                """).query(Long.class).single()).isZero();
    }

    @Test
    void oneSupplierWorksForTwoCouncilsAndEverySupplierHasADemoUser() {
        demoData.seed();

        assertThat(jdbc.sql("""
                                select count(distinct k.council_id) from contract k
                                join supplier s on s.id = k.supplier_id where s.slug = 'greenway-facilities'
                                """).query(Long.class).single()).isEqualTo(2);
        assertThat(accounts.findForSignIn("supplier.greenway-facilities")
                        .orElseThrow()
                        .role())
                .isEqualTo(Role.SUPPLIER);
        assertThat(jdbc.sql("""
                                select count(*) from supplier s
                                join user_account u on u.supplier_id = s.id and u.username = 'supplier.' || s.slug
                                """).query(Long.class).single()).isEqualTo(8);
    }

    private List<String> themesOf(String slug) {
        return jdbc.sql("""
                        select t.name from theme t join council c on c.id = t.council_id
                        where c.slug = ? order by t.position
                        """).param(slug).query(String.class).list();
    }

    private CouncilSummary settingsOf(String slug) {
        return councils.listCouncils().stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElseThrow();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
