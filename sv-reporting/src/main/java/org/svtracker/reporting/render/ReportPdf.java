package org.svtracker.reporting.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.svtracker.domain.money.Money;
import org.svtracker.reporting.report.AnnualReport;

/**
 * The annual report as an A4 landscape PDF for Cabinet: each section a heading and a table, then a
 * method annex with the counting rules and every proxy's source and licence. It is a tagged PDF
 * (openhtmltopdf's PDF/UA mode: structure tree, document language, title shown in the window
 * title), so a screen reader can read its headings and tables.
 *
 * <p>The text is set in Liberation Sans 2.00.5 (copyright Red Hat, Inc. and Google), licensed under
 * the SIL Open Font License 1.1, taken from the Maven Central jar {@code
 * com.github.librepdf:openpdf-fonts-extra}, which ships the font files and their licence under
 * {@code liberation/}. PDF/UA requires every font to be embedded, so no built-in PDF font is used.
 */
public final class ReportPdf {

    static final String FONT_FAMILY = "Liberation Sans";
    static final String FONT_NOTE = "Set in Liberation Sans 2.00.5, copyright Red Hat, Inc. and Google,"
            + " used under the SIL Open Font License 1.1.";

    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final String CSS = """
            @page {
              size: A4 landscape;
              margin: 16mm 15mm 18mm 15mm;
              @bottom-right { content: "Page " counter(page) " of " counter(pages);
                font-family: 'Liberation Sans'; font-size: 9pt; color: #505a5f; }
            }
            body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.35; color: #0b0c0c; }
            h1 { font-size: 22pt; margin: 0 0 6pt 0; }
            h2 { font-size: 15pt; margin: 18pt 0 6pt 0; page-break-after: avoid; }
            h3 { font-size: 12pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
            p { margin: 0 0 6pt 0; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; margin-bottom: 6pt; }
            caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
            th, td { text-align: left; vertical-align: top; padding: 3pt 6pt 3pt 0; border-bottom: 0.75pt solid #b1b4b6; }
            thead th { border-bottom: 1.5pt solid #0b0c0c; }
            .num { text-align: right; }
            tr { page-break-inside: avoid; }
            .story { white-space: pre-line; }
            .note { color: #505a5f; font-size: 9.5pt; }
            """;

    private ReportPdf() {}

    public static byte[] render(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    // Everything the document needs is in it: never fetch a file or a URL named in report text.
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("Social Value Tracker")
                    .withHtmlContent(xhtml(report), null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the annual report PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String resource) {
        InputStream font = ReportPdf.class.getResourceAsStream(resource);
        if (font == null) {
            throw new IllegalStateException("The font " + resource + " is missing from the classpath");
        }
        return font;
    }

    /** The report as well-formed XHTML; every piece of text passes through {@link Xhtml#text}. */
    static String xhtml(AnnualReport report) {
        String title = ReportWorkbook.title(report);
        Xhtml html = new Xhtml();
        html.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">");
        html.raw("<head>").element("title", title);
        html.raw("<meta name=\"subject\" content=\"")
                .attribute("Social value committed, delivered and claimed through the council's contracts")
                .raw("\"/>");
        html.raw("<meta name=\"author\" content=\"")
                .attribute(report.council().name())
                .raw("\"/>");
        html.raw("<style>").text(CSS).raw("</style></head><body>");

        html.element("h1", title);
        html.element(
                "p",
                "Financial year " + report.year() + " (" + day(report.year().start()) + " to "
                        + day(report.year().end()) + "). Figures as of " + day(report.asOf()) + ".");
        html.element("p", ReportTables.COUNTING_RULES);

        for (ReportTables.Table table : ReportTables.all(report)) {
            switch (table.section()) {
                case "case-studies" -> caseStudies(html, report);
                case "proxies" -> method(html, table);
                default -> {
                    html.element("h2", table.title());
                    table(html, table);
                }
            }
        }
        html.raw("</body></html>");
        return html.toString();
    }

    private static void caseStudies(Xhtml html, AnnualReport report) {
        html.element("h2", "Published case studies");
        if (report.caseStudies().isEmpty()) {
            html.element("p", "No case study was published by the end of the year.");
        }
        for (AnnualReport.CaseStudyLine story : report.caseStudies()) {
            html.element("h3", story.title());
            String about = String.join(
                    "; ",
                    Stream.of(
                                    story.contractReference() == null ? null : "Contract " + story.contractReference(),
                                    story.outcome() == null ? null : "Outcome: " + story.outcome())
                            .filter(Objects::nonNull)
                            .toList());
            if (!about.isEmpty()) {
                html.raw("<p class=\"note\">").text(about).raw("</p>");
            }
            html.raw("<p class=\"story\">").text(story.body()).raw("</p>");
        }
    }

    private static void method(Xhtml html, ReportTables.Table proxies) {
        html.element("h2", "Method");
        html.element("p", ReportTables.COUNTING_RULES);
        html.element(
                "p",
                "Each return's value is its quantity times the proxy value per unit frozen on its commitment,"
                        + " rounded to the penny once; net values apply the commitment's deadweight and attribution."
                        + " Every total is a sum of those pence, so every pound can be traced to its returns."
                        + " Supplier groups overlap and are not added up; activities beyond procurement are"
                        + " reported separately and are not in the totals.");
        html.element("h3", proxies.title());
        table(html, proxies);
        html.raw("<p class=\"note\">").text(FONT_NOTE).raw("</p>");
    }

    private static void table(Xhtml html, ReportTables.Table table) {
        if (table.rows().isEmpty()) {
            html.element("p", "None in this report.");
            return;
        }
        html.raw("<table><thead><tr>");
        for (int c = 0; c < table.headings().size(); c++) {
            html.raw(table.numeric(c) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .text(table.headings().get(c))
                    .raw("</th>");
        }
        html.raw("</tr></thead><tbody>");
        for (List<Object> row : table.rows()) {
            html.raw("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                String tag = c == 0 ? "th" : "td";
                html.raw("<" + tag + (c == 0 ? " scope=\"row\"" : ""))
                        .raw(cell instanceof Money || cell instanceof Number ? " class=\"num\">" : ">")
                        .text(words(cell))
                        .raw("</" + tag + ">");
            }
            html.raw("</tr>");
        }
        html.raw("</tbody></table>");
    }

    /** A cell as people read it: {@code £8,536.63}, {@code 12.5}, {@code 31 March 2026}. */
    private static String words(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (cell instanceof LocalDate date) {
            return day(date);
        }
        return cell.toString();
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** A small XHTML writer that escapes all text and drops characters XML cannot hold. */
    private static final class Xhtml {
        private final StringBuilder out = new StringBuilder();

        Xhtml raw(String markup) {
            out.append(markup);
            return this;
        }

        Xhtml element(String name, String text) {
            return raw("<" + name + ">").text(text).raw("</" + name + ">");
        }

        Xhtml attribute(String value) {
            return text(value);
        }

        Xhtml text(String text) {
            if (text == null) {
                return this;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> {
                        if (c >= 0x20 || c == '\n' || c == '\t') {
                            out.append(c);
                        } else if (c != '\r') { // a Windows line end stays one line break
                            out.append(' ');
                        }
                    }
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
