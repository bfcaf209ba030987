package org.svtracker.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.svtracker.domain.money.Money;
import org.svtracker.reporting.report.AnnualReport;

/**
 * The annual report as an XLSX workbook: an "About" sheet first (council, year, the day the figures
 * stand at, the counting rules), then one sheet per section, named as the CSV files are. Figures are
 * numeric cells, money formatted {@code £#,##0.00}, so councils can sum and chart them; text is never
 * a formula, because POI writes it as a string cell.
 */
public final class ReportWorkbook {

    static final String ABOUT = "About";
    static final String MONEY_FORMAT = "£#,##0.00";

    private static final int MAX_COLUMN_CHARS = 60;

    private ReportWorkbook() {}

    public static byte[] render(AnnualReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            about(workbook.createSheet(ABOUT), report, styles);
            for (ReportTables.Table table : ReportTables.all(report)) {
                section(workbook.createSheet(table.section()), table, styles);
            }
            workbook.getProperties().getCoreProperties().setTitle(title(report));
            workbook.getProperties().getCoreProperties().setCreator("Social Value Tracker");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the annual report workbook", e);
        }
    }

    static String title(AnnualReport report) {
        return "Social value annual report " + report.year() + ": "
                + report.council().name();
    }

    private static void about(Sheet sheet, AnnualReport report, Styles styles) {
        List<List<Object>> rows = List.of(
                List.of("Report", title(report)),
                List.of("Council", report.council().name()),
                List.of("Financial year", report.year().toString()),
                List.of("Figures as of", report.asOf()),
                List.of("Counting rules", ReportTables.COUNTING_RULES),
                List.of(
                        "Proxy values",
                        "The proxies sheet lists each proxy behind a figure, with its source and licence."),
                List.of("Sheets", String.join(", ", ReportTables.SECTIONS)));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            write(row.createCell(0), rows.get(r).get(0), styles.header);
            write(row.createCell(1), rows.get(r).get(1), styles);
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        sheet.getRow(4).getCell(1).setCellStyle(styles.wrapped);
    }

    private static void section(Sheet sheet, ReportTables.Table table, Styles styles) {
        Row header = sheet.createRow(0);
        int[] widths = new int[table.headings().size()];
        for (int c = 0; c < table.headings().size(); c++) {
            write(header.createCell(c), table.headings().get(c), styles.header);
            widths[c] = table.headings().get(c).length();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                write(row.createCell(c), value, styles);
                widths[c] =
                        Math.max(widths[c], value == null ? 0 : value.toString().length());
            }
        }
        // Measured from the text, since autoSizeColumn needs the fonts of a desktop machine.
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 3) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void write(Cell cell, Object value, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Money money) {
            cell.setCellValue(money.amount().doubleValue());
            cell.setCellStyle(styles.money);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number);
        } else if (value instanceof Integer count) {
            cell.setCellValue(count);
            cell.setCellStyle(styles.count);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static void write(Cell cell, Object value, CellStyle style) {
        cell.setCellValue(value.toString());
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle number;
        final CellStyle count;
        final CellStyle date;
        final CellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            money = format(workbook, MONEY_FORMAT);
            number = format(workbook, "General");
            count = format(workbook, "0");
            date = format(workbook, "yyyy-mm-dd");
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }

        private static CellStyle format(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
