package org.svtracker.domain.commitment.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.FrameworkView.OutcomeView;
import org.svtracker.domain.framework.FrameworkView.ThemeView;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.measure.MeasureView.ProxyView;
import org.svtracker.domain.money.Money;

/** Reading and checking a filled-in commitments template, XLSX or CSV, without a database. */
class TemplateCheckTests {

    static final String HEADER =
            "Measure,Unit,Target quantity,Due date,Primary outcome,Local,Deadweight %,Attribution %,Narrative\n";

    static final FrameworkView FRAMEWORK = new FrameworkView(
            1,
            "Test policy",
            LocalDate.of(2024, 4, 1),
            List.of(
                    new ThemeView(
                            10,
                            "ECO",
                            "Economic",
                            List.of(
                                    new OutcomeView(1, "EMP", "More local people in work", false),
                                    new OutcomeView(2, "SKL", "Better skills", false))),
                    new ThemeView(
                            11,
                            "SOC",
                            "Social",
                            List.of(
                                    new OutcomeView(3, "COM", "Stronger communities", false),
                                    new OutcomeView(4, "OLD", "A retired outcome", true)))));

    static final List<MeasureView> MEASURES = List.of(
            new MeasureView(
                    100,
                    "JOBS",
                    "Local jobs",
                    MeasureUnit.FTE,
                    "Full-time equivalents",
                    MeasureKind.VALUED,
                    List.of(1L, 2L),
                    List.of(
                            new ProxyView(FinancialYear.parse("2024/25"), Money.of("24000.00"), "Test", "Test"),
                            new ProxyView(FinancialYear.parse("2025/26"), Money.of("25000.00"), "Test", "Test")),
                    0),
            new MeasureView(
                    101,
                    "VISITS",
                    "School visits",
                    MeasureUnit.NUMBER,
                    "Visits",
                    MeasureKind.COUNTED,
                    List.of(2L),
                    List.of(),
                    0),
            new MeasureView(
                    102, "STORY", "Community story", null, null, MeasureKind.NARRATIVE, List.of(3L, 4L), List.of(), 0),
            new MeasureView(
                    103,
                    "RETIRED",
                    "Serves only a retired outcome",
                    MeasureUnit.HOURS,
                    null,
                    MeasureKind.COUNTED,
                    List.of(4L),
                    List.of(),
                    0));

    static final TemplateCatalogue CATALOGUE =
            new TemplateCatalogue(MEASURES, FRAMEWORK, FinancialYear.parse("2026/27"));

