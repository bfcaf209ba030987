package org.svtracker.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.svtracker.reporting.report.AnnualReport;
import org.svtracker.reporting.report.AnnualReport.CaseStudyLine;

/** Whatever people type reaches the PDF as text, never as markup, and cannot stop the PDF being made. */
class ReportPdfTextTests {

    @Test
    void markupInASupplierStoryIsShownAsWrittenAndControlCharactersAreDropped() throws IOException {
        AnnualReport report = ReportCsvFormulaTests.withCaseStudies(new CaseStudyLine(
                1,
                "<b>Bold</b> & \"quoted\" it's",
                "First line\r\nsecond\u000B line <script>x</script>",
                "K-1",
                "Jobs & skills"));

        String text = text(ReportPdf.render(report));

        assertThat(text)
                .contains("<b>Bold</b> & \"quoted\" it's\n")
                .contains("Contract K-1; Outcome: Jobs & skills\n")
                .contains("First line\nsecond line <script>x</script>\n");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]*\\R", "\n");
        }
    }
}
