package org.svtracker.domain.measure;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads comma-separated values with Apache Commons CSV (RFC 4180), one row at a time, remembering
 * the physical line each row starts on so that problems can point at the line a person sees in
 * their editor even when a quoted value spans several lines.
 *
 * <p>Lenient where spreadsheets are: LF, CRLF or a lone CR end a line, a leading byte order mark is
 * dropped, spaces around a value are ignored, and a quote inside an unquoted value is kept as it
 * is. Line breaks inside a quoted value come back as "\n". Text after a closing quote and a quote
 * that never closes are reported, because the values around them cannot be trusted.
 *
 * <p>Commons CSV reads the file once, forgiving both mistakes, to find where each record starts;
 * each record is then read again strictly, and only a record the strict reading refuses is looked
 * at more closely to say what is wrong with it and where.
 */
public final class CsvReader {

    /** One record: its values as written (not trimmed), and anything malformed in it. */
    public record Row(int line, List<String> fields, List<Malformation> malformations) {

        public Row {
            fields = List.copyOf(fields);
            malformations = List.copyOf(malformations);
        }

        /** Blank lines and rows of empty values, which spreadsheets leave behind, carry nothing. */
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A quoting mistake, at the physical line where it happened, in the value at that index. */
    public record Malformation(int line, int field, String message) {}

    static final String UNCLOSED_QUOTE = "A value in quotes starts on this line but its closing quote is missing";
    static final String TEXT_AFTER_QUOTE =
            "A value in quotes must be followed by a comma or the end of the line, not by more text";

    /** Blank lines stay rows, so that every row keeps its line. */
    private static final CSVFormat STRICT =
            CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    private static final CSVFormat UNCLOSED_QUOTE_ALLOWED =
            STRICT.builder().setLenientEof(true).get();
    private static final CSVFormat TEXT_AFTER_QUOTE_ALLOWED =
            STRICT.builder().setTrailingData(true).get();
    private static final CSVFormat LENIENT =
            UNCLOSED_QUOTE_ALLOWED.builder().setTrailingData(true).get();

    private final String text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private Located ahead;

    CsvReader(Reader in) throws IOException {
        StringWriter all = new StringWriter();
        in.transferTo(all);
        text = withoutByteOrderMark(all.toString());
        parser = CSVParser.parse(text, LENIENT);
        records = parser.iterator();
        ahead = nextRecord();
    }

    public static List<Row> readAll(Reader in) throws IOException {
        CsvReader reader = new CsvReader(in);
        List<Row> rows = new ArrayList<>();
        for (Row row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    /** The next row, or null at the end of the input. */
    Row next() {
        if (ahead == null) {
            return null;
        }
        Located current = ahead;
        // The next record's start is where this one's text ends.
        ahead = nextRecord();
        int end = ahead == null ? text.length() : (int) ahead.record().getCharacterPosition();
        String raw = text.substring((int) current.record().getCharacterPosition(), end);
        return row(current, raw);
    }

    private record Located(int line, CSVRecord record) {}

    private Located nextRecord() {
        // Asked before reading on: the parser has counted the line ends of the records before this one.
        int line = (int) parser.getCurrentLineNumber() + 1;
        return records.hasNext() ? new Located(line, records.next()) : null;
    }

    private static Row row(Located located, String raw) {
        Optional<List<String>> strict = parse(raw, STRICT);
        if (strict.isPresent()) {
            return new Row(located.line(), normalised(strict.get()), List.of());
        }
        List<String> fields = normalised(located.record().toList());
        List<Malformation> malformations = new ArrayList<>();
        if (parse(raw, UNCLOSED_QUOTE_ALLOWED).isEmpty()) {
            int field = valueWithTextAfterQuote(raw, fields.size());
            malformations.add(
                    new Malformation(located.line() + lineBreaks(fields, field + 1), field, TEXT_AFTER_QUOTE));
        }
        if (parse(raw, TEXT_AFTER_QUOTE_ALLOWED).isEmpty()) {
            // An unclosed quote runs to the end of the file, so it is always in the last value.
            int field = fields.size() - 1;
            malformations.add(new Malformation(located.line() + lineBreaks(fields, field), field, UNCLOSED_QUOTE));
        }
        return new Row(located.line(), fields, malformations);
    }

    /**
     * Which value has text after its closing quote: Commons CSV says only that the record is wrong,
     * so the record is read again up to each comma until it refuses the part read.
     */
    private static int valueWithTextAfterQuote(String raw, int values) {
        for (int comma = raw.indexOf(','); comma >= 0; comma = raw.indexOf(',', comma + 1)) {
            String start = raw.substring(0, comma);
            if (parse(start, UNCLOSED_QUOTE_ALLOWED).isEmpty()) {
                return parse(start, LENIENT).orElseThrow().size() - 1;
            }
        }
        return values - 1;
    }

    /** The values of the first record of {@code csv}, or empty when Commons CSV refuses it. */
    private static Optional<List<String>> parse(String csv, CSVFormat format) {
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            return Optional.of(records.hasNext() ? records.next().toList() : List.of());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line breaks within the values before {@code index}: only quoted values hold them. */
    private static int lineBreaks(List<String> fields, int index) {
        return (int) fields.subList(0, index).stream()
                .flatMapToInt(String::chars)
                .filter(c -> c == '\n')
                .count();
    }

    private static List<String> normalised(List<String> values) {
        return values.stream()
                .map(value -> value.replace("\r\n", "\n").replace('\r', '\n'))
                .toList();
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