    static final ContractView CONTRACT = new ContractView(
            7,
            1,
            "TST-1",
            "Test contract",
            ContractCategory.SERVICES,
            Money.of("1000000.00"),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2029, 12, 31),
            ContractStatus.IN_TENDER,
            new BigDecimal("10"),
            null,
            null,
            null,
            null,
            null,
            null,
            "Testshire",
            0);

    @Test
    void aValidCsvGivesOneCommitmentPerFilledRowAndSkipsBlankRows() {
        TemplateCheck check = csv(HEADER
                + "JOBS – Local jobs,FTE,12.5,31/03/2028,SKL,yes,10,20%,\n"
                + ",,,,,,,,\n"
                + "\n"
                + "visits,,\"1,200\",2028-03-31,,,,,\n"
                + "STORY,,,,COM,no,,,We will run a community garden\n");

        assertThat(check.problems()).isEmpty();
        assertThat(check.drafts()).extracting(CommitmentDraft::row).containsExactly(2, 5, 6);
        CommitmentDraft jobs = check.drafts().get(0);
        assertThat(jobs.measure().code()).isEqualTo("JOBS");
        assertThat(jobs.targetQuantity()).isEqualByComparingTo("12.5");
        assertThat(jobs.dueDate()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(jobs.primaryOutcome().code()).isEqualTo("SKL");
        assertThat(jobs.local()).isTrue();
        assertThat(jobs.deadweightPercent()).isEqualByComparingTo("10");
        assertThat(jobs.attributionPercent()).isEqualByComparingTo("20");
        CommitmentDraft visits = check.drafts().get(1);
        assertThat(visits.targetQuantity()).isEqualByComparingTo("1200");
        assertThat(visits.primaryOutcome().code())
                .as("a blank outcome is the measure's first")
                .isEqualTo("SKL");
        CommitmentDraft story = check.drafts().get(2);
        assertThat(story.targetQuantity()).isNull();
        assertThat(story.narrative()).isEqualTo("We will run a community garden");
    }

    @Test
    void everyProblemOfEveryRowIsReportedWithItsRowAndColumnAndNothingIsGiven() {
        TemplateCheck check = csv(HEADER
                + "JOBS,FTE,0,31/02/2028,COM,maybe,120,abc,\n"
                + "NOPE,,5,2028-01-01,,,,,\n"
                + ",,,,,,,,something without a measure\n"
                + "STORY,,3,,,,,,\n"
                + "VISITS,,2.1234,,XYZ,,,,\n"
                + "RETIRED,,2,2028-01-01,,,,,\n"
                + "VISITS,,2,2028-01-01,OLD,,,,\n");

        assertThat(check.drafts()).isEmpty();
        assertThat(check.problems())
                .extracting(p -> "Row " + p.row() + ", "
                        + (p.column() == null ? "-" : p.column().inSentence()) + ": " + p.message())
                .containsExactly(
                        "Row 2, target quantity: enter a number greater than 0",
                        "Row 2, due date: enter a real date, like 31/03/2028",
                        "Row 2, primary outcome: measure JOBS does not serve outcome COM: choose one of EMP, SKL, or leave it blank for EMP",
                        "Row 2, local: enter yes or no",
                        "Row 2, deadweight: enter a percentage from 0 to 100, like 25",
                        "Row 2, attribution: enter a percentage from 0 to 100, like 25",
                        "Row 3, measure: there is no measure \"NOPE\" in the council's library: select one from the list",
                        "Row 4, measure: select a measure from the list, or enter a measure code",
                        "Row 4, target quantity: enter the target quantity",
                        "Row 5, target quantity: leave it blank: STORY is a narrative measure, so describe the commitment in the narrative instead",
                        "Row 5, narrative: describe the commitment: STORY is a narrative measure",
                        "Row 6, target quantity: enter a number with at most 3 decimal places",
                        "Row 6, due date: enter the date the target is due, like 31/03/2028",
                        "Row 6, primary outcome: there is no outcome \"XYZ\" in the council's framework: select one from the list",
                        "Row 7, primary outcome: RETIRED serves none of the council's current outcomes: choose another measure",
                        "Row 8, primary outcome: outcome OLD has been retired: choose another");
    }

    @Test
    void aCsvWithAByteOrderMarkAndWindowsLineEndingsReadsTheSame() {
        byte[] content = ("\uFEFF" + HEADER + "JOBS,,1,2028-03-31,,,,,\n")
                .replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);

        TemplateCheck check = check("commitments.csv", content);

        assertThat(check.problems()).isEmpty();
        assertThat(check.drafts()).hasSize(1);
    }

    @Test
    void aHeaderWithAnUnknownOrMissingColumnIsReportedOnItsRow() {
        TemplateCheck check = csv("Measure,Quantity,Due date\nJOBS,1,2028-03-31\n");

        assertThat(check.problems())
                .extracting(TemplateProblem::row, TemplateProblem::column, TemplateProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                1, null, "the column \"Quantity\" is not part of the template: remove it"),
                        org.assertj.core.groups.Tuple.tuple(
                                1,
                                TemplateColumn.TARGET_QUANTITY,
                                "the column is missing: download the template again and fill it in"));
    }

    @Test
    void anEmptyFileAFileOfOnlyHeadingsAndARenamedFileAreRefusedWithAClearMessage() {
        assertThat(check("commitments.csv", new byte[0]).problems())
                .extracting(TemplateProblem::message)
                .containsExactly("The selected file is empty");
        assertThat(csv(HEADER + ",,,,,,,,\n").problems())
                .extracting(TemplateProblem::message)
                .containsExactly(TemplateFiles.NO_ROWS);
        assertThat(check("commitments.xlsx", (HEADER + "JOBS,,1,2028-03-31,,,,,\n").getBytes(StandardCharsets.UTF_8))
                        .problems())
                .extracting(TemplateProblem::message)
                .containsExactly(TemplateFiles.NOT_XLSX);
        assertThat(check("commitments.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3})
                        .problems())
                .extracting(TemplateProblem::message)
                .containsExactly(TemplateFiles.NOT_XLSX);
        assertThat(check("commitments.csv", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})
                        .problems())
                .extracting(TemplateProblem::message)
                .containsExactly(TemplateFiles.OLD_EXCEL);
        assertThat(check("commitments.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41, 0})
                        .problems())
                .extracting(TemplateProblem::message)
                .containsExactly(TemplateFiles.NOT_CSV);
        assertThat(check("commitments.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))
                        .problems())
                .extracting(TemplateProblem::message)
                .containsExactly(TemplateFiles.WRONG_TYPE);
    }

    @Test
    void theWorkbookTemplateFilledInExcelWithNumbersDatesAndPercentagesReadsBack() throws IOException {
        byte[] template = TemplateWriter.workbook(CONTRACT, CATALOGUE);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("Commitments");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            Row row = sheet.getRow(3);
            row.createCell(0).setCellValue("JOBS – Local jobs");
            row.createCell(2).setCellValue(2.5);
            row.createCell(3).setCellValue(LocalDate.of(2028, 3, 31));
            row.getCell(3).setCellStyle(date);
            row.createCell(5).setCellValue("yes");
            row.createCell(6).setCellValue(0.25);
            row.getCell(6).setCellStyle(percent);
            row.createCell(7).setCellValue(10);
            Row later = sheet.getRow(6); // rows 5 and 6 stay empty but for the unit formula
            later.createCell(0).setCellValue("VISITS – School visits");
            later.createCell(2).setCellValue(40);
            later.createCell(3).setCellValue(LocalDate.of(2029, 6, 30));
            later.getCell(3).setCellStyle(date);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        TemplateCheck check = check("anything.xlsx", filled);

        assertThat(check.problems()).isEmpty();
        assertThat(check.drafts()).extracting(CommitmentDraft::row).containsExactly(4, 7);
        CommitmentDraft jobs = check.drafts().get(0);
        assertThat(jobs.targetQuantity()).isEqualByComparingTo("2.5");
        assertThat(jobs.dueDate()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(jobs.primaryOutcome().code()).isEqualTo("EMP");
        assertThat(jobs.deadweightPercent()).isEqualByComparingTo("25");
        assertThat(jobs.attributionPercent()).isEqualByComparingTo("10");
        assertThat(check.drafts().get(1).targetQuantity()).isEqualByComparingTo("40");
    }

    @Test
    void aWorkbookMadeForAnotherContractIsRefused() {
        byte[] template = TemplateWriter.workbook(CONTRACT, CATALOGUE);

        TemplateCheck check = TemplateCheck.of(TemplateFiles.read("t.xlsx", template), CATALOGUE, "OTHER-9");

        assertThat(check.problems())
                .extracting(TemplateProblem::message)
                .containsExactly("The file is the template of contract TST-1, not of OTHER-9."
                        + " Upload it on that contract's page, or download this contract's template");
    }

    @Test
    void thePreviewValuesEachCommitmentAtTheProxyInForceAndGivesTheShareOfTheContractValue() {
        TemplateCheck check = csv(HEADER + "JOBS,,2,2028-03-31,,,10,,\nVISITS,,5,2028-03-31,,,,,\n");

        UploadPreview preview = UploadPreview.of(CONTRACT, check.drafts(), List.of(), CATALOGUE, new BigDecimal("10"));

        // 2026/27 has no proxy of its own, so 2025/26's £25,000 is in force: 2 × 25,000 = 50,000 gross, 45,000 net.
        UploadPreview.Line jobs = preview.lines().get(0);
        assertThat(jobs.proxyPerUnit()).isEqualTo(Money.of("25000.00"));
        assertThat(jobs.gross()).isEqualTo(Money.of("50000.00"));
        assertThat(jobs.net()).isEqualTo(Money.of("45000.00"));
        assertThat(preview.lines().get(1).gross())
                .as("a counted measure has no £ value")
                .isNull();
        assertThat(preview.totalGross()).isEqualTo(Money.of("50000.00"));
        assertThat(preview.percentOfContractValue()).isEqualByComparingTo("5.00");
        assertThat(preview.meetsTarget()).isFalse();
    }

    private static TemplateCheck csv(String text) {
        return check("commitments.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static TemplateCheck check(String name, byte[] content) {
        return TemplateCheck.of(TemplateFiles.read(name, content), CATALOGUE, CONTRACT.reference());
    }
}
