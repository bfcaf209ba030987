package org.svtracker.web.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.web.WebIntegrationTest;

/** The contract manager's pages: who may use each route, what they show, and what each form changes. */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractManagementTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryCounter queries;

    @Autowired
    EvidenceFiles evidenceFiles;

    @Autowired
    Commitments commitments;

    @Autowired
    MeasureLibrary library;

    @Autowired
    Suppliers suppliers;

    @Autowired
    DomainFixtures domainFixtures;

    @Autowired
    Returns deliveries;

    @Autowired
    org.svtracker.domain.delivery.DeliveryRecords records;

    ManagerFixtures fixtures;
    ManagerFixtures.Setup ours;
    ManagerFixtures.Setup theirs;

    /** A contract of another council, which no test changes: its ids must be refused. */
    @BeforeAll
    void anotherCouncilsContract() {
        fixtures = new ManagerFixtures(jdbc, library, suppliers, domainFixtures, deliveries);
        theirs = fixtures.contractIn("surrey");
    }

    @BeforeEach
    void ourContract() {
        ours = fixtures.contractIn("warwickshire");
    }

    // Dashboard

    @Test
    void aContractManagersHomeIsTheirContractsWithRagTheQueueAndOverdueReturns() throws Exception {
        Document page = page("/", ours.user("contracts"));

        assertThat(page.select("h1").text()).isEqualTo("Warwickshire County Council");
        assertThat(page.select("#contract-" + ours.contractId()).text())
                .contains(ours.reference(), "Contract manager tests supplier", "Live");
        assertThat(page.select("#contract-" + ours.contractId() + " .govuk-tag").text())
                .isNotBlank();
        assertThat(page.select("#queue-figure").text()).contains("returns are waiting for review");
        assertThat(page.select("#overdue-table tbody tr").eachText())
                .anySatisfy(
                        row -> assertThat(row).contains(ours.reference(), "School and college visits", "Q1 2025/26"));
        assertThat(page.select("#overdue-table a[href*=returns/new]")).isNotEmpty();
        assertThat(page.select("#at-risk-table tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains(ours.reference()));
        assertThat(page.text()).doesNotContain(theirs.reference());
    }

    @Test
    void theDashboardCostsTheSameQueriesForFewContractsAsForMany() {
        long few = queries.countOf(() -> get("/", "contracts.southend"));
        long many = queries.countOf(() -> get("/", ours.user("contracts")));

        assertThat(contractsManagedBy("contracts.southend")).isLessThan(contractsManagedBy(ours.user("contracts")));
        assertThat(few).isEqualTo(many);
    }

    // Delivery page

    @Test
    void theDeliveryPageShowsCommitmentsTheirTimelineAndReturns() throws Exception {
        Document page = page(delivery(ours), ours.user("contracts"));

        assertThat(page.select(".app-contract-tabs a[aria-current=page]").text())
                .isEqualTo("Delivery and returns");
        assertThat(page.select("#commitments-table tbody tr").eachText())
                .anySatisfy(row -> assertThat(row)
                        .contains("Local people employed on the contract", "8 FTE", "1.5 FTE", "2.25 FTE"));
        var timeline = page.select("#timeline-" + ours.jobsCommitmentId() + " tbody tr");
        assertThat(timeline.first().text()).startsWith("Q1 2025/26");
        assertThat(timeline.eachText())
                .anySatisfy(row -> assertThat(row).startsWith("Q4 2025/26").contains("1.5 FTE", "Verified"))
                .anySatisfy(row -> assertThat(row).startsWith("Q2 2026/27").contains("1.25 FTE", "Waiting for review"));
        assertThat(page.select("#return-" + ours.submittedQ1()).text()).contains("Q1 2026/27", "Waiting for review");
        assertThat(page.select("form[action$=/commitments/" + ours.storyCommitmentId() + "/rag]"))
                .hasSize(1);
        assertThat(page.select("a[href$=/returns/new]")).hasSize(1);
    }

    @Test
    void theDeliveryPageIsForStaffOfTheCouncilOnly() throws Exception {
        Document officer = page(delivery(ours), ours.user("procurement"));
        assertThat(officer.select("form[action*=/rag]")).isEmpty();
        assertThat(officer.select("a[href$=/returns/new]")).isEmpty();
        assertThat(get(delivery(ours), ours.user("admin"))).hasStatusOk();
        assertThat(get(delivery(ours), ours.user("councillor"))).hasStatus(403);
        assertThat(get(delivery(ours), "supplier.greenway-facilities")).hasStatus(403);
        assertThat(get(delivery(theirs), ours.user("contracts"))).hasStatus(404);
        assertThat(get("/contracts/" + theirs.contractId() + "/history", ours.user("contracts")))
                .hasStatus(404);
    }

    @Test
    void aContractManagerSetsANarrativeCommitmentsRag() throws Exception {
        String rag = ragAction(ours);

        assertThat(post(rag, ours.user("contracts"), "rag", "AMBER", "version", "0"))
                .hasStatus3xxRedirection();

        assertThat(manualRag(ours.storyCommitmentId())).isEqualTo("AMBER");
        Document page = page(delivery(ours), ours.user("contracts"));
        assertThat(page.select("#commitment-" + ours.storyCommitmentId() + " h2 .govuk-tag")
                        .text())
                .isEqualTo("Amber");
    }

    @Test
    void aStaleRagShowsTheCurrentOneAndChangesNothing() throws Exception {
        post(ragAction(ours), ours.user("contracts"), "rag", "GREEN", "version", "0");

        MvcTestResult stale = post(ragAction(ours), ours.user("admin"), "rag", "RED", "version", "0");

        Document page = document(stale);
        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this commitment");
        assertThat(page.select("#rag-" + ours.storyCommitmentId() + " option[selected]")
                        .attr("value"))
                .isEqualTo("GREEN");
        assertThat(manualRag(ours.storyCommitmentId())).isEqualTo("GREEN");
    }

    @Test
    void aRagWithoutAStatusIsAnErrorAndOnlyReviewersOfTheCouncilMaySetIt() throws Exception {
        Document missing = document(post(ragAction(ours), ours.user("contracts"), "rag", "PURPLE", "version", "0"));
        assertThat(missing.select(".govuk-error-summary a").attr("href")).isEqualTo("#rag-" + ours.storyCommitmentId());

        assertThat(post(ragAction(ours), ours.user("procurement"), "rag", "RED", "version", "0"))
                .hasStatus(403);
        assertThat(post(ragAction(theirs), ours.user("contracts"), "rag", "RED", "version", "0"))
                .hasStatus(404);
        assertThat(post(
                        "/contracts/" + ours.contractId() + "/delivery/commitments/" + theirs.storyCommitmentId()
                                + "/rag",
                        ours.user("contracts"),
                        "rag",
                        "RED",
                        "version",
                        "0"))
                .hasStatus(404);
        assertThat(manualRag(ours.storyCommitmentId())).isNull();
        assertThat(manualRag(theirs.storyCommitmentId())).isNull();
    }

    // History

    @Test
    void theHistoryListsEveryChangeNewestFirstTwentyFiveAPage() throws Exception {
        Actor manager = Actor.user(userId(ours.user("contracts")), "Chris Evans");
        for (int i = 0; i < 14; i++) {
            commitments.setNarrativeRag(
                    ours.councilId(),
                    ours.storyCommitmentId(),
                    i,
                    i % 2 == 0
                            ? org.svtracker.domain.commitment.RagStatus.GREEN
                            : org.svtracker.domain.commitment.RagStatus.RED,
                    manager);
        }
        String history = "/contracts/" + ours.contractId() + "/history";

        Document first = page(history, ours.user("procurement"));
        Document second = page(history + "?page=2", ours.user("procurement"));

        assertThat(first.select(".app-contract-tabs a[aria-current=page]").text())
                .isEqualTo("History");
        assertThat(first.select("#history-table tbody tr")).hasSize(25);
        assertThat(first.select("#history-table tbody tr").first().text())
                .contains(
                        "Chris Evans",
                        "Commitment: Innovation delivered with local partners",
                        "Changed",
                        "Rag: GREEN → RED");
        assertThat(second.select("#history-table tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Contract: " + ours.reference(), "Created"));
        assertThat(first.select(".govuk-pagination a[rel=next]").attr("href")).endsWith("page=2");
        assertThat(get(history + "?page=9", ours.user("procurement"))).hasStatus(404);
        assertThat(get(history, ours.user("councillor"))).hasStatus(403);
    }

    // Evidence

    @Test
    void evidenceIsAlwaysDownloadedNeverShownAndNeverCached() throws Exception {
        long evidenceId = attach(ours, ours.submittedQ1(), "../../hours \"final\".csv", "text/html");

        MvcTestResult download = get(evidenceUrl(ours, ours.submittedQ1(), evidenceId), ours.user("procurement"));

        assertThat(download).hasStatusOk();
        var response = download.getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("hours")
                .contains(".csv")
                .doesNotContain("..")
                .doesNotContain("/");
        assertThat(response.getContentType())
                .as("the detected type, not the one claimed")
                .startsWith("text/csv");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentAsString()).isEqualTo(HOURS_CSV);
    }

    @Test
    void evidenceOfAnotherCouncilOrUnderTheWrongReturnOrContractIsNotFound() {
        long ourEvidence = attach(ours, ours.submittedQ1(), "payroll.pdf", "application/pdf");
        long theirEvidence = attach(theirs, theirs.submittedQ1(), "payroll.pdf", "application/pdf");

        assertThat(get(evidenceUrl(theirs, theirs.submittedQ1(), theirEvidence), ours.user("contracts")))
                .hasStatus(404);
        assertThat(get(evidenceUrl(ours, ours.submittedQ1(), theirEvidence), ours.user("contracts")))
                .hasStatus(404);
        assertThat(get(evidenceUrl(ours, ours.submittedQ2(), ourEvidence), ours.user("contracts")))
                .hasStatus(404);
        assertThat(get(
                        "/contracts/" + theirs.contractId() + "/returns/" + ours.submittedQ1() + "/evidence/"
                                + ourEvidence,
                        ours.user("contracts")))
                .hasStatus(404);
        assertThat(get(evidenceUrl(ours, ours.submittedQ1(), ourEvidence), ours.user("councillor")))
                .hasStatus(403);
        assertThat(get(evidenceUrl(ours, ours.submittedQ1(), ourEvidence), "supplier.greenway-facilities"))
                .hasStatus(403);
    }

    // Review queue

    @Test
    void theReviewQueueListsSubmittedReturnsOldestFirstForReviewersOnly() throws Exception {
        Document queue = page("/reviews", ours.user("contracts"));

        var ids = queue.select("#queue-table tbody tr").eachAttr("id");
        assertThat(ids).contains("queued-" + ours.submittedQ1(), "queued-" + ours.submittedQ2());
        assertThat(ids.indexOf("queued-" + ours.submittedQ1())).isLessThan(ids.indexOf("queued-" + ours.submittedQ2()));
        assertThat(ids).doesNotContain("queued-" + theirs.submittedQ1());
        assertThat(get("/reviews", ours.user("admin"))).hasStatusOk();
        assertThat(get("/reviews", ours.user("procurement"))).hasStatus(403);
        assertThat(get("/reviews", ours.user("councillor"))).hasStatus(403);
        assertThat(get(review(ours.submittedQ1()), ours.user("procurement"))).hasStatus(403);
        assertThat(get(review(theirs.submittedQ1()), ours.user("contracts"))).hasStatus(404);
    }

    @Test
    void theReviewPageShowsTheReturnItsDeclarationsEvidenceAndHistory() throws Exception {
        attach(ours, ours.submittedQ1(), "timesheets.pdf", "application/pdf");

        Document page = page(review(ours.submittedQ1()), ours.user("contracts"));

        assertThat(page.select("h1").text()).isEqualTo("Local people employed on the contract, Q1 2026/27");
        assertThat(page.select("#return-summary").text())
                .contains("Contract manager tests supplier", "1 FTE", "Two local people hired")
                .contains("Declared: The data relates only to this contract and this period.")
                .contains("Waiting for review");
        assertThat(page.select("#commitment-progress").text()).contains("8 FTE", "1.5 FTE");
        assertThat(page.select("#evidence-list a").text()).contains("timesheets.pdf");
        assertThat(page.select("#return-history tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Submitted"));
        assertThat(page.select("form[action$=/verify], form[action$=/query], form[action$=/reject]"))
                .hasSize(3);
    }

    @Test
    void aQueryOrRejectionNeedsItsReasonAndSavesNothingWithout() throws Exception {
        Document query = document(
                post(action(ours.submittedQ1(), "query"), ours.user("contracts"), "reason", "  ", "version", "1"));
        Document reject = document(post(action(ours.submittedQ1(), "reject"), ours.user("contracts"), "version", "1"));

        assertThat(query.select(".govuk-error-summary a").attr("href")).isEqualTo("#query-reason");
        assertThat(query.select("#query-reason-error").text()).contains("Enter your question for the supplier");
        assertThat(reject.select(".govuk-error-summary a").attr("href")).isEqualTo("#reject-reason");
        assertThat(statusOf(ours.submittedQ1())).isEqualTo("SUBMITTED");
    }

    @Test
    void aVerifiedReturnLeadsToTheNextInTheQueueAndADoubleClickVerifiesOnce() throws Exception {
        String next = review(nextInQueueAfter(ours.submittedQ1()));

        MvcTestResult first = post(action(ours.submittedQ1(), "verify"), ours.user("contracts"), "version", "1");
        MvcTestResult second = post(action(ours.submittedQ1(), "verify"), ours.user("contracts"), "version", "1");

        assertThat(first).hasRedirectedUrl(next);
        assertThat(first)
                .flash()
                .hasEntrySatisfying(
                        "decided",
                        message -> assertThat(message.toString()).startsWith("Return verified: " + ours.reference()));
        assertThat(second).hasRedirectedUrl(next);
        assertThat(statusOf(ours.submittedQ1())).isEqualTo("VERIFIED");
        assertThat(auditActions(ours.submittedQ1())).containsOnlyOnce("VERIFIED");
        assertThat(page(next, ours.user("contracts")).select(".govuk-notification-banner--success"))
                .isEmpty();
    }

    @Test
    void aQueryWithItsQuestionGoesBackToTheSupplierAndARejectionWithItsReasonNeverCounts() {
        String next = review(nextInQueueAfter(ours.submittedQ2()));
        assertThat(post(
                        action(ours.submittedQ2(), "query"),
                        ours.user("admin"),
                        "reason",
                        "Which two people?",
                        "version",
                        "1"))
                .hasRedirectedUrl(next);
        assertThat(post(
                        action(ours.submittedQ1(), "reject"),
                        ours.user("contracts"),
                        "reason",
                        "Wrong contract",
                        "version",
                        "1"))
                .hasStatus3xxRedirection();

        assertThat(statusOf(ours.submittedQ2())).isEqualTo("QUERIED");
        assertThat(jdbc.sql("select decision_reason from delivery_return where id = ?")
                        .param(ours.submittedQ2())
                        .query(String.class)
                        .single())
                .isEqualTo("Which two people?");
        assertThat(statusOf(ours.submittedQ1())).isEqualTo("REJECTED");
    }

    @Test
    void aStaleDecisionSaysSomeoneElseChangedItAndOverwritesNothing() throws Exception {
        post(action(ours.submittedQ1(), "query"), ours.user("admin"), "reason", "Which two people?", "version", "1");

        Document page = document(post(action(ours.submittedQ1(), "verify"), ours.user("contracts"), "version", "1"));

        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this return");
        assertThat(page.select("#return-summary").text()).contains("Queried", "Which two people?");
        assertThat(page.select("form[action$=/verify]")).isEmpty();
        assertThat(statusOf(ours.submittedQ1())).isEqualTo("QUERIED");
    }

    @Test
    void onlyReviewersOfTheCouncilDecideAndAForeignReturnIsNotFound() {
        assertThat(post(action(ours.submittedQ1(), "verify"), ours.user("procurement"), "version", "1"))
                .hasStatus(403);
        assertThat(post(action(ours.submittedQ1(), "query"), ours.user("councillor"), "reason", "Why?", "version", "1"))
                .hasStatus(403);
        assertThat(post(action(ours.submittedQ1(), "verify"), "supplier.greenway-facilities", "version", "1"))
                .hasStatus(403);
        assertThat(post(action(theirs.submittedQ1(), "verify"), ours.user("contracts"), "version", "1"))
                .hasStatus(404);
        assertThat(post(action(theirs.submittedQ1(), "reject"), ours.user("admin"), "reason", "No", "version", "1"))
                .hasStatus(404);
        assertThat(statusOf(ours.submittedQ1())).isEqualTo("SUBMITTED");
        assertThat(statusOf(theirs.submittedQ1())).isEqualTo("SUBMITTED");
    }

    // Returns recorded on a supplier's behalf

    @Test
    void aContractManagerRecordsAReturnOnBehalfWithEvidenceOnceWhateverTheClicks() throws Exception {
        Document form = page(newReturn(ours), ours.user("contracts"));
        String token = form.select("input[name=formToken]").val();
        assertThat(token).isNotBlank();

        MvcTestResult first = recordOnBehalf(ours, ours.user("contracts"), token, "Q3 2025/26", "2", true);
        MvcTestResult second = recordOnBehalf(ours, ours.user("contracts"), token, "Q3 2025/26", "2", true);

        assertThat(first.getResponse().getStatus())
                .as(() -> document(first).select(".govuk-error-summary").text())
                .isEqualTo(302);
        assertThat(second).hasStatus3xxRedirection();
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl());
        long returnId =
                jdbc.sql("""
                        select id from delivery_return where commitment_id = ? and period_start = date '2025-10-01'
                        and recorded_on_behalf""").param(ours.visitsCommitmentId()).query(Long.class).single();
        assertThat(statusOf(returnId)).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from evidence where return_id = ?")
                        .param(returnId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        Document queue = page("/reviews", ours.user("contracts"));
        assertThat(queue.select("#queued-" + returnId).text())
                .contains("Recorded on behalf of the supplier by Chris Evans");
        Document delivery = page(delivery(ours), ours.user("contracts"));
        assertThat(delivery.select("#return-" + returnId).text())
                .contains("Recorded on behalf of the supplier by Chris Evans", "photos.png");
        Document review = page(review(returnId), ours.user("contracts"));
        assertThat(review.select(".govuk-inset-text").text())
                .contains("Recorded on behalf of the supplier by Chris Evans");
    }

    @Test
    void aReturnOnBehalfWithProblemsListsThemKeepsWhatWasTypedAndSavesNothing() throws Exception {
        Document page = document(mvc.perform(MockMvcRequestBuilders.multipart(newReturn(ours))
                .param("formToken", java.util.UUID.randomUUID().toString())
                .param("commitmentId", String.valueOf(ours.visitsCommitmentId()))
                .param("period", "Q3 2025/26")
                .param("quantity", "two")
                .param("narrative", "Visits to three schools")
                .with(user(users.loadUserByUsername(ours.user("contracts"))))
                .with(csrf())));

        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#quantity", "#declarations");
        assertThat(page.select("#quantity").val()).isEqualTo("two");
        assertThat(page.select("#narrative").text()).isEqualTo("Visits to three schools");
        assertThat(page.select("input[name=commitmentId][checked]").val())
                .isEqualTo(String.valueOf(ours.visitsCommitmentId()));
        assertThat(onBehalfReturns(ours)).isZero();
    }

    @Test
    void aReturnOnBehalfWithAProgramRenamedPdfIsRefusedOnTheFormAndNothingIsRecorded() throws Exception {
        byte[] program = org.svtracker.domain.testing.EvidenceSamples.exe();
        Document page = document(mvc.perform(MockMvcRequestBuilders.multipart(newReturn(ours))
                .file(new MockMultipartFile("evidence", "timesheet.pdf", "application/pdf", program))
                .param("formToken", java.util.UUID.randomUUID().toString())
                .param("commitmentId", String.valueOf(ours.visitsCommitmentId()))
                .param("period", "Q4 2025/26")
                .param("quantity", "2")
                .param("narrative", "Visits to two schools")
                .param("declarations", "contractAndPeriod", "commitment")
                .with(user(users.loadUserByUsername(ours.user("contracts"))))
                .with(csrf())));

        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#evidence");
        assertThat(page.select(".govuk-error-summary").text())
                .contains("must be a PDF, PNG, JPEG, DOCX, XLSX or CSV file");
        assertThat(page.select("#narrative").text()).isEqualTo("Visits to two schools");
        assertThat(onBehalfReturns(ours)).isZero();
    }

    @Test
    void aSecondReturnForTheSameQuarterIsRefused() throws Exception {
        Document page = document(mvc.perform(MockMvcRequestBuilders.multipart(newReturn(ours))
                .param("formToken", java.util.UUID.randomUUID().toString())
                .param("commitmentId", String.valueOf(ours.jobsCommitmentId()))
                .param("period", "Q1 2026/27")
                .param("quantity", "1")
                .param("narrative", "Hired")
                .param("declarations", "contractAndPeriod", "commitment")
                .with(user(users.loadUserByUsername(ours.user("contracts"))))
                .with(csrf())));

        assertThat(page.select(".govuk-error-summary").text())
                .contains("There is already a return for Local people employed on the contract in Q1 2026/27");
        assertThat(onBehalfReturns(ours)).isZero();
    }

    @Test
    void onlyAContractManagerOfTheCouncilRecordsOnBehalf() throws Exception {
        assertThat(get(newReturn(ours), ours.user("admin"))).hasStatus(403);
        assertThat(get(newReturn(ours), ours.user("procurement"))).hasStatus(403);
        assertThat(get(newReturn(theirs), ours.user("contracts"))).hasStatus(404);
        String token = java.util.UUID.randomUUID().toString();
        assertThat(recordOnBehalf(theirs, ours.user("contracts"), token, "Q3 2025/26", "2", false))
                .hasStatus(404);
        assertThat(recordOnBehalf(ours, ours.user("procurement"), token, "Q3 2025/26", "2", false))
                .hasStatus(403);
        assertThat(onBehalfReturns(theirs)).isZero();
        assertThat(onBehalfReturns(ours)).isZero();
    }

    // Helpers

    private MvcTestResult recordOnBehalf(
            ManagerFixtures.Setup setup, String username, String token, String period, String quantity, boolean file) {
        var request = MockMvcRequestBuilders.multipart(newReturn(setup))
                .param("formToken", token)
                .param("commitmentId", String.valueOf(setup.visitsCommitmentId()))
                .param("period", period)
                .param("quantity", quantity)
                .param("narrative", "Two school visits")
                .param("declarations", "contractAndPeriod", "commitment");
        if (file) {
            request.file(new MockMultipartFile(
                    "evidence", "photos.png", "image/png", org.svtracker.domain.testing.EvidenceSamples.png()));
        }
        return mvc.perform(
                request.with(user(users.loadUserByUsername(username))).with(csrf()));
    }

    private long nextInQueueAfter(long returnId) {
        return records.reviewQueue(ours.councilId()).stream()
                .filter(r -> r.id() != returnId)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long onBehalfReturns(ManagerFixtures.Setup setup) {
        return jdbc.sql("""
                        select count(*) from delivery_return r join commitment c on c.id = r.commitment_id
                        where c.contract_id = ? and r.recorded_on_behalf""").param(setup.contractId()).query(Long.class).single();
    }

    private long attach(ManagerFixtures.Setup setup, long returnId, String name, String type) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                .execute(status -> evidenceFiles
                        .store(
                                setup.councilId(),
                                setup.contractId(),
                                returnId,
                                evidenceFiles.check(java.util.List.of(new org.svtracker.domain.evidence.EvidenceUpload(
                                        name,
                                        name.endsWith(".csv")
                                                ? HOURS_CSV.getBytes(StandardCharsets.UTF_8)
                                                : org.svtracker.domain.testing.EvidenceSamples.pdf(name)))),
                                type,
                                Actor.system("test"))
                        .get(0));
    }

    private static final String HOURS_CSV = "date,hours\n2026-04-01,7\n";

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    private static String delivery(ManagerFixtures.Setup setup) {
        return "/contracts/" + setup.contractId() + "/delivery";
    }

    private static String newReturn(ManagerFixtures.Setup setup) {
        return "/contracts/" + setup.contractId() + "/returns/new";
    }

    private static String ragAction(ManagerFixtures.Setup setup) {
        return "/contracts/" + setup.contractId() + "/delivery/commitments/" + setup.storyCommitmentId() + "/rag";
    }

    private static String evidenceUrl(ManagerFixtures.Setup setup, long returnId, long evidenceId) {
        return "/contracts/" + setup.contractId() + "/returns/" + returnId + "/evidence/" + evidenceId;
    }

    private static String review(long returnId) {
        return "/reviews/" + returnId;
    }

    private static String action(long returnId, String decision) {
        return "/reviews/" + returnId + "/" + decision;
    }

    private String manualRag(long commitmentId) {
        return jdbc.sql("select manual_rag from commitment where id = ?")
                .param(commitmentId)
                .query((rs, n) -> rs.getString(1))
                .list()
                .get(0);
    }

    private String statusOf(long returnId) {
        return jdbc.sql("select status from delivery_return where id = ?")
                .param(returnId)
                .query(String.class)
                .single();
    }

    private java.util.List<String> auditActions(long returnId) {
        return jdbc.sql("select action from audit_event where entity_type = 'Return' and entity_id = ?")
                .param(returnId)
                .query(String.class)
                .list();
    }

    private long userId(String username) {
        return jdbc.sql("select id from user_account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long contractsManagedBy(String username) {
        return jdbc.sql(
                        "select count(*) from contract k join user_account u on u.id = k.contract_manager_id where u.username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private MvcTestResult get(String uri, String username) {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
    }

    private MvcTestResult post(String uri, String username, String... params) {
        var request = mvc.post()
                .uri(uri)
                .with(user(users.loadUserByUsername(username)))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private Document page(String uri, String username) throws Exception {
        MvcTestResult result = get(uri, username);
        assertThat(result).hasStatusOk();
        return document(result);
    }

    private static Document document(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
