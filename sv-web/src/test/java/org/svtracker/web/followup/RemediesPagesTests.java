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
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.progress.CommitmentProgress;
import org.svtracker.domain.progress.Progress;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.web.WebIntegrationTest;

/** Recovery plans: who may see and open them, the red and amber list, closing, penalties, tenancy. */
@WebIntegrationTest
class RemediesPagesTests {

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
    void aContractManagerOpensARecoveryPlanOnARedCommitmentFromTheListOfRedAndAmberOnes() throws Exception {
        CommitmentProgress red = client.commitmentAt("warwickshire", RagStatus.RED);
        Document choose = client.page("/remedies/new", "contracts.warwickshire");
        String formPath = "/contracts/" + red.contractId() + "/commitments/" + red.commitmentId() + "/remedies/new";
        assertThat(choose.select("table a").eachAttr("href")).contains(formPath);
        assertThat(choose.select("tbody tr td:last-child").eachText()).containsOnly("Red", "Amber");

        Document form = client.page(formPath, "contracts.warwickshire");
        assertThat(form.select("#commitment-summary").text()).contains("Red");
        MvcTestResult opened = client.post(formPath, "contracts.warwickshire", plan(FollowUpClient.formToken(form)));

        assertThat(opened).hasStatus3xxRedirection();
        String remedyPath = opened.getResponse().getRedirectedUrl();
        assertThat(remedyPath).matches("/remedies/\\d+");
        Document remedy = client.page(remedyPath, "contracts.warwickshire");
        assertThat(remedy.select(".govuk-summary-list").text())
                .contains("Two extra recruitment days")
                .contains("Chris Evans")
                .contains("31 March 2027");
        assertThat(client.page("/remedies", "contracts.warwickshire")
                        .select(".app-open-remedies a")
                        .eachAttr("href"))
                .contains(remedyPath);
    }

