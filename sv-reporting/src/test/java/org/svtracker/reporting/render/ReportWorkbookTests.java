package org.svtracker.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.domain.testing.TestDatabaseConfiguration;
import org.svtracker.reporting.ReportingTestApplication;
import org.svtracker.reporting.report.AnnualReports;
import org.svtracker.reporting.report.KnownCouncilYear;

/** The workbook of the known council-year, read back with POI. */
@SpringBootTest(classes = ReportingTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class, QueryCounter.class, KnownCouncilYear.class})
@Transactional
class ReportWorkbookTests {

    @Autowired
    KnownCouncilYear knownCouncilYear;

    @Autowired
    AnnualReports reports;

    XSSFWorkbook workbook;

    @BeforeEach
    void theWorkbookOfAKnownCouncilYear() throws IOException {
        KnownCouncilYear.Known known = knownCouncilYear.create();
        byte[] xlsx = ReportWorkbook.render(
                reports.build(known.council().id(), KnownCouncilYear.YEAR, KnownCouncilYear.TODAY));
        workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void theAboutSheetComesFirstThenOneSheetPerSectionNamedAsTheCsvFiles() {
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(sheet -> names.add(sheet.getSheetName()));
        List<String> expected = new ArrayList<>(List.of("About"));
        expected.addAll(ReportCsv.sections());

        assertThat(names).isEqualTo(expected);
    }

    @Test
    void theAboutSheetNamesTheCouncilTheYearTheDayAndTheCountingRules() {
        Sheet about = workbook.getSheet("About");

        assertThat(text(about, 1, 1)).isEqualTo("reportshire Council");
        assertThat(text(about, 2, 1)).isEqualTo("2025/26");
        assertThat(about.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(text(about, 4, 1))
                .isEqualTo("Delivered means verified by the council; claimed means submitted and not yet verified;"
                        + " the two are never added. Totals by theme and outcome use each commitment's primary"
                        + " outcome only. Each return is valued once at the proxy frozen when its contract was"
                        + " awarded.");
        assertThat(workbook.getProperties().getCoreProperties().getTitle())
                .isEqualTo("Social value annual report 2025/26: reportshire Council");
    }

    @Test
    void theHeadlineFiguresAreNumbersAndMoneyIsFormattedInPounds() {
        Sheet headline = workbook.getSheet("headline");

        assertThat(number(headline, "In-scope contracts awarded in the year")).isEqualTo(1);
        assertThat(number(headline, "Value of in-scope contracts awarded (£)")).isEqualTo(2500000.00);
        assertThat(number(headline, "Social value committed, gross (£)")).isEqualTo(116930.00);
        assertThat(number(headline, "Social value committed, net (£)")).isEqualTo(94813.75);
        assertThat(number(headline, "Social value committed as % of contract value"))
                .isEqualTo(4.68);
        assertThat(number(headline, "Council's target (% of contract value)")).isEqualTo(10);
        assertThat(number(headline, "Delivered in the year, verified (£)")).isEqualTo(8536.63);
        assertThat(number(headline, "Delivered in the year, net (£)")).isEqualTo(6845.17);
        assertThat(number(headline, "Claimed in the year, not yet verified (£)"))
                .isEqualTo(1693.00);
        assertThat(number(headline, "Delivered since the council started, verified (£)"))
                .isEqualTo(33536.63);
        assertThat(text(headline, find(headline, "First year with verified delivery"), 1))
                .isEqualTo("2024/25");
        Cell delivered = headline.getRow(find(headline, "Delivered in the year, verified (£)"))
                .getCell(1);
        assertThat(delivered.getCellStyle().getDataFormatString()).isEqualTo("£#,##0.00");
    }

    @Test
    void everySheetHasABoldHeaderRow() {
        for (String section : ReportCsv.sections()) {
            Row header = workbook.getSheet(section).getRow(0);
            assertThat(header.getCell(0).getCellType()).as(section).isEqualTo(CellType.STRING);
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .as(section)
                    .isTrue();
        }
    }

    @Test
    void eachSectionSheetHoldsTheReportsLinesAsTextNumbersAndDates() {
        assertThat(line(workbook.getSheet("themes"), 1)).containsExactly("ECO", "Economic", 8325.00, 0.0);
        assertThat(line(workbook.getSheet("outcomes"), 1)).containsExactly("ECO", "SKL", "Better skills", 8325.00, 0.0);
        assertThat(line(workbook.getSheet("measures"), 4))
                .containsExactly("VOL", "Volunteering", "hours", "valued", 12.5, 100.0, 0.0, 211.63, 1693.00);
        assertThat(line(workbook.getSheet("top-contracts"), 1))
                .containsExactly("RPT-1", "Contract RPT-1", "Report Builders Ltd", 116930.00, 8536.63, 1693.00);
        assertThat(line(workbook.getSheet("supplier-groups"), 2))
                .containsExactly("SMALL", "Small businesses", 8536.63, 1693.00);
        assertThat(line(workbook.getSheet("rag"), 2)).containsExactly("Red", 3.0, 116930.00);
        assertThat(line(workbook.getSheet("remedies"), 1))
                .containsExactly(
                        "RPT-1",
                        "Local jobs",
                        KnownCouncilYear.REMEDY_ACTION,
                        "Contract manager",
                        LocalDate.of(2026, 6, 30));
        assertThat(line(workbook.getSheet("case-studies"), 1))
                .containsExactly(
                        KnownCouncilYear.CASE_STUDY_TITLE,
                        "RPT-1",
                        "Stronger communities",
                        KnownCouncilYear.CASE_STUDY_BODY);
        assertThat(line(workbook.getSheet("beyond-procurement"), 1))
                .containsExactly(
                        LocalDate.of(2025, 9, 15),
                        "Grant",
                        KnownCouncilYear.ACTIVITY_TITLE,
                        "Stronger communities",
                        12.0,
                        "number",
                        "Grants to twelve groups");
        assertThat(line(workbook.getSheet("comparison"), 0))
                .containsExactly("Figure", "2025/26", "2024/25", "Change (£)");
        assertThat(line(workbook.getSheet("comparison"), 1))
                .containsExactly("Delivered, verified (£)", 8536.63, 25000.00, -16463.37);
        assertThat(line(workbook.getSheet("proxies"), 2))
                .containsExactly("VOL", "Volunteering", "2025/26", 16.93, "Living wage", "Published rate");
    }

    private static double number(Sheet sheet, String figure) {
        Cell cell = sheet.getRow(find(sheet, figure)).getCell(1);
        assertThat(cell.getCellType()).as(figure).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static int find(Sheet sheet, String figure) {
        for (Row row : sheet) {
            if (figure.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No row " + figure + " in " + sheet.getSheetName());
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    /** A row's cells as String, Double or LocalDate (a numeric cell with a date format), by their type in the file. */
    private static List<Object> line(Sheet sheet, int row) {
        List<Object> cells = new ArrayList<>();
        for (Cell cell : sheet.getRow(row)) {
            if (cell.getCellType() == CellType.STRING) {
                cells.add(cell.getStringCellValue());
            } else if (cell.getCellType() == CellType.NUMERIC
                    && cell.getCellStyle().getDataFormatString().startsWith("yyyy")) {
                cells.add(cell.getLocalDateTimeCellValue().toLocalDate());
            } else if (cell.getCellType() == CellType.NUMERIC) {
                cells.add(cell.getNumericCellValue());
            } else {
                cells.add(cell.getCellType().toString());
            }
        }
        return cells;
    }
}
