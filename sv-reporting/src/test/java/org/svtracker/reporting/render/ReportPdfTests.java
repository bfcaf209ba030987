package org.svtracker.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** The PDF of the known council-year, read back with PDFBox. */
@SpringBootTest(classes = ReportingTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class, QueryCounter.class, KnownCouncilYear.class})
@Transactional
class ReportPdfTests {

    @Autowired
    KnownCouncilYear knownCouncilYear;

    @Autowired
    AnnualReports reports;

    PDDocument pdf;
    String text;

    @BeforeEach
    void thePdfOfAKnownCouncilYear() throws IOException {
        KnownCouncilYear.Known known = knownCouncilYear.create();
        byte[] bytes =
                ReportPdf.render(reports.build(known.council().id(), KnownCouncilYear.YEAR, KnownCouncilYear.TODAY));
        // Kept for people to look at, as the browser tests keep their screenshots.
        Files.write(Path.of("target", "annual-report-2025-26.pdf"), bytes);
        pdf = Loader.loadPDF(bytes);
        text = new PDFTextStripper().getText(pdf).replaceAll("[ \\t]*\\R", "\n");
    }

    @AfterEach
    void close() throws IOException {
        pdf.close();
    }

    @Test
    void theTitlePageNamesTheCouncilTheYearAndTheDayOfTheFigures() {
        assertThat(text)
                .contains("Social value annual report 2025/26: reportshire Council")
                .contains("Financial year 2025/26 (1 April 2025 to 31 March 2026). Figures as of 31 March 2026.");
        assertThat(pdf.getDocumentInformation().getTitle())
                .isEqualTo("Social value annual report 2025/26: reportshire Council");
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
    }

    @Test
    void theHeadlineShowsEveryFigureInPoundsAsTheCouncilsWriteThem() {
        assertThat(text)
                .contains("In-scope contracts awarded in the year 1")
                .contains("Value of in-scope contracts awarded (£) £2,500,000.00")
                .contains("Social value committed, gross (£) £116,930.00")
                .contains("Social value committed, net (£) £94,813.75")
                .contains("Social value committed as % of contract value 4.68")
                .contains("Council's target (% of contract value) 10")
                .contains("Delivered in the year, verified (£) £8,536.63")
                .contains("Delivered in the year, net (£) £6,845.17")
                .contains("Claimed in the year, not yet verified (£) £1,693.00")
                .contains("Delivered since the council started, verified (£) £33,536.63")
                .contains("First year with verified delivery 2024/25");
    }

    @Test
    void eachSectionIsAHeadingWithTheReportsLines() {
        assertThat(text)
                .contains("By theme\n")
                .contains("ECO Economic £8,325.00 £0.00")
                .contains("SOC Social £211.63 £1,693.00")
                .contains("By outcome\n")
                .contains("ECO SKL Better skills £8,325.00 £0.00")
                .contains("By measure\n")
                .contains("VOL Volunteering hours valued 12.5 100 0 £211.63 £1,693.00")
                .contains("Top contracts by social value delivered\n")
                .contains("RPT-1 Contract RPT-1 Report Builders Ltd £116,930.00 £8,536.63 £1,693.00")
                .contains("SMALL Small businesses £8,536.63 £1,693.00")
                .contains("Red 3 £116,930.00")
                .contains("Open remedies\n")
                .contains("RPT-1 Local jobs " + KnownCouncilYear.REMEDY_ACTION + " Contract manager 30 June 2026")
                .contains("Published case studies\n")
                .contains(KnownCouncilYear.CASE_STUDY_TITLE + "\n")
                .contains(KnownCouncilYear.CASE_STUDY_BODY)
                .contains("15 September 2025 Grant " + KnownCouncilYear.ACTIVITY_TITLE)
                .contains("Comparison with the previous year\n")
                .contains("Delivered, verified (£) £8,536.63 £25,000.00 -£16,463.37");
    }

    @Test
    void theMethodAnnexGivesTheCountingRulesEachProxysSourceAndLicenceAndTheFontsLicence() {
        String method = text.substring(text.lastIndexOf("Method\n"));

        assertThat(method.replace('\n', ' '))
                .contains("Delivered means verified by the council; claimed means submitted and not yet verified;")
                .contains("Each return is valued once at the proxy frozen when its contract was awarded.")
                .contains("JOBS Local jobs 2025/26 £25,000.00 Test source Test licence")
                .contains("VOL Volunteering 2025/26 £16.93 Living wage Published rate")
                .contains("Liberation Sans 2.00.5")
                .contains("SIL Open Font License 1.1");
    }

    @Test
    void itIsATaggedA4LandscapePdfWithEveryFontEmbedded() throws IOException {
        var catalog = pdf.getDocumentCatalog();
        assertThat(catalog.getMarkInfo()).isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).isTrue();
        assertThat(catalog.getStructureTreeRoot()).isNotNull();
        assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        PDPage first = pdf.getPage(0);
        assertThat(first.getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
        assertThat(first.getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSans"));
    }
}
