package org.svtracker.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.svtracker.reporting.report.AnnualReport;
import org.svtracker.reporting.report.AnnualReports;
import org.svtracker.reporting.report.KnownCouncilYear;

/** The CSV files of the known council-year, read back as RFC 4180 records. */
@SpringBootTest(classes = ReportingTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class, QueryCounter.class, KnownCouncilYear.class})
@Transactional
class ReportCsvTests {

    @Autowired
    KnownCouncilYear knownCouncilYear;

    @Autowired
    AnnualReports reports;

    AnnualReport report;

    @BeforeEach
    void theReportOfAKnownCouncilYear() {
        KnownCouncilYear.Known known = knownCouncilYear.create();
        report = reports.build(known.council().id(), KnownCouncilYear.YEAR, KnownCouncilYear.TODAY);
    }

    @Test
    void everySectionIsOneFileWithAHeaderRowAndCrlfLineEnds() {
        assertThat(ReportCsv.sections())
                .containsExactly(
                        "headline",
                        "themes",
                        "outcomes",
                        "measures",
                        "top-contracts",
                        "supplier-groups",
                        "rag",
                        "remedies",
                        "case-studies",
                        "beyond-procurement",
                        "comparison",
                        "proxies");
        for (String section : ReportCsv.sections()) {
            String csv = ReportCsv.render(report, section);
            assertThat(csv).as(section).endsWith("\r\n");
            List<List<String>> rows = CsvReader.read(csv);
            assertThat(rows).as(section).hasSizeGreaterThan(1);
            int columns = rows.get(0).size();
            assertThat(rows).as(section).allSatisfy(row -> assertThat(row).hasSize(columns));
        }
    }

    @Test
    void theHeadlineHoldsEveryFigureAsAPlainDecimal() {
        Map<String, String> headline = CsvReader.read(ReportCsv.render(report, "headline")).stream()
                .skip(1)
                .collect(Collectors.toMap(row -> row.get(0), row -> row.get(1)));

        assertThat(headline)
                .containsEntry("Council", "reportshire Council")
                .containsEntry("Financial year", "2025/26")
                .containsEntry("Figures as of", "2026-03-31")
                .containsEntry("In-scope contracts awarded in the year", "1")
                .containsEntry("Value of in-scope contracts awarded (£)", "2500000.00")
                .containsEntry("Social value committed, gross (£)", "116930.00")
                .containsEntry("Social value committed, net (£)", "94813.75")
                .containsEntry("Social value committed as % of contract value", "4.68")
                .containsEntry("Council's target (% of contract value)", "10")
                .containsEntry("Delivered in the year, verified (£)", "8536.63")
                .containsEntry("Delivered in the year, net (£)", "6845.17")
                .containsEntry("Claimed in the year, not yet verified (£)", "1693.00")
                .containsEntry("Delivered since the council started, verified (£)", "33536.63")
                .containsEntry("First year with verified delivery", "2024/25");
    }

    @Test
    void eachSectionHoldsTheReportsLinesWithFiguresAsPlainDecimals() {
        assertThat(rows("themes"))
                .containsExactly(
                        List.of("Theme code", "Theme", "Delivered (£)", "Claimed (£)"),
                        List.of("ECO", "Economic", "8325.00", "0.00"),
                        List.of("SOC", "Social", "211.63", "1693.00"));
        assertThat(rows("outcomes")).contains(List.of("ECO", "SKL", "Better skills", "8325.00", "0.00"));
        assertThat(rows("measures"))
                .contains(
                        List.of("JOBS", "Local jobs", "FTE", "valued", "0.333", "0", "0", "8325.00", "0.00"),
                        List.of("STORY", "Community story", "", "narrative", "0", "0", "1", "0.00", "0.00"),
                        List.of("VOL", "Volunteering", "hours", "valued", "12.5", "100", "0", "211.63", "1693.00"));
        assertThat(rows("top-contracts"))
                .contains(List.of("RPT-1", "Contract RPT-1", "Report Builders Ltd", "116930.00", "8536.63", "1693.00"));
        assertThat(rows("supplier-groups"))
                .contains(
                        List.of("SMALL", "Small businesses", "8536.63", "1693.00"),
                        List.of("LOCAL", "Delivered locally", "8325.00", "0.00"));
        assertThat(rows("rag")).contains(List.of("Red", "3", "116930.00"), List.of("Not started", "1", "0.00"));
        assertThat(rows("comparison"))
                .containsExactly(
                        List.of("Figure", "2025/26", "2024/25", "Change (£)"),
                        List.of("Delivered, verified (£)", "8536.63", "25000.00", "-16463.37"),
                        List.of("Delivered, net (£)", "6845.17", "20000.00", "-13154.83"),
                        List.of("Claimed, not yet verified (£)", "1693.00", "0.00", "1693.00"));
        assertThat(rows("proxies"))
                .containsExactly(
                        List.of("Measure code", "Measure", "Proxy year", "Value per unit (£)", "Source", "Licence"),
                        List.of("JOBS", "Local jobs", "2025/26", "25000.00", "Test source", "Test licence"),
                        List.of("VOL", "Volunteering", "2025/26", "16.93", "Living wage", "Published rate"));
    }

    @Test
    void wordsWithCommasQuotesAndLineBreaksAreQuotedAndReadBackWhole() {
        assertThat(ReportCsv.render(report, "case-studies"))
                .contains("\"Open day, \"\"Summer fair\"\" 2025\",RPT-1,Stronger communities,"
                        + "\"Forty families came.\nTwo signed up for courses.\"\r\n");
        assertThat(rows("case-studies"))
                .contains(List.of(
                        KnownCouncilYear.CASE_STUDY_TITLE,
                        "RPT-1",
                        "Stronger communities",
                        KnownCouncilYear.CASE_STUDY_BODY));
        assertThat(rows("beyond-procurement"))
                .contains(List.of(
                        "2025-09-15",
                        "Grant",
                        KnownCouncilYear.ACTIVITY_TITLE,
                        "Stronger communities",
                        "12",
                        "number",
                        "Grants to twelve groups"));
    }

    @Test
    void wordsThatASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe() {
        assertThat(rows("remedies"))
                .containsExactly(
                        List.of("Contract", "Measure", "Action", "Owner", "Due"),
                        List.of(
                                "RPT-1",
                                "Local jobs",
                                "'" + KnownCouncilYear.REMEDY_ACTION,
                                "Contract manager",
                                "2026-06-30"));
    }

    @Test
    void anUnknownSectionIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportCsv.render(report, "salaries"))
                .withMessageContaining("salaries")
                .withMessageContaining("headline");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportCsv.render(report, null));
    }

    private List<List<String>> rows(String section) {
        return CsvReader.read(ReportCsv.render(report, section));
    }
}
