package org.svtracker.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static List<CsvReader.Row> read(String text) throws IOException {
        return CsvReader.readAll(new StringReader(text));
    }

    private static List<List<String>> fields(String text) throws IOException {
        return read(text).stream().map(CsvReader.Row::fields).toList();
    }

    @Test
    void plainValuesAreSplitAtCommas() throws IOException {
        assertThat(fields("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void aQuotedValueMayHoldCommasAndDoubledQuotes() throws IOException {
        assertThat(fields("\"24,000.00\",\"the \"\"real\"\" Living Wage\"\n"))
                .containsExactly(List.of("24,000.00", "the \"real\" Living Wage"));
    }

    @Test
    void aQuotedValueMayHoldLineBreaksAndTheNextRowKeepsItsPhysicalLine() throws IOException {
        List<CsvReader.Row> rows = read("code,name\nNT1,\"first line\r\nsecond line\nthird\"\nNT2,x\n");

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 5);
        assertThat(rows.get(1).fields()).containsExactly("NT1", "first line\nsecond line\nthird");
    }

    @Test
    void crlfAndLfLineEndsAreBothAccepted() throws IOException {
        List<CsvReader.Row> rows = read("a,b\r\n1,2\n3,4\r\n");

        assertThat(rows)
                .extracting(CsvReader.Row::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 3);
    }

    @Test
    void aLoneCarriageReturnAlsoEndsALine() throws IOException {
        assertThat(read("a\rb\r")).extracting(CsvReader.Row::line).containsExactly(1, 2);
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() throws IOException {
        assertThat(fields("\uFEFFcode,name\n")).containsExactly(List.of("code", "name"));
    }

    @Test
    void aByteOrderMarkBeforeAQuotedHeaderIsIgnoredToo() throws IOException {
        assertThat(fields("\uFEFF\"code\",name")).containsExactly(List.of("code", "name"));
    }

    @Test
    void aTrailingCommaGivesATrailingEmptyValue() throws IOException {
        assertThat(fields("a,b,\n,,\n")).containsExactly(List.of("a", "b", ""), List.of("", "", ""));
    }

    @Test
    void theLastLineNeedsNoLineEnd() throws IOException {
        assertThat(fields("a,b\n1,\"2\"")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void anEmptyInputHasNoRows() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("\uFEFF")).isEmpty();
    }

    @Test
    void emptyLinesAreBlankRowsAtTheirOwnLines() throws IOException {
        List<CsvReader.Row> rows = read("a\n\n,,\n\"\"\nb\n");

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows).extracting(CsvReader.Row::isBlank).containsExactly(false, true, true, true, false);
    }

    @Test
    void spacesAroundAValueAreIgnoredSoThatSpacesBeforeAnOpeningQuoteAreToo() throws IOException {
        assertThat(fields("a,  \"b, c\", d \n")).containsExactly(List.of("a", "b, c", "d"));
    }

    @Test
    void spacesInsideQuotesAreKept() throws IOException {
        assertThat(fields("\" a \",b\n")).containsExactly(List.of(" a ", "b"));
    }

    @Test
    void aQuoteInsideAPlainValueIsKeptAsItIs() throws IOException {
        List<CsvReader.Row> rows = read("5\" pipe,x\n");

        assertThat(rows.get(0).fields()).containsExactly("5\" pipe", "x");
        assertThat(rows.get(0).malformations()).isEmpty();
    }

    @Test
    void anUnterminatedQuoteIsReportedAtTheLineWhereTheQuoteOpened() throws IOException {
        List<CsvReader.Row> rows = read("a,b\n1,2\n3,\"never\nclosed,\n4,5\n");

        assertThat(rows).hasSize(3);
        CsvReader.Row broken = rows.get(2);
        assertThat(broken.line()).isEqualTo(3);
        assertThat(broken.malformations())
                .containsExactly(new CsvReader.Malformation(
                        3, 1, "A value in quotes starts on this line but its closing quote is missing"));
    }

    @Test
    void anUnterminatedQuoteOnALaterLineOfTheRowIsReportedWhereItOpened() throws IOException {
        List<CsvReader.Row> rows = read("\"multi\nline\",\"open\n");

        assertThat(rows.get(0).line()).isEqualTo(1);
        assertThat(rows.get(0).malformations())
                .extracting(CsvReader.Malformation::line, CsvReader.Malformation::field)
                .containsExactly(tuple(2, 1));
    }

    @Test
    void textAfterAClosingQuoteIsReportedAndReadingGoesOn() throws IOException {
        List<CsvReader.Row> rows = read("\"ab\"cd,e\nf,g\n");

        assertThat(rows.get(0).fields()).containsExactly("abcd", "e");
        assertThat(rows.get(0).malformations())
                .containsExactly(new CsvReader.Malformation(
                        1,
                        0,
                        "A value in quotes must be followed by a comma or the end of the line, not by more text"));
        assertThat(rows.get(1).fields()).containsExactly("f", "g");
    }

    @Test
    void textAfterAClosingQuoteIsReportedInItsValueAtTheLineOfTheQuote() throws IOException {
        List<CsvReader.Row> rows = read("\"x, y\",\"two\nlines\" and more,z\n");

        assertThat(rows.get(0).fields()).containsExactly("x, y", "two\nlines and more", "z");
        assertThat(rows.get(0).malformations())
                .extracting(CsvReader.Malformation::line, CsvReader.Malformation::field)
                .containsExactly(tuple(2, 1));
    }

    @Test
    void textAfterAClosingQuoteAndAnUnterminatedQuoteInOneRowAreBothReported() throws IOException {
        List<CsvReader.Row> rows = read("\"ab\"cd,\"open\n");

        assertThat(rows.get(0).malformations())
                .extracting(CsvReader.Malformation::line, CsvReader.Malformation::field)
                .containsExactly(tuple(1, 0), tuple(1, 1));
    }

    @Test
    void spacesAfterAClosingQuoteAreAllowed() throws IOException {
        List<CsvReader.Row> rows = read("\"a\"  ,b\n");

        assertThat(rows.get(0).fields()).containsExactly("a", "b");
        assertThat(rows.get(0).malformations()).isEmpty();
    }

    @Test
    void charactersOutsideTheBasicPlaneSurviveIntact() throws IOException {
        assertThat(fields("café,\"😀 £\"\n")).containsExactly(List.of("café", "😀 £"));
    }
}
