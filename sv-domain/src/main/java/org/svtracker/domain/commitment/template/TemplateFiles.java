package org.svtracker.domain.commitment.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.svtracker.domain.measure.CsvReader;

/**
 * Reads an uploaded template, XLSX or CSV, into its rows. The file's content decides how it is read,
 * not its name, so a renamed file is refused with a message that says what it really is.
 */
final class TemplateFiles {

    /** Filled-in rows after the header; a contract has far fewer commitments. */
    static final int MAX_ROWS = 500;

    static final String SHEET = "Commitments";
    static final String REFERENCE_LABEL = "Contract reference";

    private static final int HEADER_SEARCH_ROWS = 20;
    private static final List<TemplateColumn> REQUIRED =
            List.of(TemplateColumn.MEASURE, TemplateColumn.TARGET_QUANTITY, TemplateColumn.DUE_DATE);

    static final String NOT_XLSX =
            "The selected file is not a valid XLSX workbook. Download the template again, or save your spreadsheet as an Excel Workbook (.xlsx) or as CSV UTF-8";
    static final String OLD_EXCEL =
            "The selected file is an Excel 97-2003 workbook (.xls). Save it as an Excel Workbook (.xlsx) or as CSV UTF-8 and upload that";
    static final String NOT_CSV =
            "The selected file is not a valid CSV file. Save your spreadsheet as CSV UTF-8 (comma delimited) or as an Excel Workbook (.xlsx)";
    static final String WRONG_TYPE = "The selected file must be an XLSX or a CSV file";
    static final String EMPTY = "The selected file is empty";
    static final String NO_ROWS = "The file has no commitments. Fill in at least one row under the headings";

    private TemplateFiles() {}

