package org.svtracker.reporting.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.svtracker.domain.money.Money;
import org.svtracker.reporting.report.AnnualReport;

/**
 * One section of the annual report as an RFC 4180 CSV file, written by Apache Commons CSV: CRLF line
 * ends, a header row, fields quoted when they hold a comma, a quote or a line break. Figures are
 * plain decimals ({@code 8536.63}: no £ sign, no thousands separator) and dates ISO ({@code
 * 2026-03-31}), so that a spreadsheet or a script reads them as numbers and dates.
 *
 * <p>A text cell that a spreadsheet would run as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is written with a leading apostrophe, so a
 * supplier's words can never become a formula on a councillor's machine. Figures are never text, so
 * a negative change such as {@code -25000.00} stays a number.
 */
public final class ReportCsv {

    private ReportCsv() {}

    /** The sections, in report order, each a CSV file. */
    public static List<String> sections() {
        return ReportTables.SECTIONS;
    }

    /**
     * The section as CSV text; the caller encodes it as UTF-8.
     *
     * @throws IllegalArgumentException when {@code section} is not one of {@link #sections()}
     */
    public static String render(AnnualReport report, String section) {
        ReportTables.Table table = ReportTables.of(report, section);
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(table.headings().stream().map(ReportCsv::field));
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(ReportCsv::field));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A string cannot fail to write", e);
        }
        return csv.toString();
    }

    private static String field(Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof Money money) {
            return money.amount().toPlainString();
        }
        if (cell instanceof BigDecimal number) {
            return plain(number);
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        return defused(cell.toString());
    }

    /** {@code 4.000} as {@code 4} and {@code 0.330} as {@code 0.33}, never in exponent form. */
    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** Commons CSV quotes for the format's sake only; keeping a cell from running as a formula is ours. */
    private static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
