package org.svtracker.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.evidence.EvidenceFile;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.testing.EvidenceSamples;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.web.WebIntegrationTest;
import org.svtracker.web.portal.PortalFixtures.Portal;

/** The supplier portal through MockMvc: home, contract, returns with evidence, and who can reach what. */
@WebIntegrationTest
class PortalPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    Returns deliveries;

    @Autowired
    EvidenceFiles evidence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QueryCounter queries;

    Portal portal;

    @BeforeEach
    void aCouncilWithALiveContract() {
        portal = PortalFixtures.create(context);
    }

    @Test
    void aSupplierWorkingForTwoCouncilsSeesBothGroupedByCouncil() {
        Document home = page("/", "supplier.greenway-facilities");

        assertThat(home.select("h1").text()).isEqualTo("My contracts");
        assertThat(home.select("h2.govuk-heading-l").eachText())
                .containsExactly("Oxfordshire County Council", "Warwickshire County Council");
        assertThat(home.select("section:has(h2:contains(Oxfordshire)) h3").eachText())
                .singleElement()
                .asString()
                .startsWith("OCC-2025-014");
        assertThat(home.select("section:has(h2:contains(Warwickshire)) h3").eachText())
                .hasSize(2)
                .allMatch(t -> t.startsWith("WCC-"));
        assertThat(home.select("table caption").eachText()).contains("Commitments on OCC-2025-014");
        assertThat(home.text()).doesNotContain("Cherwell Green").doesNotContain("OCC-2025-022");
    }

    @Test
    void theHomePageCostsTheSameQueriesForOneContractAsForSeveralWithTheSameNumberOfCouncils() {
        page("/", portal.supplierUsername());
        long one = queries.countOf(() -> page("/", portal.supplierUsername()));
        // Kestrelvale works for Leicestershire only, on more than one contract.
        long several = queries.countOf(() -> page("/", "supplier.kestrelvale-care"));

        assertThat(several).isEqualTo(one);
    }

    @Test
    void theContractPageShowsEachCommitmentWithItsTargetProgressAndReturns() {
        Document contract = page("/portal/contracts/" + portal.contractId(), portal.supplierUsername());

        assertThat(contract.select("h1").text()).isEqualTo("Parks and open spaces");
        assertThat(contract.select("h2").eachText()).contains("Local jobs", "Community story");
        assertThat(contract.text())
                .contains("3 FTE")
                .contains("Described in words")
                .contains("Due now");
        assertThat(contract.select("a[href=/portal/commitments/" + portal.jobsCommitmentId() + "/returns/new]"))
                .isNotEmpty();
    }

    @Test
    void aSupplierStartsAReturnOnceEvenOnADoubleClickThenSubmitsItWithTwoFiles() throws Exception {
        String newReturn = "/portal/commitments/" + portal.jobsCommitmentId() + "/returns/new";
        Document form = page(newReturn, portal.supplierUsername());
        String token = form.select("input[name=formToken]").val();
        assertThat(form.select("input[name=period]").eachAttr("value")).contains("Q1 2025/26");

        MvcTestResult first = as(post(newReturn).param("period", "Q1 2025/26").param("formToken", token));
        MvcTestResult second = as(post(newReturn).param("period", "Q1 2025/26").param("formToken", token));

        assertThat(first).hasStatus3xxRedirection();
        String edit = first.getResponse().getRedirectedUrl();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(edit);
        assertThat(returnsOf(portal.jobsCommitmentId())).isEqualTo(1);
        long returnId = Long.parseLong(edit.replaceAll("\\D+", " ").trim().split(" ")[0]);

        MvcTestResult submitted = as(editForm(returnId, "submit", "0.75", "Two apprentices started in April")
                .file(file("payroll.pdf", EvidenceSamples.pdf("Payroll")))
                .file(file("site.png", EvidenceSamples.png()))
                .param("declarations", "contractAndPeriod", "commitment"));

        assertThat(submitted).hasStatus3xxRedirection().hasRedirectedUrl("/portal/returns/" + returnId);
        assertThat(deliveries.returnOfSupplier(portal.supplierId(), returnId).status())
                .isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(evidence.evidenceOf(portal.councilId(), returnId))
                .extracting(EvidenceFile::displayName, EvidenceFile::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("payroll.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("site.png", "image/png"));
        Document view = page("/portal/returns/" + returnId, portal.supplierUsername());
        assertThat(view.select(".govuk-tag").text()).contains("Submitted");
        assertThat(view.select("#evidence-files a").eachText()).containsExactly("payroll.pdf", "site.png");
        assertThat(view.select("#evidence-files button")).isEmpty();
    }

    @Test
    void submittingWithoutQuantityTextOrDeclarationsShowsEachErrorAndSavesNothing() {
        long returnId = draft(Quarter.parse("Q1 2025/26"));

        MvcTestResult result = as(editForm(returnId, "submit", "", ""));

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(body(result));
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#quantity", "#narrative", "#declarations");
        assertThat(page.select("#quantity-error").text()).contains("Enter the quantity delivered in the quarter");
        assertThat(page.title()).startsWith("Error:");
        assertThat(deliveries.returnOfSupplier(portal.supplierId(), returnId).status())
                .isEqualTo(ReturnStatus.DRAFT);

        MvcTestResult badNumber = as(editForm(returnId, "draft", "-3", "Kept text"));
        Document again = Jsoup.parse(body(badNumber));
        assertThat(again.select("#quantity-error").text()).contains("The quantity cannot be negative");
        assertThat(again.select("#narrative").text()).isEqualTo("Kept text");
        assertThat(again.select("#quantity").val()).isEqualTo("-3");
    }

    @Test
    void anExecutableRenamedPdfIsRefusedOnTheFormWithTheRestKeptAndNothingStored() {
        long returnId = draft(Quarter.parse("Q1 2025/26"));
        long contentRows = contentRows();

        MvcTestResult result = as(editForm(returnId, "draft", "1", "Kept text")
                .file(file("fine.pdf", EvidenceSamples.pdf("Fine")))
                .file(file("invoice.pdf", EvidenceSamples.exe())));

        Document page = Jsoup.parse(body(result));
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#evidence");
        assertThat(page.select("#evidence-error").text())
                .contains("The selected file invoice.pdf must be a PDF, PNG, JPEG, DOCX, XLSX or CSV file");
        assertThat(page.select("#narrative").text()).isEqualTo("Kept text");
        assertThat(page.select("#files-not-kept").text()).contains("Choose them again");
        assertThat(contentRows()).isEqualTo(contentRows);
        assertThat(deliveries.returnOfSupplier(portal.supplierId(), returnId).narrative())
                .isNull();
    }

    @Test
    void anHtmlPageRenamedPngAndAFileOfTwentyMegabytesAndOneByteAreRefused() {
        long returnId = draft(Quarter.parse("Q1 2025/26"));

        Document html = Jsoup.parse(
                body(as(editForm(returnId, "draft", "1", "x").file(file("photo.png", EvidenceSamples.html())))));
        Document large = Jsoup.parse(body(as(editForm(returnId, "draft", "1", "x")
                .file(file("big.pdf", EvidenceSamples.pdfOfSize(20 * 1024 * 1024 + 1))))));

        assertThat(html.select("#evidence-error").text()).contains("photo.png must be a PDF");
        assertThat(large.select("#evidence-error").text()).contains("big.pdf must be smaller than 20 MB");
        assertThat(evidence.evidenceOf(portal.councilId(), returnId)).isEmpty();
    }

    @Test
    void aNameWithAPathQuotesAndLineBreaksIsStoredAsDisplayTextAndServedAsASafeAttachment() {
        long returnId = draft(Quarter.parse("Q1 2025/26"));
        as(editForm(returnId, "draft", "1", "x").file(file("../../x\"\r\n.pdf", EvidenceSamples.pdf("X"))));
        EvidenceFile stored = evidence.evidenceOf(portal.councilId(), returnId).get(0);
        assertThat(stored.displayName()).isEqualTo("x.pdf");

        MvcTestResult download = as(get("/portal/returns/" + returnId + "/evidence/" + stored.id()));

        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("x.pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(EvidenceSamples.pdf("X"));
    }

    @Test
    void aFileAddedToADraftCanBeRemoved() {
        long returnId = draft(Quarter.parse("Q1 2025/26"));
        as(editForm(returnId, "draft", "1", "x").file(file("hours.csv", EvidenceSamples.csv())));
        long fileId = evidence.evidenceOf(portal.councilId(), returnId).get(0).id();
        assertThat(page("/portal/returns/" + returnId + "/edit", portal.supplierUsername())
                        .select("#evidence-files button")
                        .text())
                .contains("Remove");

        assertThat(as(post("/portal/returns/" + returnId + "/evidence/" + fileId + "/remove")))
                .hasRedirectedUrl("/portal/returns/" + returnId + "/edit");

        assertThat(evidence.evidenceOf(portal.councilId(), returnId)).isEmpty();
    }

    @Test
    void aStaleEditShowsChangedBySomeoneElseWithTheCurrentValuesAndOverwritesNothing() {
        long returnId = draft(Quarter.parse("Q1 2025/26"));
        assertThat(as(editForm(returnId, "draft", "2", "Their change"))).hasStatus3xxRedirection();

        MvcTestResult stale = as(multipart("/portal/returns/" + returnId + "/edit")
                .param("version", "0")
                .param("action", "draft")
                .param("quantity", "9")
                .param("narrative", "My late change"));

        Document page = Jsoup.parse(body(stale));
        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this return");
        assertThat(page.select("#narrative").text()).isEqualTo("Their change");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(deliveries.returnOfSupplier(portal.supplierId(), returnId).narrative())
                .isEqualTo("Their change");
    }

    @Test
    void aQueriedReturnShowsTheQuestionAndIsAnsweredAndSubmittedAgain() {
        long returnId = draft(Quarter.parse("Q1 2025/26"));
        as(editForm(returnId, "submit", "1", "One post").param("declarations", "contractAndPeriod", "commitment"));
        long version = deliveries.returnOfCouncil(portal.councilId(), returnId).version();
        deliveries.queryReturn(portal.councilId(), returnId, version, "Whose payroll is this?", portal.manager());

        Document view = page("/portal/returns/" + returnId, portal.supplierUsername());
        assertThat(view.select("#council-question").text()).contains("Whose payroll is this?");
        Document edit = page("/portal/returns/" + returnId + "/edit", portal.supplierUsername());
        String current = edit.select("input[name=version]").val();

        assertThat(as(multipart("/portal/returns/" + returnId + "/edit")
                        .param("version", current)
                        .param("action", "submit")
                        .param("quantity", "1")
                        .param("narrative", "One post, payroll of our subcontractor attached")
                        .param("declarations", "contractAndPeriod", "commitment")
                        .file(file("payroll.pdf", EvidenceSamples.pdf("Payroll")))))
                .hasStatus3xxRedirection();
        assertThat(deliveries.returnOfSupplier(portal.supplierId(), returnId).status())
                .isEqualTo(ReturnStatus.SUBMITTED);
    }

    @Test
    void aNarrativeCommitmentAsksForWordsNotAQuantity() {
        long returnId = deliveries.startReturn(
                portal.supplierId(),
                portal.storyCommitmentId(),
                Quarter.parse("Q1 2025/26"),
                null,
                null,
                org.svtracker.domain.audit.Actor.system("test"));

        Document edit = page("/portal/returns/" + returnId + "/edit", portal.supplierUsername());

        assertThat(edit.select("#quantity")).isEmpty();
        assertThat(edit.select("label[for=narrative]").text()).isEqualTo("What was delivered in the quarter");
    }

    @Test
    void anotherSuppliersContractCommitmentReturnAndEvidenceAreNotFoundAndNothingChanges() {
        long returnId = draft(Quarter.parse("Q1 2025/26"));
        as(editForm(returnId, "draft", "1", "Mine").file(file("a.pdf", EvidenceSamples.pdf("A"))));
        long fileId = evidence.evidenceOf(portal.councilId(), returnId).get(0).id();
        String stranger = "supplier.greenway-facilities";
        var strangerUser = user(users.loadUserByUsername(stranger));

        for (String path : List.of(
                "/portal/contracts/" + portal.contractId(),
                "/portal/commitments/" + portal.jobsCommitmentId() + "/returns/new",
                "/portal/returns/" + returnId,
                "/portal/returns/" + returnId + "/edit",
                "/portal/returns/" + returnId + "/evidence/" + fileId)) {
            assertThat(mvc.perform(get(path).with(strangerUser))).as(path).hasStatus(404);
        }
        assertThat(mvc.perform(post("/portal/commitments/" + portal.jobsCommitmentId() + "/returns/new")
                        .param("period", "Q2 2025/26")
                        .param("formToken", java.util.UUID.randomUUID().toString())
                        .with(csrf())
                        .with(strangerUser)))
                .hasStatus(404);
        assertThat(mvc.perform(multipart("/portal/returns/" + returnId + "/edit")
                        .param("version", "1")
                        .param("action", "submit")
                        .param("quantity", "99")
                        .param("narrative", "Hijacked")
                        .param("declarations", "contractAndPeriod", "commitment")
                        .with(csrf())
                        .with(strangerUser)))
                .hasStatus(404);
        assertThat(mvc.perform(post("/portal/returns/" + returnId + "/evidence/" + fileId + "/remove")
                        .with(csrf())
                        .with(strangerUser)))
                .hasStatus(404);

        var mine = deliveries.returnOfSupplier(portal.supplierId(), returnId);
        assertThat(mine.narrative()).isEqualTo("Mine");
        assertThat(mine.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(evidence.evidenceOf(portal.councilId(), returnId)).hasSize(1);
        assertThat(returnsOf(portal.jobsCommitmentId())).isEqualTo(1);
    }

    @Test
    void councilUsersCannotUseThePortal() {
        long returnId = draft(Quarter.parse("Q1 2025/26"));
        var manager = user(users.loadUserByUsername(portal.managerUsername()));

        for (String path : List.of(
                "/portal/contracts/" + portal.contractId(),
                "/portal/commitments/" + portal.jobsCommitmentId() + "/returns/new",
                "/portal/returns/" + returnId,
                "/portal/returns/" + returnId + "/edit",
                "/portal/returns/" + returnId + "/evidence/1")) {
            assertThat(mvc.perform(get(path).with(manager))).as(path).hasStatus(403);
        }
        assertThat(mvc.perform(multipart("/portal/returns/" + returnId + "/edit")
                        .param("version", "0")
                        .param("action", "submit")
                        .param("quantity", "5")
                        .param("narrative", "By the council")
                        .with(csrf())
                        .with(manager)))
                .hasStatus(403);
        assertThat(mvc.perform(post("/portal/commitments/" + portal.jobsCommitmentId() + "/returns/new")
                        .param("period", "Q2 2025/26")
                        .with(csrf())
                        .with(manager)))
                .hasStatus(403);
        assertThat(deliveries.returnOfSupplier(portal.supplierId(), returnId).narrative())
                .isNull();
    }

    private long draft(Quarter quarter) {
        return deliveries.startReturn(
                portal.supplierId(),
                portal.jobsCommitmentId(),
                quarter,
                null,
                null,
                org.svtracker.domain.audit.Actor.system("test"));
    }

    private MockMultipartHttpServletRequestBuilder editForm(
            long returnId, String action, String quantity, String text) {
        long version =
                deliveries.returnOfSupplier(portal.supplierId(), returnId).version();
        return (MockMultipartHttpServletRequestBuilder) multipart("/portal/returns/" + returnId + "/edit")
                .param("version", String.valueOf(version))
                .param("action", action)
                .param("quantity", quantity)
                .param("narrative", text);
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("evidence", name, "application/pdf", bytes);
    }

    private MvcTestResult as(AbstractMockHttpServletRequestBuilder<?> request) {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(portal.supplierUsername()))));
    }

    private Document page(String path, String username) {
        MvcTestResult result = mvc.perform(get(path).with(user(users.loadUserByUsername(username))));
        assertThat(result).as(path).hasStatusOk();
        return Jsoup.parse(body(result));
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long returnsOf(long commitmentId) {
        return jdbc.sql("select count(*) from delivery_return where commitment_id = ?")
                .param(commitmentId)
                .query(Long.class)
                .single();
    }

    private long contentRows() {
        return jdbc.sql("select count(*) from evidence_content")
                .query(Long.class)
                .single();
    }
}
