package org.svtracker.domain.commitment.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractNotFound;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;

@DomainIntegrationTest
class CommitmentUploadsTests {

    static final String FILLED = TemplateCheckTests.HEADER
            + "JOBS – Local jobs,FTE,12.5,31/03/2028,SKL,yes,10,,\n"
            + "VISITS,,40,2028-03-31,,,,,\n"
            + "STORY,,,,,,,,A community garden at the depot\n";

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    Contracts contracts;

    @Autowired
    Commitments commitments;

    @Autowired
    CommitmentUploads uploads;

    @Autowired
    Frameworks frameworks;

    @Autowired
    JdbcClient jdbc;

    TestCouncil council;
    long contractId;

    @BeforeEach
    void aContractInTender() {
        council = fixtures.council("uploadshire");
        contractId = fixtures.contractInTender(
                council,
                aContract("UPL-1")
                        .titled("Road resurfacing")
                        .category(ContractCategory.WORKS)
                        .worth("2500000.00")
                        .running(LocalDate.of(2027, 4, 1), LocalDate.of(2029, 3, 31))
                        .staffOf(council)
                        .localArea("Uploadshire"));
    }

    @Test
    void theWorkbookTemplateHasTheContractADropDownOfTheMeasuresAndInstructions() throws Exception {
        byte[] template = uploads.workbookTemplate(council.id(), contractId);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Commitments");
            XSSFSheet sheet = workbook.getSheet("Commitments");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("UPL-1");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Road resurfacing");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Measure");
            DataValidation measures = sheet.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 0)
                    .findFirst()
                    .orElseThrow();
            assertThat(measures.getValidationConstraint().getFormula1()).isEqualTo("Measures!$A$2:$A$5");
            assertThat(measures.getRegions().getCellRangeAddress(0).getFirstRow())
                    .isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(1).getCellFormula()).contains("VLOOKUP(A4,Measures!");

            XSSFSheet library = workbook.getSheet("Measures");
            assertThat(library.isSheetLocked()).isTrue();
            assertThat(library.getRow(1).getCell(0).getStringCellValue()).isEqualTo("JOBS – Local jobs");
            assertThat(library.getRow(1).getCell(3).getStringCellValue()).isEqualTo("FTE");
            assertThat(library.getRow(1).getCell(5).getStringCellValue()).isEqualTo("EMP; SKL");
            assertThat(workbook.getSheet("Outcomes").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("EMP – More local people in work");
            XSSFSheet instructions = workbook.getSheet("Instructions");
            StringBuilder text = new StringBuilder();
            instructions.forEach(row ->
                    row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
            for (TemplateColumn column : TemplateColumn.values()) {
                assertThat(text).as("instructions for " + column).contains(column.header() + "\n");
            }
        }
        assertThat(new String(uploads.csvTemplate(council.id(), contractId), StandardCharsets.UTF_8))
                .isEqualTo(
                        "\uFEFFMeasure,Unit,Target quantity,Due date,Primary outcome,Local,Deadweight %,Attribution %,Narrative\r\n");
    }

    @Test
    void nothingIsCreatedUntilConfirmAndConfirmingTwiceCreatesTheCommitmentsOnce() {
        var upload = uploads.upload(council.id(), contractId, "bid.csv", bytes(FILLED), council.officer());
        assertThat(upload.problems()).isEmpty();
        assertThat(commitments.commitmentsOf(council.id(), contractId)).isEmpty();

        var view = uploads.upload(council.id(), contractId, upload.uploadId());
        assertThat(view.preview().lines()).hasSize(3);

        var first = uploads.confirm(council.id(), contractId, upload.uploadId(), council.officer());
        var second = uploads.confirm(council.id(), contractId, upload.uploadId(), council.officer());

        assertThat(first.created()).isEqualTo(3);
        assertThat(first.alreadyConfirmed()).isFalse();
        assertThat(second.alreadyConfirmed()).isTrue();
        assertThat(second.created()).isEqualTo(3);
        assertThat(commitments.commitmentsOf(council.id(), contractId)).hasSize(3);
        assertThat(uploads.upload(council.id(), contractId, upload.uploadId()).confirmed())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where council_id = ? and action = 'COMMITMENTS_UPLOADED'")
                        .param(council.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFileWithAProblemIsNotKeptAndCreatesNothing() {
        var upload = uploads.upload(
                council.id(), contractId, "bid.csv", bytes(FILLED + "JOBS,,-1,2028-03-31,,,,,\n"), council.officer());

        assertThat(upload.accepted()).isFalse();
        assertThat(upload.problems())
                .extracting(TemplateProblem::row, TemplateProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "enter a number greater than 0"));
        assertThat(jdbc.sql("select count(*) from commitment_upload where council_id = ?")
                        .param(council.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFileThatNoLongerPassesAtConfirmBecauseTheFrameworkChangedCreatesNone() {
        var upload = uploads.upload(council.id(), contractId, "bid.csv", bytes(FILLED), council.officer());
        frameworks.retireOutcome(council.id(), council.outcomes().get("SKL"), 0, council.officer());

        var result = uploads.confirm(council.id(), contractId, upload.uploadId(), council.officer());

        assertThat(result.created()).isZero();
        assertThat(result.problems())
                .extracting(TemplateProblem::row, TemplateProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "outcome SKL has been retired: choose another"),
                        org.assertj.core.groups.Tuple.tuple(
                                3, "VISITS serves none of the council's current outcomes: choose another measure"));
        assertThat(commitments.commitmentsOf(council.id(), contractId)).isEmpty();
    }

    @Test
    void onceTheContractIsLiveNothingCanBeUploadedOrConfirmed() {
        var upload = uploads.upload(council.id(), contractId, "bid.csv", bytes(FILLED), council.officer());
        long supplier = fixtures.supplier("Upload Builders Ltd");
        fixtures.awardAndStartDelivery(council, contractId, supplier, LocalDate.of(2026, 10, 1));

        assertThatThrownBy(() -> uploads.confirm(council.id(), contractId, upload.uploadId(), council.officer()))
                .isInstanceOf(CommitmentsLocked.class);
        assertThatThrownBy(() -> uploads.upload(council.id(), contractId, "bid.csv", bytes(FILLED), council.officer()))
                .isInstanceOf(CommitmentsLocked.class);
        assertThatThrownBy(() -> uploads.workbookTemplate(council.id(), contractId))
                .isInstanceOf(CommitmentsLocked.class);
        assertThat(commitments.commitmentsOf(council.id(), contractId)).isEmpty();
    }

    @Test
    void anotherCouncilCannotSeeUploadOrConfirm() {
        var upload = uploads.upload(council.id(), contractId, "bid.csv", bytes(FILLED), council.officer());
        TestCouncil other = fixtures.council("othershire");

        assertThatThrownBy(() -> uploads.upload(other.id(), contractId, "bid.csv", bytes(FILLED), other.officer()))
                .isInstanceOf(ContractNotFound.class);
        assertThatThrownBy(() -> uploads.confirm(other.id(), contractId, upload.uploadId(), other.officer()))
                .isInstanceOf(CommitmentUploadNotFound.class);
        assertThatThrownBy(() -> uploads.upload(council.id(), contractId, UUID.randomUUID()))
                .isInstanceOf(CommitmentUploadNotFound.class);
        assertThat(commitments.commitmentsOf(council.id(), contractId)).isEmpty();
    }

    @Test
    void afterAwardThePreviewUsesTheAwardYearsProxyAndTheCommitmentsAreFrozenAtIt() {
        long supplier = fixtures.supplier("Upload Builders Ltd");
        contracts.awardContract(council.id(), contractId, 1, supplier, LocalDate.of(2025, 3, 15), council.officer());
        var upload = uploads.upload(council.id(), contractId, "bid.csv", bytes(FILLED), council.officer());

        var preview =
                uploads.upload(council.id(), contractId, upload.uploadId()).preview();
        uploads.confirm(council.id(), contractId, upload.uploadId(), council.officer());

        // 2024/25's £24,000 per FTE: 12.5 × 24,000 = 300,000 gross, less 10% deadweight = 270,000 net.
        assertThat(preview.lines().get(0).gross().amount()).isEqualByComparingTo("300000.00");
        assertThat(preview.lines().get(0).net().amount()).isEqualByComparingTo("270000.00");
        assertThat(commitments
                        .commitmentsOf(council.id(), contractId)
                        .get(0)
                        .grossValue()
                        .amount())
                .isEqualByComparingTo("300000.00");
        assertThat(preview.percentOfContractValue()).isEqualByComparingTo("12.00");
        assertThat(preview.meetsTarget()).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