    static TemplateRows read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return TemplateRows.refused(TemplateProblem.ofFile(EMPTY));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return readWorkbook(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return TemplateRows.refused(TemplateProblem.ofFile(OLD_EXCEL));
        }
        if (name.endsWith(".xlsx")) {
            return TemplateRows.refused(TemplateProblem.ofFile(NOT_XLSX));
        }
        if (!name.endsWith(".csv")) {
            return TemplateRows.refused(TemplateProblem.ofFile(WRONG_TYPE));
        }
        return readCsv(content);
    }

    private static boolean startsWith(byte[] content, int... bytes) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    // XLSX

    private static TemplateRows readWorkbook(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            return readSheet(sheet);
        } catch (IOException | RuntimeException e) {
            // POI says "not a workbook" in many ways (a zip of something else, a damaged file).
            return TemplateRows.refused(TemplateProblem.ofFile(NOT_XLSX));
        }
    }

    private static TemplateRows readSheet(Sheet sheet) {
        String reference = null;
        Row header = null;
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum() && r < HEADER_SEARCH_ROWS; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String first = cellOf(row.getCell(0)).strip();
            if (first.equalsIgnoreCase(REFERENCE_LABEL)) {
                reference = cellOf(row.getCell(1)).strip();
            } else if (TemplateColumn.byHeader(first).isPresent()) {
                header = row;
                break;
            }
        }
        if (header == null) {
            return TemplateRows.refused(TemplateProblem.ofFile(
                    "The file has no row of column headings. Download the template again and fill it in"));
        }
        List<String> headings = new ArrayList<>();
        for (int c = 0; c < Math.max(header.getLastCellNum(), 0); c++) {
            headings.add(cellOf(header.getCell(c)).text());
        }
        List<TemplateProblem> problems = new ArrayList<>();
        Map<Integer, TemplateColumn> columns = columns(headings, header.getRowNum() + 1, problems);
        if (!problems.isEmpty()) {
            return new TemplateRows(List.of(), reference, problems);
        }
        List<TemplateRows.Row> rows = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<TemplateColumn, TemplateCell> cells = new EnumMap<>(TemplateColumn.class);
            columns.forEach((index, column) -> cells.put(column, cellOf(row.getCell(index))));
            if (addRow(rows, r + 1, cells, problems)) {
                break;
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(TemplateProblem.ofFile(NO_ROWS));
        }
        return new TemplateRows(rows, reference, problems);
    }

    private static TemplateCell cellOf(Cell cell) {
        if (cell == null) {
            return TemplateCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield TemplateCell.date(cell.getLocalDateTimeCellValue().toLocalDate());
                }
                BigDecimal number = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
                if (number.scale() < 0) {
                    number = number.setScale(0);
                }
                String format =
                        cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                yield TemplateCell.number(number, format != null && format.contains("%"));
            }
            case STRING -> TemplateCell.text(cell.getStringCellValue());
            case BOOLEAN -> TemplateCell.text(cell.getBooleanCellValue() ? "yes" : "no");
            case ERROR -> TemplateCell.text("#ERROR");
            default -> TemplateCell.BLANK;
        };
    }

    // CSV

    private static TemplateRows readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return TemplateRows.refused(TemplateProblem.ofFile(NOT_CSV));
        }
        if (text.indexOf('\0') >= 0) {
            return TemplateRows.refused(TemplateProblem.ofFile(NOT_CSV));
        }
        List<CsvReader.Row> lines;
        try {
            lines = CsvReader.readAll(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException("A string cannot fail to read", e);
        }
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return TemplateRows.refused(TemplateProblem.ofFile(EMPTY));
        }
        CsvReader.Row header = lines.get(first);
        List<TemplateProblem> problems = new ArrayList<>();
        header.malformations().forEach(m -> problems.add(new TemplateProblem(m.line(), null, lowerFirst(m.message()))));
        Map<Integer, TemplateColumn> columns = columns(header.fields(), header.line(), problems);
        if (!problems.isEmpty()) {
            return new TemplateRows(List.of(), null, problems);
        }
        List<TemplateRows.Row> rows = new ArrayList<>();
        for (CsvReader.Row line : lines.subList(first + 1, lines.size())) {
            line.malformations()
                    .forEach(m -> problems.add(
                            new TemplateProblem(m.line(), columns.get(m.field()), lowerFirst(m.message()))));
            Map<TemplateColumn, TemplateCell> cells = new EnumMap<>(TemplateColumn.class);
            columns.forEach((index, column) -> cells.put(
                    column,
                    index < line.fields().size()
                            ? TemplateCell.text(line.fields().get(index))
                            : TemplateCell.BLANK));
            if (addRow(rows, line.line(), cells, problems)) {
                break;
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(TemplateProblem.ofFile(NO_ROWS));
        }
        return new TemplateRows(rows, null, problems);
    }

    // Both

    /** Where each column is, by its heading; unknown and missing headings are problems of the header row. */
    private static Map<Integer, TemplateColumn> columns(
            List<String> headings, int headerRow, List<TemplateProblem> problems) {
        Map<Integer, TemplateColumn> columns = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i).strip();
            if (heading.isEmpty()) {
                continue;
            }
            Optional<TemplateColumn> column = TemplateColumn.byHeader(heading);
            if (column.isEmpty()) {
                problems.add(new TemplateProblem(
                        headerRow, null, "the column \"" + heading + "\" is not part of the template: remove it"));
            } else if (columns.containsValue(column.get())) {
                problems.add(
                        new TemplateProblem(headerRow, column.get(), "the column appears twice: keep one of them"));
            } else {
                columns.put(i, column.get());
            }
        }
        for (TemplateColumn required : REQUIRED) {
            if (!columns.containsValue(required)) {
                problems.add(new TemplateProblem(
                        headerRow, required, "the column is missing: download the template again and fill it in"));
            }
        }
        return columns;
    }

    /** Adds a row that has something in it; answers true when the file has too many rows to read on. */
    private static boolean addRow(
            List<TemplateRows.Row> rows,
            int number,
            Map<TemplateColumn, TemplateCell> cells,
            List<TemplateProblem> problems) {
        boolean blank = cells.entrySet().stream()
                .filter(e -> e.getKey().isInput())
                .allMatch(e -> e.getValue().isBlank());
        if (blank) {
            return false;
        }
        if (rows.size() == MAX_ROWS) {
            problems.add(new TemplateProblem(
                    number,
                    null,
                    "the file has more than " + MAX_ROWS + " commitments: upload at most " + MAX_ROWS + " at a time"));
            return true;
        }
        rows.add(new TemplateRows.Row(number, cells));
        return false;
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