    @Test
    void aDoubleClickOpensOneRecoveryPlan() throws Exception {
        CommitmentProgress red = client.commitmentAt("leicestershire", RagStatus.RED);
        String formPath = "/contracts/" + red.contractId() + "/commitments/" + red.commitmentId() + "/remedies/new";
        String token = FollowUpClient.formToken(client.page(formPath, "contracts.leicestershire"));
        long before = client.count("remedy", "leicestershire");

        MvcTestResult first = client.post(formPath, "contracts.leicestershire", plan(token));
        MvcTestResult second = client.post(formPath, "contracts.leicestershire", plan(token));

        assertThat(client.count("remedy", "leicestershire")).isEqualTo(before + 1);
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl());
    }

    @Test
    void aPlanWithoutActionOwnerOrARealDueDateIsRefusedWithEachProblemAndWhatWasTyped() throws Exception {
        CommitmentProgress red = client.commitmentAt("warwickshire", RagStatus.RED);
        String formPath = "/contracts/" + red.contractId() + "/commitments/" + red.commitmentId() + "/remedies/new";
        String token = FollowUpClient.formToken(client.page(formPath, "contracts.warwickshire"));
        long before = client.count("remedy", "warwickshire");

        MvcTestResult refused = client.post(
                formPath,
                "contracts.warwickshire",
                Map.of(
                        "formToken",
                        token,
                        "action",
                        " ",
                        "owner",
                        "Sam",
                        "dueDate.day",
                        "31",
                        "dueDate.month",
                        "2",
                        "dueDate.year",
                        "2027"));

        assertThat(refused).hasStatusOk();
        Document page = FollowUpClient.html(refused);
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#action", "#dueDate");
        assertThat(page.select("#action-error").text()).contains("Enter what will be done to recover delivery");
        assertThat(page.select("#owner").attr("value")).isEqualTo("Sam");
        assertThat(page.select("#dueDate-day").attr("value")).isEqualTo("31");
        assertThat(page.title()).startsWith("Error:");
        assertThat(client.count("remedy", "warwickshire")).isEqualTo(before);
    }

    @Test
    void closingNeedsAnOutcomeAndAStaleVersionChangesNothing() throws Exception {
        String remedyPath = open("surrey");
        long id = Long.parseLong(remedyPath.substring("/remedies/".length()));

        Document noOutcome = FollowUpClient.html(
                client.post(remedyPath + "/close", "contracts.surrey", Map.of("version", "0", "outcome", "")));
        assertThat(noOutcome.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#outcome");

        client.post(
                remedyPath + "/penalty",
                "admin.surrey",
                Map.of("version", "0", "penaltyAmount", "£1,500", "penaltyReason", "Clause 14.2"));
        MvcTestResult stale = client.post(
                remedyPath + "/close", "contracts.surrey", Map.of("version", "0", "outcome", "Back on track"));
        assertThat(stale).hasStatusOk();
        assertThat(FollowUpClient.html(stale).select(".govuk-error-summary").text())
                .contains("Someone else changed this recovery plan");
        assertThat(FollowUpClient.html(stale).select(".govuk-summary-list").text())
                .contains("£1,500.00: Clause 14.2");
        assertThat(status(id)).isEqualTo("OPEN");

        assertThat(client.post(
                        remedyPath + "/close", "contracts.surrey", Map.of("version", "1", "outcome", "Back on track")))
                .hasRedirectedUrl(remedyPath);
        assertThat(status(id)).isEqualTo("CLOSED");
        Document closed = client.page(remedyPath, "contracts.surrey");
        assertThat(closed.select(".govuk-notification-banner--success").text()).isEmpty();
        assertThat(closed.select(".govuk-summary-list").text()).contains("Back on track");
        assertThat(closed.select("form[action$=/close]")).isEmpty();
        assertThat(client.page("/remedies", "contracts.surrey")
                        .select(".app-closed-remedies a")
                        .eachAttr("href"))
                .contains(remedyPath);
    }

    @Test
    void aPenaltyNeedsAnAmountInPoundsAboveZeroAndAReason() throws Exception {
        String remedyPath = open("surrey");

        Document refused = FollowUpClient.html(client.post(
                remedyPath + "/penalty",
                "contracts.surrey",
                Map.of("version", "0", "penaltyAmount", "-5", "penaltyReason", "")));

        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#penaltyAmount", "#penaltyReason");
        assertThat(refused.select("#penaltyAmount").attr("value")).isEqualTo("-5");
        assertThat(jdbc.sql("select penalty_amount from remedy where id = ?")
                        .param(idOf(remedyPath))
                        .query(java.math.BigDecimal.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void everyCouncilRoleReadsRecoveryPlansButOnlyContractManagersAndAdminsChangeThem() throws Exception {
        String remedyPath = open("oxfordshire");

        for (String reader : new String[] {"councillor.oxfordshire", "procurement.oxfordshire", "admin.oxfordshire"}) {
            assertThat(client.get("/remedies", reader)).hasStatusOk();
            assertThat(client.get(remedyPath, reader)).hasStatusOk();
        }
        assertThat(client.page(remedyPath, "councillor.oxfordshire").select("form"))
                .hasSize(1); // sign out only
        assertThat(client.page("/remedies", "councillor.oxfordshire").select("#open-remedy"))
                .isEmpty();
        assertThat(client.get("/remedies/new", "councillor.oxfordshire")).hasStatus(403);
        assertThat(client.get("/remedies/new", "procurement.oxfordshire")).hasStatus(403);
        assertThat(client.post(
                        remedyPath + "/close", "procurement.oxfordshire", Map.of("version", "0", "outcome", "x")))
                .hasStatus(403);
        assertThat(client.get("/remedies", "supplier.greenway-facilities")).hasStatus(403);
        assertThat(client.get("/remedies", "platform.admin")).hasStatus(403);
        assertThat(status(idOf(remedyPath))).isEqualTo("OPEN");
    }

    @Test
    void anotherCouncilsRecoveryPlanOrCommitmentIsNotFoundAndAPostWithItChangesNothing() throws Exception {
        String remedyPath = open("oxfordshire");
        CommitmentProgress red = client.commitmentAt("oxfordshire", RagStatus.RED);
        String foreignForm = "/contracts/" + red.contractId() + "/commitments/" + red.commitmentId() + "/remedies/new";
        long before = client.count("remedy", "oxfordshire") + client.count("remedy", "southend");

        assertThat(client.get(remedyPath, "contracts.southend")).hasStatus(404);
        assertThat(client.get(foreignForm, "contracts.southend")).hasStatus(404);
        assertThat(client.post(
                        foreignForm,
                        "contracts.southend",
                        plan(java.util.UUID.randomUUID().toString())))
                .hasStatus(404);
        assertThat(client.post(remedyPath + "/close", "contracts.southend", Map.of("version", "0", "outcome", "x")))
                .hasStatus(404);
        assertThat(client.post(
                        remedyPath + "/penalty",
                        "contracts.southend",
                        Map.of("version", "0", "penaltyAmount", "10", "penaltyReason", "x")))
                .hasStatus(404);
        assertThat(client.get("/remedies/999999999", "contracts.oxfordshire")).hasStatus(404);
        CommitmentProgress other = client.commitmentAt("oxfordshire", RagStatus.AMBER);
        if (other.contractId() != red.contractId()) {
            // A commitment under another contract of the same council is not that contract's.
            assertThat(client.get(
                            "/contracts/" + other.contractId() + "/commitments/" + red.commitmentId() + "/remedies/new",
                            "contracts.oxfordshire"))
                    .hasStatus(404);
        }
        assertThat(client.count("remedy", "oxfordshire") + client.count("remedy", "southend"))
                .isEqualTo(before);
        assertThat(status(idOf(remedyPath))).isEqualTo("OPEN");
    }

    @Test
    void theListsCostTheSameQueriesForACouncilWithFewRecoveryPlansAsForOneWithMore() throws Exception {
        open("leicestershire");
        open("leicestershire");
        open("leicestershire");
        long few = queries.countOf(() -> client.get("/remedies", "contracts.southend"));
        long more = queries.countOf(() -> client.get("/remedies", "contracts.leicestershire"));
        long chooseFew = queries.countOf(() -> client.get("/remedies/new", "contracts.southend"));
        long chooseMore = queries.countOf(() -> client.get("/remedies/new", "contracts.oxfordshire"));

        assertThat(client.count("remedy", "leicestershire")).isGreaterThan(client.count("remedy", "southend"));
        assertThat(more).isEqualTo(few);
        assertThat(chooseMore).isEqualTo(chooseFew);
    }

    /** Opens a recovery plan on a red commitment of the council through the pages; returns its address. */
    private String open(String slug) throws Exception {
        CommitmentProgress red = client.commitmentAt(slug, RagStatus.RED);
        String formPath = "/contracts/" + red.contractId() + "/commitments/" + red.commitmentId() + "/remedies/new";
        String token = FollowUpClient.formToken(client.page(formPath, "contracts." + slug));
        MvcTestResult opened = client.post(formPath, "contracts." + slug, plan(token));
        assertThat(opened).hasStatus3xxRedirection();
        return opened.getResponse().getRedirectedUrl();
    }

    private static Map<String, String> plan(String token) {
        Map<String, String> fields = new HashMap<>();
        fields.put("formToken", token);
        fields.put("action", "Two extra recruitment days before the end of the quarter");
        fields.put("owner", "Chris Evans");
        fields.put("dueDate.day", "31");
        fields.put("dueDate.month", "3");
        fields.put("dueDate.year", "2027");
        return fields;
    }

    private static long idOf(String remedyPath) {
        return Long.parseLong(remedyPath.substring("/remedies/".length()));
    }

    private String status(long id) {
        return jdbc.sql("select status from remedy where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
