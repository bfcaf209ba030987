package org.svtracker.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.progress.Progress;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.web.WebIntegrationTest;

/** Case studies: writing, editing, publishing and unpublishing, who may, and another council's ids. */
@WebIntegrationTest
class CaseStudiesPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Progress progress;

    @Autowired
    QueryCounter queries;

    FollowUpClient client;

    @BeforeEach
    void client() {
        client = new FollowUpClient(mvc, users, jdbc, progress);
    }

    @Test
    void aContractManagerWritesADraftPublishesItAndItAppearsInTheAnnualReport() throws Exception {
        String editPath = write("warwickshire", "Kerbside litter picks with Warwick schools");
        Document edit = client.page(editPath, "contracts.warwickshire");
        assertThat(edit.select("#case-study-status").text()).contains("Draft");
        assertThat(edit.select(".govuk-notification-banner--success").text()).isEmpty();
        assertThat(edit.select("#contractId option[selected]").text()).contains("Hollowbrook Civils Ltd");

        assertThat(client.post(editPath.replace("/edit", "/publish"), "contracts.warwickshire", Map.of("version", "0")))
                .hasRedirectedUrl(editPath);

        assertThat(client.page(editPath, "contracts.warwickshire")
                        .select("#case-study-status")
                        .text())
                .contains("Published");
        assertThat(client.page("/reports/warwickshire/2026-27", "councillor.warwickshire")
                        .select("#case-studies ~ *")
                        .text())
                .contains("Kerbside litter picks with Warwick schools");
        Document list = client.page("/case-studies", "contracts.warwickshire");
        assertThat(list.select("#case-studies tbody tr").eachText())
                .anySatisfy(
                        row -> assertThat(row).contains("Kerbside litter picks").contains("Published"));

        assertThat(client.post(
                        editPath.replace("/edit", "/unpublish"), "contracts.warwickshire", Map.of("version", "1")))
                .hasRedirectedUrl(editPath);
        assertThat(status(editPath)).isEqualTo("DRAFT");
    }

    @Test
    void aDoubleClickWritesOneCaseStudy() throws Exception {
        String token = FollowUpClient.formToken(client.page("/case-studies/new", "contracts.leicestershire"));
        long before = client.count("case_study", "leicestershire");

        MvcTestResult first =
                client.post("/case-studies/new", "contracts.leicestershire", story("leicestershire", token));
        MvcTestResult second =
                client.post("/case-studies/new", "contracts.leicestershire", story("leicestershire", token));

        assertThat(client.count("case_study", "leicestershire")).isEqualTo(before + 1);
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl());
    }

    @Test
    void aCaseStudyWithoutTitleStoryContractOrOutcomeIsRefusedAndNothingIsSaved() throws Exception {
        String token = FollowUpClient.formToken(client.page("/case-studies/new", "contracts.southend"));
        long before = client.count("case_study", "southend");

        MvcTestResult refused = client.post(
                "/case-studies/new",
                "contracts.southend",
                Map.of("formToken", token, "title", "Half written", "story", "", "contractId", "", "outcomeId", ""));

        Document page = FollowUpClient.html(refused);
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#story", "#contractId", "#outcomeId");
        assertThat(page.select("#title").attr("value")).isEqualTo("Half written");
        assertThat(client.count("case_study", "southend")).isEqualTo(before);
    }

    @Test
    void aStaleEditShowsTheCurrentCaseStudyAndOverwritesNothing() throws Exception {
        String editPath = write("surrey", "Digital champions in care homes");
        Map<String, String> first = story("surrey", null);
        first.put("version", "0");
        first.put("title", "Digital champions in twelve care homes");
        assertThat(client.post(editPath, "contracts.surrey", first)).hasRedirectedUrl(editPath);

        Map<String, String> late = story("surrey", null);
        late.put("version", "0");
        late.put("title", "An older idea of the title");
        MvcTestResult stale = client.post(editPath, "admin.surrey", late);

        Document page = FollowUpClient.html(stale);
        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this case study");
        assertThat(page.select("#title").attr("value")).isEqualTo("Digital champions in twelve care homes");
        assertThat(jdbc.sql("select title from case_study where id = ?")
                        .param(idOf(editPath))
                        .query(String.class)
                        .single())
                .isEqualTo("Digital champions in twelve care homes");
        assertThat(FollowUpClient.html(client.post(
                                editPath.replace("/edit", "/publish"), "contracts.surrey", Map.of("version", "0")))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Someone else changed");
        assertThat(status(editPath)).isEqualTo("DRAFT");
    }

    @Test
    void onlyContractManagersAndAdminsWorkOnCaseStudiesAndAnotherCouncilsAreNotFound() throws Exception {
        String editPath = write("oxfordshire", "Verge wildflowers with Cherwell schools");
        long before = client.count("case_study", "southend");

        assertThat(client.get("/case-studies", "admin.oxfordshire")).hasStatusOk();
        assertThat(client.get("/case-studies", "procurement.oxfordshire")).hasStatus(403);
        assertThat(client.get("/case-studies/new", "councillor.oxfordshire")).hasStatus(403);
        assertThat(client.get("/case-studies", "supplier.cherwell-green-cic")).hasStatus(403);
        assertThat(client.get(editPath, "contracts.southend")).hasStatus(404);
        Map<String, String> foreignEdit = story("southend", null);
        foreignEdit.put("version", "0");
        assertThat(client.post(editPath, "contracts.southend", foreignEdit)).hasStatus(404);
        assertThat(client.post(editPath.replace("/edit", "/publish"), "contracts.southend", Map.of("version", "0")))
                .hasStatus(404);
        // Another council's contract or outcome in the form is not found either, and creates nothing.
        String token = FollowUpClient.formToken(client.page("/case-studies/new", "contracts.southend"));
        Map<String, String> foreignContract = story("southend", token);
        foreignContract.put("contractId", String.valueOf(client.liveContract("oxfordshire")));
        assertThat(client.post("/case-studies/new", "contracts.southend", foreignContract))
                .hasStatus(404);
        Map<String, String> foreignOutcome = story("southend", token);
        foreignOutcome.put("outcomeId", String.valueOf(client.outcomeId("oxfordshire")));
        assertThat(client.post("/case-studies/new", "contracts.southend", foreignOutcome))
                .hasStatus(404);

        assertThat(client.count("case_study", "southend")).isEqualTo(before);
        assertThat(status(editPath)).isEqualTo("DRAFT");
    }

    @Test
    void theListCostsTheSameQueriesForFewCaseStudiesAsForMore() throws Exception {
        write("leicestershire", "One");
        write("leicestershire", "Two");
        write("leicestershire", "Three");
        long few = queries.countOf(() -> client.get("/case-studies", "contracts.southend"));
        long more = queries.countOf(() -> client.get("/case-studies", "contracts.leicestershire"));

        assertThat(client.count("case_study", "leicestershire")).isGreaterThan(client.count("case_study", "southend"));
        assertThat(more).isEqualTo(few);
    }

    private String write(String slug, String title) throws Exception {
        String token = FollowUpClient.formToken(client.page("/case-studies/new", "contracts." + slug));
        Map<String, String> fields = story(slug, token);
        fields.put("title", title);
        MvcTestResult written = client.post("/case-studies/new", "contracts." + slug, fields);
        assertThat(written).hasStatus3xxRedirection();
        return written.getResponse().getRedirectedUrl();
    }

    private Map<String, String> story(String slug, String token) {
        Map<String, String> fields = new HashMap<>();
        if (token != null) {
            fields.put("formToken", token);
        }
        fields.put("title", "Apprentices on the council's contract");
        fields.put("story", "Two apprentices joined the crews and passed their first assessments.");
        fields.put("contractId", String.valueOf(client.liveContract(slug)));
        fields.put("outcomeId", String.valueOf(client.outcomeId(slug)));
        return fields;
    }

    private static long idOf(String editPath) {
        return Long.parseLong(editPath.replaceAll("\\D", ""));
    }

    private String status(String editPath) {
        return jdbc.sql("select status from case_study where id = ?")
                .param(idOf(editPath))
                .query(String.class)
                .single();
    }
}
