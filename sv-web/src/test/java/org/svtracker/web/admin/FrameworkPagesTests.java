package org.svtracker.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svtracker.domain.testing.CommitmentTermsBuilder.aCommitment;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.svtracker.domain.commitment.CommitmentTerms;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.web.WebIntegrationTest;

/** A council admin keeps the priority framework: themes and outcomes added, renamed and retired. */
@WebIntegrationTest
class FrameworkPagesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Contracts contracts;

    @Autowired
    Commitments commitments;

    AdminPages pages;

    @BeforeEach
    void pages() {
        pages = new AdminPages(context);
    }

    @Test
    void theFrameworkPageListsEveryThemeAndOutcomeOfTheEditionInForce() {
        Document page = pages.page("/admin/framework", "admin.oxfordshire");

        var framework = frameworks.currentFramework(pages.councilId("oxfordshire"), LocalDate.now());
        assertThat(page.select("h2.govuk-heading-m").eachText())
                .hasSize(framework.themes().size())
                .allSatisfy(text -> assertThat(text).contains("Code"));
        assertThat(page.select("tbody tr")).hasSize(framework.outcomes().size());
    }

    @Test
    void aCouncilAdminAddsAnOutcomeAndADoubleClickAddsItOnce() {
        var council = pages.council();
        String form = "/admin/framework/themes/" + council.themes().get("SOC") + "/outcomes/new";
        String token = pages.formToken(form, council.admin());

        var first = pages.post(form, council.admin(), "code", "SOC-2", "name", "Healthier lives", "formToken", token);
        var second = pages.post(form, council.admin(), "code", "SOC-2", "name", "Healthier lives", "formToken", token);

        assertThat(first).hasStatus3xxRedirection();
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl());
        var outcomes =
                frameworks.currentFramework(council.id(), LocalDate.now()).outcomes();
        assertThat(outcomes).filteredOn(o -> o.code().equals("SOC-2")).hasSize(1);
        assertThat(pages.page("/admin/framework", council.admin()).text()).contains("Healthier lives");
    }

    @Test
    void aCouncilAdminAddsATheme() {
        var council = pages.council();
        String token = pages.formToken("/admin/framework/themes/new", council.admin());

        assertThat(pages.post(
                        "/admin/framework/themes/new",
                        council.admin(),
                        "code",
                        "ENV",
                        "name",
                        "Environmental",
                        "formToken",
                        token))
                .hasStatus3xxRedirection();

        assertThat(frameworks.currentFramework(council.id(), LocalDate.now()).themes())
                .extracting(t -> t.code())
                .containsExactly("ECO", "SOC", "ENV");
    }

    @Test
    void aNewOutcomeNeedsAFreeCodeAndANameAndNothingIsAddedOtherwise() {
        var council = pages.council();
        String form = "/admin/framework/themes/" + council.themes().get("ECO") + "/outcomes/new";
        String token = pages.formToken(form, council.admin());

        Document blank =
                AdminPages.parse(pages.post(form, council.admin(), "code", "", "name", " ", "formToken", token));
        Document badCode = AdminPages.parse(
                pages.post(form, council.admin(), "code", "ECO 1!", "name", "Fine", "formToken", token));
        Document taken =
                AdminPages.parse(pages.post(form, council.admin(), "code", "emp", "name", "Again", "formToken", token));

        assertThat(blank.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#code", "#name");
        assertThat(blank.select("#name-error").text()).contains("Enter a name");
        assertThat(badCode.select("#code-error").text()).contains("letters, digits and hyphens");
        assertThat(badCode.select("#code").val()).isEqualTo("ECO 1!");
        assertThat(taken.select("#code-error").text()).contains("already uses the code emp");
        assertThat(frameworks.currentFramework(council.id(), LocalDate.now()).outcomes())
                .hasSize(3);
        // The refused attempts left the token unused: the corrected form goes through with it.
        assertThat(pages.post(form, council.admin(), "code", "ECO-9", "name", "Fine", "formToken", token))
                .hasStatus3xxRedirection();
    }

    @Test
    void aCouncilAdminRenamesAnOutcomeAndAStaleRenameShowsTheCurrentName() {
        var council = pages.council();
        long emp = council.outcomes().get("EMP");
        String form = "/admin/framework/outcomes/" + emp + "/rename";
        String version =
                pages.page(form, council.admin()).select("input[name=version]").val();

        assertThat(pages.post(form, council.admin(), "name", "More local people in good work", "version", version))
                .hasStatus3xxRedirection();
        Document stale = AdminPages.parse(pages.post(form, council.admin(), "name", "Overwritten", "version", version));

        assertThat(frameworks.outcome(council.id(), emp).name()).isEqualTo("More local people in good work");
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this name");
        assertThat(stale.select("#name").val()).isEqualTo("More local people in good work");
        assertThat(pages.auditCount(council.id(), "Outcome", emp)).isEqualTo(1);
    }

    @Test
    void aCouncilAdminRenamesATheme() {
        var council = pages.council();
        long eco = council.themes().get("ECO");
        String form = "/admin/framework/themes/" + eco + "/rename";
        String version =
                pages.page(form, council.admin()).select("input[name=version]").val();

        assertThat(pages.post(form, council.admin(), "name", "Economy", "version", version))
                .hasStatus3xxRedirection();
        assertThat(frameworks.theme(council.id(), eco).name()).isEqualTo("Economy");
    }

    @Test
    void aRetiredOutcomeStaysOnItsCommitmentsButCannotBeChosenForNewOnes() {
        var council = pages.council();
        long emp = council.outcomes().get("EMP");
        long officer = pages.jdbc()
                .sql("select id from user_account where username = ?")
                .param("procurement." + council.slug())
                .query(Long.class)
                .single();
        long contract = contracts.registerContract(
                council.id(),
                aContract("RET-1")
                        .titled("Retired outcome contract")
                        .worth("250000")
                        .running(LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31))
                        .procurementOfficer(officer)
                        .build(),
                AdminPages.SYSTEM);
        long commitment = commitments.addCommitment(council.id(), contract, terms(council, emp), AdminPages.SYSTEM);
        String version = pages.page("/admin/framework/outcomes/" + emp + "/retire", council.admin())
                .select("input[name=version]")
                .val();

        assertThat(pages.post("/admin/framework/outcomes/" + emp + "/retire", council.admin(), "version", version))
                .hasStatus3xxRedirection();

        assertThat(commitments.commitment(council.id(), commitment).primaryOutcomeId())
                .isEqualTo(emp);
        assertThatThrownBy(
                        () -> commitments.addCommitment(council.id(), contract, terms(council, emp), AdminPages.SYSTEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retired");
        Document framework = pages.page("/admin/framework", council.admin());
        assertThat(framework.select("#outcome-" + emp).text()).contains("Retired");
        assertThat(framework.select("#outcome-" + emp + " a").eachText()).noneMatch(t -> t.startsWith("Retire "));
        Document newMeasure = pages.page("/admin/measures/new", council.admin());
        assertThat(newMeasure.select("input[name=outcomeIds]").eachAttr("value"))
                .doesNotContain(String.valueOf(emp))
                .contains(String.valueOf(council.outcomes().get("SKL")));
        Document jobs = pages.page("/admin/measures/" + council.measures().get("JOBS") + "/edit", council.admin());
        assertThat(jobs.select("input[name=outcomeIds][checked]").eachAttr("value"))
                .contains(String.valueOf(emp));
        assertThat(pages.page("/admin/measures/" + council.measures().get("JOBS"), council.admin())
                        .text())
                .contains("Retired");
    }

    private static CommitmentTerms terms(AdminPages.TestCouncil council, long outcome) {
        return aCommitment(council.measures().get("JOBS"), outcome)
                .target("2")
                .due(LocalDate.of(2027, 3, 31))
                .local()
                .build();
    }

    @Test
    void anotherCouncilsThemesAndOutcomesAreNotFoundAndPostsChangeNothing() {
        var council = pages.council();
        long emp = council.outcomes().get("EMP");
        long eco = council.themes().get("ECO");
        String stranger = "admin.oxfordshire";

        assertThat(pages.get("/admin/framework/outcomes/" + emp + "/rename", stranger))
                .hasStatus(404);
        assertThat(pages.get("/admin/framework/outcomes/" + emp + "/retire", stranger))
                .hasStatus(404);
        assertThat(pages.get("/admin/framework/themes/" + eco + "/rename", stranger))
                .hasStatus(404);
        assertThat(pages.get("/admin/framework/themes/" + eco + "/outcomes/new", stranger))
                .hasStatus(404);
        assertThat(pages.post(
                        "/admin/framework/outcomes/" + emp + "/rename", stranger, "name", "Taken", "version", "0"))
                .hasStatus(404);
        assertThat(pages.post("/admin/framework/outcomes/" + emp + "/retire", stranger, "version", "0"))
                .hasStatus(404);
        assertThat(pages.post("/admin/framework/themes/" + eco + "/rename", stranger, "name", "Taken", "version", "0"))
                .hasStatus(404);
        assertThat(pages.post(
                        "/admin/framework/themes/" + eco + "/outcomes/new",
                        stranger,
                        "code",
                        "X-1",
                        "name",
                        "Planted",
                        "formToken",
                        java.util.UUID.randomUUID().toString()))
                .hasStatus(404);

        var outcome = frameworks.outcome(council.id(), emp);
        assertThat(outcome.name()).isEqualTo("More local people in work");
        assertThat(outcome.retired()).isFalse();
        assertThat(frameworks.theme(council.id(), eco).name()).isEqualTo("Economic");
        assertThat(frameworks.currentFramework(council.id(), LocalDate.now()).outcomes())
                .hasSize(3);
    }

    @Test
    void onlyACouncilAdminMayUseTheFrameworkPages() {
        var council = pages.council();
        String officer = "procurement." + council.slug();
        long emp = council.outcomes().get("EMP");

        assertThat(pages.get("/admin/framework", officer)).hasStatus(403);
        assertThat(pages.get("/admin/framework", "councillor.surrey")).hasStatus(403);
        assertThat(pages.get("/admin/framework", "supplier.kestrelvale-care")).hasStatus(403);
        assertThat(pages.post("/admin/framework/outcomes/" + emp + "/retire", officer, "version", "0"))
                .hasStatus(403);
        assertThat(pages.post("/admin/framework/themes/new", officer, "code", "X", "name", "X"))
                .hasStatus(403);
        assertThat(frameworks.outcome(council.id(), emp).retired()).isFalse();
    }
}
