package org.svtracker.domain.measure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a measure library with its proxy values from CSV, the format described in
 * docs/measure-library-csv.md. Every problem in the file is reported with its line and column, and
 * a file with any problem gives no measures, so that an import is all or nothing.
 */
public final class MeasureLibraryCsv {

    static final String CODE = "code";
    static final String NAME = "name";
    static final String UNIT = "unit";
    static final String UNIT_GUIDANCE = "unit_guidance";
    static final String KIND = "kind";
    static final String OUTCOME_CODES = "outcome_codes";
    static final String FINANCIAL_YEAR = "financial_year";
    static final String PROXY_VALUE = "proxy_value";
    static final String PROXY_SOURCE = "proxy_source";
    static final String PROXY_LICENCE = "proxy_licence";

    /** The header, in the order the template and the documentation give it. */
    public static final List<String> COLUMNS = List.of(
            CODE,
            NAME,
            UNIT,
            UNIT_GUIDANCE,
            KIND,
            OUTCOME_CODES,
            FINANCIAL_YEAR,
            PROXY_VALUE,
            PROXY_SOURCE,
            PROXY_LICENCE);

    /** Rows after the header, blank ones not counted; enough for any council's library. */
    public static final int MAX_ROWS = 5_000;

    static final int MAX_CODE_LENGTH = 20;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_GUIDANCE_LENGTH = 500;
    static final int MAX_SOURCE_LENGTH = 500;
    static final int MAX_LICENCE_LENGTH = 500;
    /** Money is stored as numeric(14,2). */
    private static final BigDecimal TOO_MUCH = new BigDecimal("1000000000000");

    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern YEAR_PATTERN = Pattern.compile("(\\d{4})[/-](\\d{2})");
    private static final Pattern PLAIN_POUNDS = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern GROUPED_POUNDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
    private static final String POUNDS_FORMAT =
            "Proxy value must be a number of pounds with at most 2 decimals, like 24000.00";

    private final Set<String> knownOutcomeCodes;
    private final List<CsvProblem> problems = new ArrayList<>();
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    /** Where each known column sits in this file's header. */
    private final Map<String, Integer> positions = new HashMap<>();

    private int headerSize;

    private MeasureLibraryCsv(Set<String> knownOutcomeCodes) {
        this.knownOutcomeCodes = knownOutcomeCodes == null ? null : Set.copyOf(knownOutcomeCodes);
    }

