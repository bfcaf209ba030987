package org.svtracker.reporting.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 text back into rows with Apache Commons CSV, strictly: a quote left open or text
 * after a closing quote is refused, and every record must end with CRLF, which Commons CSV alone
 * would not check.
 */
final class CsvReader {

    private CsvReader() {}

    static List<List<String>> read(String csv) {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            records.stream().skip(1).forEach(record -> endsWithCrlf(csv, (int) record.getCharacterPosition()));
            endsWithCrlf(csv, csv.length());
            return records.stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void endsWithCrlf(String csv, int end) {
        if (end > 0 && !csv.startsWith("\r\n", end - 2)) {
            throw new IllegalArgumentException("A record does not end with CRLF before " + end);
        }
    }
}
