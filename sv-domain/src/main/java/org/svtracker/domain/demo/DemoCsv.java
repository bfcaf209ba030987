package org.svtracker.domain.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.svtracker.domain.measure.CsvReader;

/** The demo data files: CSV with a header, read into maps of column name to text. */
final class DemoCsv {

    private DemoCsv() {}

    static Reader open(String path) {
        try {
            return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static boolean exists(String path) {
        return new ClassPathResource(path).exists();
    }

    static List<Map<String, String>> rows(String path) {
        try (Reader reader = open(path)) {
            List<CsvReader.Row> records = CsvReader.readAll(reader);
            List<String> header = records.get(0).fields();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CsvReader.Row record : records.subList(1, records.size())) {
                if (record.fields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value =
                            i < record.fields().size() ? record.fields().get(i).trim() : "";
                    row.put(header.get(i).trim(), value);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
