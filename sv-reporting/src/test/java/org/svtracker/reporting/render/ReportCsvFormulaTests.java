package org.svtracker.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.money.Money;
import org.svtracker.reporting.report.AnnualReport;
import org.svtracker.reporting.report.AnnualReport.CaseStudyLine;

/** Words from suppliers and officers never reach a spreadsheet as a formula; figures stay figures. */
class ReportCsvFormulaTests {

    @Test
    void textStartingWithAFormulaCharacterIsDefusedButPlainTextAndNegativeFiguresAreNot() {
        AnnualReport report = withCaseStudies(
                new CaseStudyLine(1, "=HYPERLINK(\"http://x\",\"click\")", "body", "K-1", "Jobs"),
                new CaseStudyLine(2, "+44 jobs", "-3 vacancies", "@SUM(A1)", "\tTabbed"),
                new CaseStudyLine(3, "Plain words", "A-B", null, "x=y"));

        List<List<String>> rows = CsvReader.read(ReportCsv.render(report, "case-studies"));

        assertThat(rows)
                .containsExactly(
                        List.of("Title", "Contract", "Outcome", "Story"),
                        List.of("'=HYPERLINK(\"http://x\",\"click\")", "K-1", "Jobs", "body"),
                        List.of("'+44 jobs", "'@SUM(A1)", "'\tTabbed", "'-3 vacancies"),
                        List.of("Plain words", "", "x=y", "A-B"));
        assertThat(CsvReader.read(ReportCsv.render(report, "comparison")).get(1))
                .containsExactly("Delivered, verified (£)", "0.00", "5.00", "-5.00");
    }

    @Test
    void wordsWithCommasQuotesAndLineBreaksAreReadBackAsTheyWereWritten() {
        String title = "Open day, \"Summer fair\"\nsecond line\r\nthird line";
        AnnualReport report = withCaseStudies(new CaseStudyLine(1, title, " spaced ", "K-1", "#1 outcome"));

        assertThat(CsvReader.read(ReportCsv.render(report, "case-studies")))
                .containsExactly(
                        List.of("Title", "Contract", "Outcome", "Story"),
                        List.of(title, "K-1", "#1 outcome", " spaced "));
    }

    @Test
    void emptySectionsAreAHeaderRowOnly() {
        AnnualReport report = withCaseStudies();

        assertThat(ReportCsv.render(report, "remedies")).isEqualTo("Contract,Measure,Action,Owner,Due\r\n");
    }

    /** A report with nothing in it but the given case studies and £5.00 delivered the year before. */
    static AnnualReport withCaseStudies(CaseStudyLine... caseStudies) {
        FinancialYear year = FinancialYear.parse("2025/26");
        AnnualReport.YearFigures figures = new AnnualReport.YearFigures(year, Money.ZERO, Money.ZERO, Money.ZERO);
        return new AnnualReport(
                new AnnualReport.Council(1, "testshire", "Testshire Council", Money.ZERO, null),
                year,
                LocalDate.of(2025, 6, 30),
                new AnnualReport.Headline(0, Money.ZERO, Money.ZERO, Money.ZERO, null, figures),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(caseStudies),
                List.of(),
                new AnnualReport.YearFigures(year.previous(), Money.of("5.00"), Money.of("5.00"), Money.ZERO),
                Money.of("5.00"),
                null,
                List.of(new AnnualReport.ProxyLine(
                        "X", "X", year, new Money(new BigDecimal("1.00")), "Illustrative", "None")));
    }
}
