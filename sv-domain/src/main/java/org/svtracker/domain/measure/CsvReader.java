package org.svtracker.domain.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 describes them, one row at a time, remembering the
 * physical line each row starts on so that problems can point at the line a person sees in their
 * editor even when a quoted value spans several lines.
 *
 * <p>Lenient where spreadsheets are: LF, CRLF or a lone CR end a line, a leading byte order mark is
 * dropped, spaces before an opening quote are ignored, and a quote inside an unquoted value is kept
 * as it is. Line breaks inside a quoted value come back as "\n". Text after a closing quote and a
 * quote that never closes are reported, because the values around them cannot be trusted.
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

    private static final int END = -1;
    private static final int NOTHING = -2;

    private final Reader in;
    private int line = 1;
    private int pushedBack = NOTHING;
    private boolean started;
    private boolean atEnd;

    CsvReader(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
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
    Row next() throws IOException {
        if (!started) {
            started = true;
            int first = read();
            if (first != '\uFEFF') {
                unread(first);
            }
        }
        if (atEnd || peek() == END) {
            atEnd = true;
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        List<Malformation> malformations = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        while (true) {
            int ending = readField(fields.size(), value, malformations);
            fields.add(value.toString());
            value.setLength(0);
            if (ending != ',') {
                return new Row(start, fields, malformations);
            }
        }
    }

    /** Reads one value into the builder and answers what ended it: ',', '\n' or END. */
    private int readField(int index, StringBuilder value, List<Malformation> malformations) throws IOException {
        StringBuilder leadingSpaces = new StringBuilder();
        int c = read();
        while (c == ' ' || c == '\t') {
            leadingSpaces.append((char) c);
            c = read();
        }
        if (c != '"') {
            value.append(leadingSpaces);
            return readUnquotedRest(c, value);
        }
        int quoteLine = line;
        while (true) {
            c = read();
            if (c == END) {
                malformations.add(new Malformation(
                        quoteLine, index, "A value in quotes starts on this line but its closing quote is missing"));
                atEnd = true;
                return END;
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    value.append('"');
                    continue;
                }
                break;
            }
            if (isLineBreak(c)) {
                value.append('\n');
                continue;
            }
            value.append((char) c);
        }
        StringBuilder stray = new StringBuilder();
        int lineAfterQuote = line;
        c = read();
        while (c != ',' && c != END && !isLineBreak(c)) {
            stray.append((char) c);
            c = read();
        }
        if (!stray.toString().isBlank()) {
            malformations.add(new Malformation(
                    lineAfterQuote,
                    index,
                    "A value in quotes must be followed by a comma or the end of the line, not by more text"));
            value.append(stray);
        }
        return ending(c);
    }

    private int readUnquotedRest(int c, StringBuilder value) throws IOException {
        while (c != ',' && c != END && !isLineBreak(c)) {
            value.append((char) c);
            c = read();
        }
        return ending(c);
    }

    private static int ending(int c) {
        return c == ',' || c == END ? c : '\n';
    }

    /** Consumes a line break if c starts one (CRLF, LF or a lone CR) and counts the line. */
    private boolean isLineBreak(int c) throws IOException {
        if (c == '\n') {
            line++;
            return true;
        }
        if (c == '\r') {
            if (peek() == '\n') {
                read();
            }
            line++;
            return true;
        }
        return false;
    }

    private int read() throws IOException {
        if (pushedBack != NOTHING) {
            int c = pushedBack;
            pushedBack = NOTHING;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        int c = read();
        unread(c);
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
