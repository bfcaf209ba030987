package org.svtracker.web.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.svtracker.reporting.render.ReportCsv;
import org.svtracker.reporting.render.ReportPdf;
import org.svtracker.reporting.render.ReportWorkbook;
import org.svtracker.reporting.report.AnnualReport;
import org.svtracker.web.errors.PageNotFound;

/** The report as files: a PDF, a workbook, and a CSV file per section; always downloads. */
final class ReportDownloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ReportDownloads() {}

    static ResponseEntity<byte[]> pdf(AnnualReport report) {
        return file(ReportPdf.render(report), MediaType.APPLICATION_PDF, name(report, "pdf"));
    }

    static ResponseEntity<byte[]> workbook(AnnualReport report) {
        return file(ReportWorkbook.render(report), XLSX, name(report, "xlsx"));
    }

    static ResponseEntity<byte[]> csv(AnnualReport report, String section) {
        if (!ReportCsv.sections().contains(section)) {
            throw PageNotFound.because("No section " + section);
        }
        // A byte order mark so that spreadsheet programs read the £ sign as UTF-8.
        byte[] text = ("\uFEFF" + ReportCsv.render(report, section)).getBytes(StandardCharsets.UTF_8);
        return file(text, new MediaType("text", "csv", StandardCharsets.UTF_8), name(report, section + ".csv"));
    }

    private static String name(AnnualReport report, String extension) {
        return report.council().slug() + "-social-value-" + report.year().slug() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
