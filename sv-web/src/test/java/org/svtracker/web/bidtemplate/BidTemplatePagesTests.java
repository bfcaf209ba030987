package org.svtracker.web.bidtemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.web.WebIntegrationTest;

/** The commitments template pages: who may use them, the checks of an upload, preview and confirm. */
@WebIntegrationTest
class BidTemplatePagesTests {

    static final String HEADER =
            "Measure,Unit,Target quantity,Due date,Primary outcome,Local,Deadweight %,Attribution %,Narrative\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.svtracker.domain.supplier.Suppliers suppliers;

    long contractId;
    String base;
    String filled;

    @BeforeEach
    void aSurreyContractInTender() {
        long surrey = councilId("surrey");
        contractId = fixtures.contractInTender(
                surrey,
                Actor.system("test"),
                aContract("TPL-" + UUID.randomUUID().toString().substring(0, 8))
                        .titled("Highways drainage cleansing")
                        .worth("800000.00")
                        .running(LocalDate.of(2027, 4, 1), LocalDate.of(2030, 3, 31))
                        .weighting("20")
                        .localArea("Surrey"));
        base = "/contracts/" + contractId + "/commitments";
        // Two measures of Surrey's library, each with the outcome it serves first.
        filled = HEADER
                + jdbc.sql("""
                                select m.code || ',,5,31/03/2029,' || o.code || ',yes,,,' from measure m
                                join measure_outcome mo on mo.measure_id = m.id and mo.position = 0
                                join outcome o on o.id = mo.outcome_id
                                where m.council_id = ? and m.kind = 'VALUED' order by m.code limit 2
                                """).param(surrey).query(String.class).list().stream()
                        .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void theProcurementOfficerAndTheCouncilAdminDownloadTheTemplateAndNoOtherRoleDoes() throws Exception {
        MvcTestResult workbook = get(base + "/template.xlsx", "procurement.surrey");
        assertThat(workbook).hasStatusOk();
        assertThat(workbook.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook read =
                new XSSFWorkbook(new ByteArrayInputStream(workbook.getResponse().getContentAsByteArray()))) {
            assertThat(read.getSheet("Commitments").getDataValidations()).isNotEmpty();
            assertThat(read.getSheet("Instructions")).isNotNull();
        }
        MvcTestResult csv = get(base + "/template.csv", "admin.surrey");
        assertThat(csv).hasStatusOk();
        assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFMeasure,Unit");
        assertThat(get(base + "/upload", "admin.surrey")).hasStatusOk();

        for (String refused :
                new String[] {"contracts.surrey", "councillor.surrey", "supplier.greenway-facilities", "platform.admin"
                }) {
            assertThat(get(base + "/template.xlsx", refused)).as(refused).hasStatus(403);
            assertThat(get(base + "/upload", refused)).as(refused).hasStatus(403);
            assertThat(upload("bid.csv", filled, refused)).as(refused).hasStatus(403);
        }
        assertThat(uploadsOfThisContract()).isZero();
    }

    @Test
    void anotherCouncilsContractIsNotFoundAndAnUploadOrConfirmWithItChangesNothing() {
        assertThat(get(base + "/upload", "procurement.oxfordshire")).hasStatus(404);
        assertThat(get(base + "/template.xlsx", "procurement.oxfordshire")).hasStatus(404);
        assertThat(upload("bid.csv", filled, "procurement.oxfordshire")).hasStatus(404);
        assertThat(uploadsOfThisContract()).isZero();

        String preview =
                upload("bid.csv", filled, "procurement.surrey").getResponse().getRedirectedUrl();
        assertThat(get(preview, "procurement.oxfordshire")).hasStatus(404);
        assertThat(post(preview + "/confirm", "admin.oxfordshire")).hasStatus(404);
        assertThat(get(base + "/upload/not-an-id", "procurement.surrey")).hasStatus(404);
        assertThat(commitmentsOfThisContract()).isZero();
    }

    @Test
    void aFileOver2MbIsRefusedOnTheForm() throws Exception {
        String big = filled + ",,,,,,,,\n".repeat(2 * 1024 * 1024 / 9 + 1);

        Document page = page(upload("bid.csv", big, "procurement.surrey"));

        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly("The selected file must be smaller than 2 MB");
        assertThat(page.select("#file-error").text()).contains("The selected file must be smaller than 2 MB");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(uploadsOfThisContract()).isZero();
        assertThat(page(get(base + "/upload?tooLarge=true", "procurement.surrey"))
                        .select(".govuk-error-summary a")
                        .eachText())
                .containsExactly("The selected file must be smaller than 2 MB");
    }

    @Test
    void everyProblemIsListedByRowAndColumnAndNothingIsKept() throws Exception {
        String withProblems = filled + "NOPE,,0,2029-02-30,,maybe,,,\n";

        Document page = page(upload("bid.csv", withProblems, "procurement.surrey"));

        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly(
                        "Row 4, measure: there is no measure \"NOPE\" in the council's library: select one from the list",
                        "Row 4, target quantity: enter a number greater than 0",
                        "Row 4, due date: enter a real date, like 31/03/2028",
                        "Row 4, local: enter yes or no");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsOnly("#file");
        assertThat(page.select("#file-error").text()).contains("The file has 4 problems");
        assertThat(uploadsOfThisContract()).isZero();
    }

    @Test
    void aFileThatIsNotAValidWorkbookOrCsvAndNoFileAtAllGetAClearMessage() throws Exception {
        assertThat(page(upload("bid.xlsx", "not a workbook", "procurement.surrey"))
                        .select(".govuk-error-summary a")
                        .eachText())
                .containsExactly("The selected file is not a valid XLSX workbook. Download the template again, or save"
                        + " your spreadsheet as an Excel Workbook (.xlsx) or as CSV UTF-8");
        assertThat(page(upload("", "", "procurement.surrey"))
                        .select(".govuk-error-summary a")
                        .eachText())
                .containsExactly("Select a file to upload");
        assertThat(page(upload("bid.csv", "", "procurement.surrey"))
                        .select(".govuk-error-summary a")
                        .eachText())
                .containsExactly("The selected file is empty");
    }

    @Test
    void thePreviewShowsWhatWillBeCreatedAndConfirmingTwiceCreatesTheCommitmentsOnce() throws Exception {
        MvcTestResult uploaded = upload("bid.csv", filled, "procurement.surrey");
        String preview = uploaded.getResponse().getRedirectedUrl();
        assertThat(preview).startsWith(base + "/upload/");

        Document page = page(get(preview, "procurement.surrey"));
        assertThat(page.select("h1").text()).isEqualTo("Check the commitments before you add them");
        assertThat(page.select("table tbody tr")).hasSize(2);
        assertThat(page.select(".govuk-summary-list").text())
                .contains("Share of the contract value")
                .contains("council target 10%");
        assertThat(page.select("#confirm").text()).isEqualTo("Add 2 commitments");
        assertThat(page.select("[aria-labelledby=confirmed-title]")).isEmpty();
        assertThat(commitmentsOfThisContract()).isZero();

        assertThat(post(preview + "/confirm", "procurement.surrey")).hasRedirectedUrl(preview);
        assertThat(post(preview + "/confirm", "procurement.surrey")).hasRedirectedUrl(preview);

        assertThat(commitmentsOfThisContract()).isEqualTo(2);
        Document done = page(get(preview, "procurement.surrey"));
        assertThat(done.select("[aria-labelledby=confirmed-title]").text())
                .contains("2 commitments were added from bid.csv");
        assertThat(done.select("#confirm")).isEmpty();
    }

    @Test
    void confirmingAfterTheContractWentLiveIsRefusedAndCreatesNothing() throws Exception {
        String preview =
                upload("bid.csv", filled, "procurement.surrey").getResponse().getRedirectedUrl();
        long surrey = councilId("surrey");
        // A supplier of this test's own: the demo suppliers' portals are checked by other tests.
        long supplier = suppliers.registerSupplier(
                new org.svtracker.domain.supplier.NewSupplier(
                        null,
                        "Template test drainage " + UUID.randomUUID(),
                        null,
                        org.svtracker.domain.supplier.SupplierSize.SMALL,
                        false,
                        "GU1 1AA"),
                Actor.system("test"));
        fixtures.awardAndStartDelivery(surrey, Actor.system("test"), contractId, supplier, LocalDate.of(2026, 10, 1));

        MvcTestResult refused = post(preview + "/confirm", "procurement.surrey");

        assertThat(refused).hasStatus(409);
        assertThat(page(refused).select("#locked-reason").text()).contains("is live");
        assertThat(commitmentsOfThisContract()).isZero();
        assertThat(page(get(base + "/upload", "procurement.surrey"))
                        .select("h1")
                        .text())
                .isEqualTo("The commitments of this contract can no longer change");
        assertThat(get(base + "/template.csv", "procurement.surrey")).hasStatus(404);
    }

    private long uploadsOfThisContract() {
        return jdbc.sql("select count(*) from commitment_upload where contract_id = ?")
                .param(contractId)
                .query(Long.class)
                .single();
    }

    private long commitmentsOfThisContract() {
        return jdbc.sql("select count(*) from commitment where contract_id = ?")
                .param(contractId)
                .query(Long.class)
                .single();
    }

    private long councilId(String slug) {
        return jdbc.sql("select id from council where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private MvcTestResult get(String uri, String username) {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
    }

    private MvcTestResult post(String uri, String username) {
        return mvc.post()
                .uri(uri)
                .with(user(users.loadUserByUsername(username)))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult upload(String fileName, String content, String username) {
        return mvc.post()
                .uri(base + "/upload")
                .multipart()
                .file(new MockMultipartFile("file", fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .with(user(users.loadUserByUsername(username)))
                .with(csrf())
                .exchange();
    }

    private static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
