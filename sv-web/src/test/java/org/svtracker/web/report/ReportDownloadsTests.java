package org.svtracker.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.web.WebIntegrationTest;

/** The report as PDF, XLSX and CSV, live and published, with the figures of the page. */
@WebIntegrationTest
class ReportDownloadsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void thePdfIsADownloadWhoseTextCarriesThePagesFigures() throws Exception {
        String delivered = deliveredOnThePage("warwickshire");

        MvcTestResult pdf = get("/reports/warwickshire/2025-26/report.pdf", "councillor.warwickshire");

        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"warwickshire-social-value-2025-26.pdf\"");
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(delivered)
                    .contains("Warwickshire County Council");
            BufferedImage firstPage = new PDFRenderer(document).renderImageWithDPI(0, 80);
            Path screenshot = Path.of("target", "screenshots", "report-pdf.png");
            Files.createDirectories(screenshot.getParent());
            ImageIO.write(firstPage, "png", screenshot.toFile());
        }
    }

    @Test
    void theWorkbookHoldsTheDeliveredFigureAsANumber() throws Exception {
        String delivered = deliveredOnThePage("southend");

        MvcTestResult xlsx = get("/reports/southend/2025-26/report.xlsx", "contracts.southend");

        assertThat(xlsx).hasStatusOk().hasContentType(ReportDownloads.XLSX.toString());
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("About");
            var headline = workbook.getSheet("headline");
            boolean found = false;
            for (var row : headline) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && new java.math.BigDecimal(cell.getNumericCellValue())
                                            .setScale(2, java.math.RoundingMode.HALF_UP)
                                            .compareTo(pounds(delivered))
                                    == 0) {
                        found = true;
                    }
                }
            }
            assertThat(found)
                    .as("the delivered figure %s as a number in the headline sheet", delivered)
                    .isTrue();
        }
    }

    @Test
    void eachSectionIsACsvFileAndAnUnknownSectionIsNotFound() throws Exception {
        MvcTestResult csv = get("/reports/surrey/2025-26/csv/themes", "councillor.surrey");

        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("\r\n");
        assertThat(get("/reports/surrey/2025-26/csv/passwords", "councillor.surrey"))
                .hasStatus(404);
    }

    @Test
    void anotherCouncilsFilesAreNotFoundAndUnpublishedOnesAreNotPublic() {
        assertThat(get("/reports/oxfordshire/2025-26/report.pdf", "councillor.surrey"))
                .hasStatus(404);
        assertThat(get("/reports/oxfordshire/2025-26/report.xlsx", "councillor.surrey"))
                .hasStatus(404);
        assertThat(get("/reports/oxfordshire/2025-26/csv/headline", "councillor.surrey"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/published/surrey/2024-25/report.pdf")).hasStatus(404);
        assertThat(mvc.get().uri("/reports/surrey/2025-26/report.pdf")).hasStatus3xxRedirection();
    }

    @Test
    void aPublishedReportsFilesArePublic() throws Exception {
        mvc.post()
                .uri("/reports/leicestershire/2024-25/publish")
                .with(user(users.loadUserByUsername("admin.leicestershire")))
                .with(csrf())
                .exchange();

        MvcTestResult pdf =
                mvc.get().uri("/published/leicestershire/2024-25/report.pdf").exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(mvc.get().uri("/published/leicestershire/2024-25/csv/headline"))
                .hasStatusOk();
    }

    private String deliveredOnThePage(String council) throws Exception {
        MvcTestResult page = get("/reports/" + council + "/2025-26", "councillor." + council);
        return Jsoup.parse(page.getResponse().getContentAsString())
                .select("#delivered")
                .text();
    }

    private static java.math.BigDecimal pounds(String text) {
        return new java.math.BigDecimal(text.replace("£", "").replace(",", ""));
    }

    private MvcTestResult get(String uri, String username) {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
    }
}
