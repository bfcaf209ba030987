package org.svtracker.domain.commitment.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.framework.FrameworkView.OutcomeView;
import org.svtracker.domain.framework.FrameworkView.ThemeView;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureView;

/**
 * Writes the commitments template of a contract. The workbook has the contract's reference and title
 * above the headings, drop-down lists of the council's measures and outcomes (from the locked
 * "Measures" and "Outcomes" sheets), the unit of the chosen measure worked out by a formula, and an
 * "Instructions" sheet. The CSV has the same headings, with a byte order mark so Excel reads UTF-8.
 */
final class TemplateWriter {

    static final String INSTRUCTIONS = "Instructions";
    static final String MEASURES = "Measures";
    static final String OUTCOMES = "Outcomes";
    static final String TITLE_LABEL = "Contract title";
    /** The rows of the workbook that have the drop-downs and the unit formula. */
    static final int ROWS = 200;
    /** The row of the headings, as Excel numbers it: the first commitment goes on the row after. */
    static final int HEADER_ROW = 3;

    private TemplateWriter() {}

    static byte[] csv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(Arrays.stream(TemplateColumn.values()).map(TemplateColumn::header));
        } catch (IOException e) {
            throw new UncheckedIOException("A string cannot fail to write", e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] workbook(ContractView contract, TemplateCatalogue catalogue) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);

            XSSFSheet commitments = workbook.createSheet(TemplateFiles.SHEET);
            XSSFSheet instructions = workbook.createSheet(INSTRUCTIONS);
            XSSFSheet measures = workbook.createSheet(MEASURES);
            XSSFSheet outcomes = workbook.createSheet(OUTCOMES);

            int measureRows = measuresSheet(measures, catalogue, heading);
            int outcomeRows = outcomesSheet(outcomes, catalogue, heading);
            commitmentsSheet(commitments, contract, measureRows, outcomeRows, heading, date);
            instructionsSheet(instructions, contract, heading, wrapped);
            workbook.setActiveSheet(0);

            workbook.getProperties().getCoreProperties().setTitle("Commitments for " + contract.reference());
            workbook.getProperties().getCoreProperties().setCreator("Social Value Tracker");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the commitments template", e);
        }
    }

    private static void commitmentsSheet(
            XSSFSheet sheet,
            ContractView contract,
            int measureRows,
            int outcomeRows,
            CellStyle heading,
            CellStyle date) {
        headings(sheet, 0, heading, TemplateFiles.REFERENCE_LABEL).createCell(1).setCellValue(contract.reference());
        headings(sheet, 1, heading, TITLE_LABEL).createCell(1).setCellValue(contract.title());
        headings(
                sheet,
                HEADER_ROW - 1,
                heading,
                Arrays.stream(TemplateColumn.values())
                        .map(TemplateColumn::header)
                        .toArray(String[]::new));
        int first = HEADER_ROW; // 0-based index of the first commitment row
        int last = HEADER_ROW + ROWS - 1;
        int measureColumn = TemplateColumn.MEASURE.ordinal();
        String measureCell = columnLetter(measureColumn);
        for (int r = first; r <= last; r++) {
            Row row = sheet.createRow(r);
            int excelRow = r + 1;
            row.createCell(TemplateColumn.UNIT.ordinal())
                    .setCellFormula("IF(" + measureCell + excelRow + "=\"\",\"\",IFERROR(VLOOKUP(" + measureCell
                            + excelRow + "," + MEASURES + "!$A$2:$D$" + (measureRows + 1) + ",4,FALSE),\"\"))");
            row.createCell(TemplateColumn.DUE_DATE.ordinal()).setCellStyle(date);
        }

        DataValidationHelper helper = sheet.getDataValidationHelper();
        validate(
                sheet,
                helper,
                TemplateColumn.MEASURE,
                helper.createFormulaListConstraint(MEASURES + "!$A$2:$A$" + (measureRows + 1)),
                "Select a measure from the list.");
        validate(
                sheet,
                helper,
                TemplateColumn.PRIMARY_OUTCOME,
                helper.createFormulaListConstraint(OUTCOMES + "!$A$2:$A$" + (outcomeRows + 1)),
                "Select an outcome the measure serves, or leave it blank for the measure's first outcome.");
        validate(
                sheet,
                helper,
                TemplateColumn.LOCAL,
                helper.createExplicitListConstraint(new String[] {"yes", "no"}),
                "Select yes or no.");
        validate(
                sheet,
                helper,
                TemplateColumn.TARGET_QUANTITY,
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                "Enter a number greater than 0, in the measure's unit.");
        validate(
                sheet,
                helper,
                TemplateColumn.DUE_DATE,
                helper.createDateConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN,
                        "DATE(2000,1,1)",
                        "DATE(2100,12,31)",
                        "dd/mm/yyyy"),
                "Enter a date, like 31/03/2028.");
        for (TemplateColumn percent : List.of(TemplateColumn.DEADWEIGHT, TemplateColumn.ATTRIBUTION)) {
            validate(
                    sheet,
                    helper,
                    percent,
                    helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                    "Enter a percentage from 0 to 100, like 25, or leave it blank.");
        }

        widths(sheet, 48, 10, 16, 14, 40, 8, 14, 14, 60);
        sheet.createFreezePane(0, HEADER_ROW);
    }

    /** Checks a column of the commitment rows as it is typed; the prompt and the refusal are titled with its heading. */
    private static void validate(
            Sheet sheet,
            DataValidationHelper helper,
            TemplateColumn column,
            DataValidationConstraint constraint,
            String text) {
        CellRangeAddressList cells =
                new CellRangeAddressList(HEADER_ROW, HEADER_ROW + ROWS - 1, column.ordinal(), column.ordinal());
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(column.header(), text);
        validation.setShowPromptBox(true);
        validation.createPromptBox(column.header(), text);
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            validation.setSuppressDropDownArrow(true); // in XSSF, true shows the arrow
        }
        sheet.addValidationData(validation);
    }

    private static int measuresSheet(XSSFSheet sheet, TemplateCatalogue catalogue, CellStyle heading) {
        Map<Long, OutcomeView> outcomes = catalogue.outcomesById();
        headings(
                sheet,
                0,
                heading,
                "Measure",
                "Code",
                "Name",
                "Unit",
                "Kind",
                "Outcomes served",
                "£ per unit in " + catalogue.proxyYear(),
                "How to count");
        int r = 1;
        for (MeasureView measure : catalogue.measures()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(TemplateCatalogue.label(measure));
            row.createCell(1).setCellValue(measure.code());
            row.createCell(2).setCellValue(measure.name());
            row.createCell(3)
                    .setCellValue(
                            measure.unit() == null
                                    ? "none (narrative)"
                                    : measure.unit().label());
            row.createCell(4).setCellValue(measure.kind().label());
            row.createCell(5)
                    .setCellValue(measure.outcomeIds().stream()
                            .map(outcomes::get)
                            .filter(o -> o != null && !o.retired())
                            .map(OutcomeView::code)
                            .collect(Collectors.joining("; ")));
            if (measure.kind() == MeasureKind.VALUED) {
                catalogue
                        .proxyOf(measure)
                        .ifPresent(p -> row.createCell(6)
                                .setCellValue(p.valuePerUnit().amount().doubleValue()));
            }
            row.createCell(7).setCellValue(measure.unitGuidance() == null ? "" : measure.unitGuidance());
        }
        lockLookup(sheet, 50, 12, 40, 16, 10, 20, 16, 60);
        return Math.max(catalogue.measures().size(), 1);
    }

    private static int outcomesSheet(XSSFSheet sheet, TemplateCatalogue catalogue, CellStyle heading) {
        headings(sheet, 0, heading, "Outcome", "Code", "Name", "Theme");
        int r = 1;
        for (ThemeView theme : catalogue.framework().themes()) {
            for (OutcomeView outcome : theme.outcomes()) {
                if (outcome.retired()) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(TemplateCatalogue.label(outcome));
                row.createCell(1).setCellValue(outcome.code());
                row.createCell(2).setCellValue(outcome.name());
                row.createCell(3).setCellValue(theme.name());
            }
        }
        lockLookup(sheet, 60, 14, 60, 30);
        return Math.max(r - 1, 1);
    }

    private static void instructionsSheet(
            XSSFSheet sheet, ContractView contract, CellStyle heading, CellStyle wrapped) {
        List<String[]> lines = List.of(
                new String[] {"Commitments template for " + contract.reference() + " " + contract.title()},
                new String[] {""},
                new String[] {
                    "Fill in one row for each commitment on the " + TemplateFiles.SHEET + " sheet, starting on row "
                            + (HEADER_ROW + 1) + ". Leave rows you do not need empty."
                },
                new String[] {
                    "Then upload the file on the contract's commitments page. Nothing is added until you"
                            + " have checked the preview and confirmed it, and either every row is added or none is."
                },
                new String[] {"You can also save the sheet as CSV UTF-8 and upload that. Keep the headings as they are."
                },
                new String[] {""},
                new String[] {"Column", "What to enter"},
                new String[] {
                    TemplateColumn.MEASURE.header(),
                    "Required. Select the measure from the list. The "
                            + MEASURES + " sheet lists every measure of the council with its unit, the outcomes it"
                            + " serves and how to count it. In a CSV file, the measure code on its own is enough."
                },
                new String[] {
                    TemplateColumn.UNIT.header(),
                    "Filled in for you from the measure: the unit the target"
                            + " quantity is counted in. It is not read back."
                },
                new String[] {
                    TemplateColumn.TARGET_QUANTITY.header(),
                    "Required, except for a narrative measure"
                            + " (leave it blank then). A number greater than 0, with at most 3 decimal places, in the"
                            + " measure's unit: for example 2.5 FTE or 120 hours."
                },
                new String[] {
                    TemplateColumn.DUE_DATE.header(),
                    "Required, except for a narrative measure. The date"
                            + " by which the whole target is delivered, like 31/03/2028."
                },
                new String[] {
                    TemplateColumn.PRIMARY_OUTCOME.header(),
                    "Optional. The outcome of the council's"
                            + " framework the commitment mainly serves: it must be one the measure serves (see the "
                            + MEASURES + " and " + OUTCOMES + " sheets). Left blank, it is the measure's first outcome."
                },
                new String[] {
                    TemplateColumn.LOCAL.header(),
                    "Optional. yes when the commitment benefits the"
                            + " contract's local area, otherwise no (blank means no)."
                },
                new String[] {
                    TemplateColumn.DEADWEIGHT.header(),
                    "Optional. The share, from 0 to 100, that would" + " have happened anyway. It lowers the net value."
                },
                new String[] {
                    TemplateColumn.ATTRIBUTION.header(),
                    "Optional. The share, from 0 to 100, owed to"
                            + " others than the supplier. It lowers the net value."
                },
                new String[] {
                    TemplateColumn.NARRATIVE.header(),
                    "Required for a narrative measure: what the"
                            + " supplier will do. Optional otherwise. At most 4,000 characters."
                },
                new String[] {""},
                new String[] {
                    "Values",
                    "The gross value is the target quantity times the £ per unit of the measure."
                            + " The net value takes off deadweight and attribution. Counted and narrative measures have"
                            + " no £ value. The values are fixed when the contract is awarded, at the £ per unit in"
                            + " force in that financial year."
                },
                new String[] {
                    "Limits",
                    "The file can be at most 2 MB and have at most " + TemplateFiles.MAX_ROWS
                            + " commitments. If anything is wrong, every problem is listed with its row and column, and"
                            + " nothing is added until the file is corrected and uploaded again."
                });
        int r = 0;
        for (String[] line : lines) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.length; c++) {
                row.createCell(c).setCellValue(line[c]);
                if (r == 1 || line[0].equals("Column")) {
                    row.getCell(c).setCellStyle(heading);
                } else if (line.length > 1) {
                    row.getCell(c).setCellStyle(wrapped);
                }
            }
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static Row headings(Sheet sheet, int rowIndex, CellStyle style, String... names) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
            row.getCell(c).setCellStyle(style);
        }
        return row;
    }

    /** Widths in characters, as Excel counts them (a 256th of a character each). */
    private static void widths(Sheet sheet, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** A lookup sheet the drop-downs read from: locked, so the lists cannot be edited by accident. */
    private static void lockLookup(XSSFSheet sheet, int... widths) {
        widths(sheet, widths);
        sheet.createFreezePane(0, 1);
        sheet.enableLocking();
    }

    private static String columnLetter(int index) {
        return String.valueOf((char) ('A' + index)).toUpperCase(Locale.ROOT);
    }
}
