package org.svtracker.reporting.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.svtracker.domain.money.Money;
import org.svtracker.reporting.report.AnnualReport;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The annual report as an A4 landscape PDF for Cabinet: each section a heading and a table, then a
 * method annex with the counting rules and every proxy's source and licence. It is a tagged PDF
 * (openhtmltopdf's PDF/UA mode: structure tree, document language, title shown in the window
 * title), so a screen reader can read its headings and tables. Its XHTML comes from the Thymeleaf
 * template {@code reporting/report-pdf.html}, which escapes every piece of text.
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
    private static final String TEMPLATE = "reporting/report-pdf.html";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Built once: Thymeleaf caches the parsed template, and the engine is safe to share. */
    private static final TemplateEngine TEMPLATES = templateEngine();

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

    /** The report as well-formed XHTML, from the template {@code reporting/report-pdf.html}. */
    static String xhtml(AnnualReport report) {
        Context context = new Context(Locale.UK);
        context.setVariable("title", ReportWorkbook.title(report));
        context.setVariable("author", report.council().name());
        context.setVariable(
                "period",
                "Financial year " + report.year() + " (" + day(report.year().start()) + " to "
                        + day(report.year().end()) + "). Figures as of " + day(report.asOf()) + ".");
        context.setVariable("countingRules", ReportTables.COUNTING_RULES);
        context.setVariable("fontNote", FONT_NOTE);
        context.setVariable(
                "tables", ReportTables.all(report).stream().map(Grid::of).toList());
        context.setVariable(
                "stories", report.caseStudies().stream().map(Story::of).toList());
        return TEMPLATES.process(TEMPLATE, context);
    }

    private static TemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportPdf.class.getClassLoader());
        // XML, not HTML, whatever the file's name: the template must be well-formed as openhtmltopdf needs it,
        // and XML escaping drops the control characters XML cannot hold, as a pasted case study may have.
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setForceTemplateMode(true);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** A section's table as the template shows it: each cell in words, figures right-aligned. */
    record Grid(String section, String title, List<Cell> headings, List<Line> rows) {

        static Grid of(ReportTables.Table table) {
            List<Cell> headings = new ArrayList<>();
            for (int c = 0; c < table.headings().size(); c++) {
                headings.add(new Cell(table.headings().get(c), table.numeric(c)));
            }
            List<Line> rows = table.rows().stream()
                    .map(row -> row.stream().map(Cell::of).toList())
                    .map(cells -> new Line(cells.get(0), cells.subList(1, cells.size())))
                    .toList();
            return new Grid(table.section(), table.title(), headings, rows);
        }
    }

    /** A row: its first cell heads it for a screen reader. */
    record Line(Cell header, List<Cell> cells) {}

    record Cell(String text, boolean numeric) {

        static Cell of(Object value) {
            return new Cell(words(value), value instanceof Money || value instanceof Number);
        }
    }

    /** A published case study, with what it is about in one line (empty when nothing is known). */
    record Story(String title, String about, String body) {

        static Story of(AnnualReport.CaseStudyLine story) {
            String about = String.join(
                    "; ",
                    Stream.of(
                                    story.contractReference() == null ? null : "Contract " + story.contractReference(),
                                    story.outcome() == null ? null : "Outcome: " + story.outcome())
                            .filter(Objects::nonNull)
                            .toList());
            return new Story(story.title(), about, story.body());
        }
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
}