    /**
     * Reads and checks a whole file. The reader must decode UTF-8; it is read to its end but not
     * closed.
     *
     * @param knownOutcomeCodes the codes of the council's outcomes that measures may serve, or null
     *     for a shared library, whose measures serve no council's outcomes yet
     * @throws UncheckedIOException when the reader fails
     */
    public static MeasureLibraryParse parse(Reader csv, Set<String> knownOutcomeCodes) {
        Objects.requireNonNull(csv, "csv");
        try {
            return new MeasureLibraryCsv(knownOutcomeCodes).read(new CsvReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MeasureLibraryParse read(CsvReader reader) {
        CsvReader.Row header = nextNonBlank(reader);
        if (header == null) {
            problem(1, null, "The file is empty");
            return result();
        }
        if (!header.malformations().isEmpty()) {
            header.malformations().forEach(m -> problem(m.line(), null, m.message()));
            return result();
        }
        checkHeader(header);
        if (!problems.isEmpty()) {
            return result();
        }
        int rows = 0;
        for (CsvReader.Row row = nextNonBlank(reader); row != null; row = nextNonBlank(reader)) {
            if (++rows > MAX_ROWS) {
                problem(
                        row.line(),
                        null,
                        "The file has more than 5,000 rows. Split it into files of 5,000 rows or fewer");
                break;
            }
            checkRow(row);
        }
        if (rows == 0) {
            problem(header.line(), null, "The file has no measures");
        }
        return result();
    }

    private static CsvReader.Row nextNonBlank(CsvReader reader) {
        CsvReader.Row row = reader.next();
        while (row != null && row.isBlank() && row.malformations().isEmpty()) {
            row = reader.next();
        }
        return row;
    }

    private void checkHeader(CsvReader.Row header) {
        List<String> names = header.fields();
        headerSize = names.size();
        for (int i = 0; i < names.size(); i++) {
            String given = names.get(i).strip();
            String name = given.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problem(header.line(), null, "Column " + (i + 1) + " of the header has no name");
            } else if (!COLUMNS.contains(name)) {
                positions.putIfAbsent(given, i);
                problem(header.line(), given, "The file has a column " + given + " that is not part of the format");
            } else if (positions.containsKey(name)) {
                problem(header.line(), name, "The file has more than one " + name + " column");
            } else {
                positions.put(name, i);
            }
        }
        for (String column : COLUMNS) {
            if (!positions.containsKey(column)) {
                problem(header.line(), column, "The file has no " + column + " column");
            }
        }
    }

    private void checkRow(CsvReader.Row row) {
        int line = row.line();
        if (!row.malformations().isEmpty()) {
            for (CsvReader.Malformation m : row.malformations()) {
                problem(m.line(), columnAt(m.field()), m.message());
            }
            return;
        }
        if (row.fields().size() != headerSize) {
            problem(
                    line,
                    null,
                    "This row has " + row.fields().size() + " values but the header has " + headerSize + " columns");
            return;
        }
        Values values = new Values(row);
        String code = values.get(CODE);
        checkCode(line, code);
        checkName(line, values.get(NAME));
        Optional<MeasureKind> kind = checkKind(line, values.get(KIND));
        Optional<MeasureUnit> unit = checkUnit(line, values.get(UNIT), kind);
        checkLength(line, UNIT_GUIDANCE, values.get(UNIT_GUIDANCE), MAX_GUIDANCE_LENGTH, "Unit guidance");
        List<String> outcomeCodes = checkOutcomeCodes(line, values.get(OUTCOME_CODES));
        ProxyRow proxy = checkProxy(line, values, kind);

        if (code.isEmpty()) {
            return;
        }
        Description description = new Description(values, unit, kind, outcomeCodes);
        Measure measure = measures.get(code);
        if (measure == null) {
            measure = new Measure(line, description);
            measures.put(code, measure);
        } else {
            compare(line, code, measure, description);
            Optional<MeasureKind> measureKind = measure.description.kind().or(() -> kind);
            if (measureKind.isPresent() && measureKind.get() != MeasureKind.VALUED) {
                problem(
                        line,
                        null,
                        "Measure " + code + " is " + measureKind.get().label()
                                + ", so it has one row only, and it is already on line " + measure.firstLine);
                return;
            }
        }
        measure.add(line, code, proxy);
    }

    private void checkCode(int line, String code) {
        if (code.isEmpty()) {
            problem(line, CODE, "Enter a code");
        } else if (length(code) > MAX_CODE_LENGTH) {
            problem(line, CODE, "Code must be " + MAX_CODE_LENGTH + " characters or fewer");
        } else if (!CODE_PATTERN.matcher(code).matches()) {
            problem(
                    line,
                    CODE,
                    "Code must contain only letters, digits, full stops (.), hyphens (-) and underscores (_)");
        }
    }

    private void checkName(int line, String name) {
        if (name.isEmpty()) {
            problem(line, NAME, "Enter a name");
        } else {
            checkLength(line, NAME, name, MAX_NAME_LENGTH, "Name");
        }
    }

    private Optional<MeasureKind> checkKind(int line, String text) {
        if (text.isEmpty()) {
            problem(line, KIND, "Enter a kind: valued, counted or narrative");
            return Optional.empty();
        }
        Optional<MeasureKind> kind = MeasureKind.parse(text);
        if (kind.isEmpty()) {
            problem(line, KIND, "Kind must be valued, counted or narrative");
        }
        return kind;
    }

    private Optional<MeasureUnit> checkUnit(int line, String text, Optional<MeasureKind> kind) {
        if (kind.isPresent() && kind.get() == MeasureKind.NARRATIVE) {
            if (!text.isEmpty()) {
                problem(line, UNIT, "Leave unit empty for a narrative measure");
            }
            return Optional.empty();
        }
        if (text.isEmpty()) {
            if (kind.isPresent()) {
                problem(line, UNIT, "Enter a unit for a " + kind.get().label() + " measure");
            }
            return Optional.empty();
        }
        Optional<MeasureUnit> unit = MeasureUnit.parse(text);
        if (unit.isEmpty()) {
            problem(line, UNIT, "Unit must be FTE, weeks, hours, £, tCO2e, tonnes or number");
        }
        return unit;
    }

    private List<String> checkOutcomeCodes(int line, String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
        if (knownOutcomeCodes == null) {
            if (!codes.isEmpty()) {
                problem(
                        line,
                        OUTCOME_CODES,
                        "Leave outcome codes empty: a shared library is not linked to any council's outcomes");
            }
        } else if (codes.isEmpty()) {
            problem(line, OUTCOME_CODES, "Enter at least one outcome code");
        } else {
            for (String code : codes) {
                if (!knownOutcomeCodes.contains(code)) {
                    problem(line, OUTCOME_CODES, "Outcome code " + code + " is not in your council's framework");
                }
            }
        }
        return List.copyOf(codes);
    }

    /** Checks the four proxy columns and answers the year and the proxy, each when valid. */
    private ProxyRow checkProxy(int line, Values values, Optional<MeasureKind> kind) {
        String yearText = values.get(FINANCIAL_YEAR);
        String valueText = values.get(PROXY_VALUE);
        String source = values.get(PROXY_SOURCE);
        String licence = values.get(PROXY_LICENCE);
        if (kind.isPresent() && kind.get() != MeasureKind.VALUED) {
            String label = kind.get().label();
            leaveEmpty(line, FINANCIAL_YEAR, yearText, "financial year", label);
            leaveEmpty(line, PROXY_VALUE, valueText, "proxy value", label);
            leaveEmpty(line, PROXY_SOURCE, source, "proxy source", label);
            leaveEmpty(line, PROXY_LICENCE, licence, "proxy licence", label);
            return new ProxyRow(null, null);
        }
        boolean valued = kind.isPresent();
        Integer year = null;
        if (!yearText.isEmpty()) {
            year = financialYear(line, yearText);
        } else if (valued) {
            problem(line, FINANCIAL_YEAR, "Enter a financial year for a valued measure, like 2024/25");
        }
        BigDecimal value = null;
        if (!valueText.isEmpty()) {
            value = pounds(line, valueText);
        } else if (valued) {
            problem(line, PROXY_VALUE, "Enter a proxy value for a valued measure");
        }
        boolean proxyGiven = valued || !valueText.isEmpty();
        if (source.isEmpty()) {
            if (proxyGiven) {
                problem(line, PROXY_SOURCE, "Enter the source of the proxy value");
            }
        } else {
            checkLength(line, PROXY_SOURCE, source, MAX_SOURCE_LENGTH, "Proxy source");
        }
        if (licence.isEmpty()) {
            if (proxyGiven) {
                problem(line, PROXY_LICENCE, "Enter the licence under which you may use the proxy value");
            }
        } else {
            checkLength(line, PROXY_LICENCE, licence, MAX_LICENCE_LENGTH, "Proxy licence");
        }
        if (year == null || value == null || source.isEmpty() || licence.isEmpty()) {
            return new ProxyRow(year, null);
        }
        return new ProxyRow(year, new ProxyDraft(year, value, source, licence));
    }

    private void leaveEmpty(int line, String column, String text, String what, String kind) {
        if (!text.isEmpty()) {
            problem(line, column, "Leave " + what + " empty for a " + kind + " measure");
        }
    }

    private Integer financialYear(int line, String text) {
        Matcher matcher = YEAR_PATTERN.matcher(text);
        if (!matcher.matches()) {
            problem(line, FINANCIAL_YEAR, "Financial year must be like 2024/25");
            return null;
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if (end != (start + 1) % 100) {
            problem(line, FINANCIAL_YEAR, "Financial year must be 2 years in a row, like 2024/25");
            return null;
        }
        if (start < 2000 || start > 2098) {
            problem(line, FINANCIAL_YEAR, "Financial year must be between 2000/01 and 2098/99");
            return null;
        }
        return start;
    }

    private BigDecimal pounds(int line, String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1).strip() : text;
        if (!PLAIN_POUNDS.matcher(digits).matches()
                && !GROUPED_POUNDS.matcher(digits).matches()) {
            problem(line, PROXY_VALUE, POUNDS_FORMAT);
            return null;
        }
        BigDecimal value = new BigDecimal(digits.replace(",", "")).setScale(2);
        if (negative || value.signum() == 0) {
            problem(line, PROXY_VALUE, "Proxy value must be more than 0");
            return null;
        }
        if (value.compareTo(TOO_MUCH) >= 0) {
            problem(line, PROXY_VALUE, "Proxy value must be less than 1,000,000,000,000");
            return null;
        }
        return value;
    }

    private void checkLength(int line, String column, String text, int max, String what) {
        if (length(text) > max) {
            problem(line, column, what + " must be " + max + " characters or fewer");
        }
    }

    /** Characters as a person counts them, so an accented letter or an emoji is one. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private void compare(int line, String code, Measure measure, Description later) {
        Description first = measure.description;
        String message = "This row describes measure " + code + " differently from line " + measure.firstLine;
        if (!first.name().equals(later.name())) {
            problem(line, NAME, message);
        }
        if (!first.unit().equals(later.unit())) {
            problem(line, UNIT, message);
        }
        if (!first.unitGuidance().equals(later.unitGuidance())) {
            problem(line, UNIT_GUIDANCE, message);
        }
        if (!first.kindText().equals(later.kindText())) {
            problem(line, KIND, message);
        }
        if (!Set.copyOf(first.outcomeCodes()).equals(Set.copyOf(later.outcomeCodes()))) {
            problem(line, OUTCOME_CODES, message);
        }
    }

    private String columnAt(int index) {
        return positions.entrySet().stream()
                .filter(e -> e.getValue() == index)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private void problem(int line, String column, String message) {
        problems.add(new CsvProblem(line, column, message));
    }

    private MeasureLibraryParse result() {
        if (!problems.isEmpty()) {
            List<CsvProblem> sorted = new ArrayList<>(problems);
            // A stable sort keeps several problems in one cell in the order they were found.
            sorted.sort(Comparator.comparingInt(CsvProblem::line).thenComparingInt(p -> rank(p.column())));
            return new MeasureLibraryParse(List.of(), sorted);
        }
        List<MeasureDraft> drafts = new ArrayList<>();
        measures.forEach((code, measure) -> drafts.add(measure.draft(code)));
        return new MeasureLibraryParse(drafts, List.of());
    }

    /** Left to right as in the file; whole-row problems first, columns the file lacks last. */
    private int rank(String column) {
        if (column == null) {
            return -1;
        }
        Integer position = positions.get(column);
        return position != null ? position : headerSize + COLUMNS.indexOf(column);
    }

    /** A row's financial year and proxy, each null when the row gives none or gives it wrong. */
    private record ProxyRow(Integer year, ProxyDraft proxy) {}

    /** One row's values by column name, trimmed. */
    private final class Values {

        private final CsvReader.Row row;

        Values(CsvReader.Row row) {
            this.row = row;
        }

        String get(String column) {
            return row.fields().get(positions.get(column)).strip();
        }
    }

    /** What every row of one measure must say the same way; units and kinds compare as understood. */
    private record Description(
            String name,
            String unit,
            String unitGuidance,
            String kindText,
            Optional<MeasureKind> kind,
            Optional<MeasureUnit> parsedUnit,
            List<String> outcomeCodes) {

        Description(Values values, Optional<MeasureUnit> unit, Optional<MeasureKind> kind, List<String> outcomes) {
            this(
                    values.get(NAME),
                    unit.map(Enum::name).orElse(values.get(UNIT).toLowerCase(Locale.ROOT)),
                    values.get(UNIT_GUIDANCE),
                    kind.map(Enum::name).orElse(values.get(KIND).toLowerCase(Locale.ROOT)),
                    kind,
                    unit,
                    outcomes);
        }
    }

    /** A measure as read so far: its first row and its proxies by financial year. */
    private final class Measure {

        private final int firstLine;
        private final Description description;
        private final Map<Integer, Integer> yearLines = new HashMap<>();
        private final TreeMap<Integer, ProxyDraft> proxies = new TreeMap<>();

        Measure(int firstLine, Description description) {
            this.firstLine = firstLine;
            this.description = description;
        }

        void add(int line, String code, ProxyRow row) {
            if (row.year() == null) {
                return;
            }
            Integer earlier = yearLines.putIfAbsent(row.year(), line);
            if (earlier != null) {
                problem(
                        line,
                        FINANCIAL_YEAR,
                        "Measure " + code + " already has a row for " + ProxyDraft.financialYear(row.year())
                                + " on line " + earlier);
            } else if (row.proxy() != null) {
                proxies.put(row.year(), row.proxy());
            }
        }

        MeasureDraft draft(String code) {
            String guidance = description.unitGuidance();
            return new MeasureDraft(
                    code,
                    description.name(),
                    description.parsedUnit().orElse(null),
                    guidance.isEmpty() ? null : guidance,
                    description.kind().orElseThrow(),
                    description.outcomeCodes(),
                    List.copyOf(proxies.values()));
        }
    }
}
