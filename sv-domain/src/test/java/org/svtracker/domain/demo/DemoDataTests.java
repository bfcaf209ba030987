package org.svtracker.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.council.CouncilSummary;
import org.svtracker.domain.council.Councils;

@DomainIntegrationTest
class DemoDataTests {

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

        assertThat(councils.listCouncils())
                .extracting(CouncilSummary::slug)
                .containsExactlyInAnyOrder("leicestershire", "oxfordshire", "southend", "surrey", "warwickshire");
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
                .allSatisfy(c -> assertThat(c.userCount()).isEqualTo(4));
    }

    @Test
    void seedingTwiceChangesNothing() {
        demoData.seed();
        long councilsBefore = count("council");
        long usersBefore = count("user_account");

        demoData.seed();

        assertThat(count("council")).isEqualTo(councilsBefore).isEqualTo(5);
        assertThat(count("user_account")).isEqualTo(usersBefore).isEqualTo(21);
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
