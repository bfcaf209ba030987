package org.svtracker.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class MeasureLibraryCsvTests {

    private static final String HEADER = String.join(",", MeasureLibraryCsv.COLUMNS);
    private static final Set<String> OUTCOMES = Set.of("ECON1", "ECON2", "ENV1");
    private static final String FORMAT =
            "Proxy value must be a number of pounds with at most 2 decimals, like 24000.00";

    private static MeasureLibraryParse parse(String... lines) {
        return parseFor(OUTCOMES, lines);
    }

    private static MeasureLibraryParse parseFor(Set<String> outcomes, String... lines) {
        return MeasureLibraryCsv.parse(new StringReader(String.join("\n", lines) + "\n"), outcomes);
    }

    private static List<Tuple> problems(MeasureLibraryParse parse) {
        assertThat(parse.measures())
                .as("a file with problems gives no measures")
                .isEmpty();
        return parse.problems().stream()
                .map(p -> tuple(p.line(), p.column(), p.message()))
                .toList();
    }

    private static String valued(String code, String year, String value) {
        return code + ",Local people employed,FTE,,valued,ECON1," + year + "," + value
                + ",Our TOMs 2024,Licensed to the council by the Social Value Portal";
    }

    private static String counted(String code) {
        return code + ",Apprenticeship weeks,weeks,Weeks on an accredited scheme,counted,ECON2,,,,";
    }

    @Test
    void aValidFileGivesItsMeasuresInFileOrderWithProxiesInYearOrder() {
        MeasureLibraryParse parse = parse(
                HEADER,
                "NT1,Local people employed,FTE,One full-time equivalent for a year,valued,ECON1;ECON2,2025/26,"
                        + "\"25,100.50\",Our TOMs 2025,Licensed to Oxfordshire",
                "NT5,Apprenticeship weeks,weeks,,Counted,ECON2,,,,",
                "NT1,Local people employed,FTE,One full-time equivalent for a year,valued,ECON2;ECON1,2024-25,"
                        + "24000,Our TOMs 2024,Licensed to Oxfordshire",
                "CS-1,Support for local charities,,,narrative,ENV1,,,,");

        assertThat(parse.isValid()).isTrue();
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.measures())
                .containsExactly(
                        new MeasureDraft(
                                "NT1",
                                "Local people employed",
                                MeasureUnit.FTE,
                                "One full-time equivalent for a year",
                                MeasureKind.VALUED,
                                List.of("ECON1", "ECON2"),
                                List.of(
                                        new ProxyDraft(
                                                2024,
                                                new BigDecimal("24000.00"),
                                                "Our TOMs 2024",
                                                "Licensed to Oxfordshire"),
                                        new ProxyDraft(
                                                2025,
                                                new BigDecimal("25100.50"),
                                                "Our TOMs 2025",
                                                "Licensed to Oxfordshire"))),
                        new MeasureDraft(
                                "NT5",
                                "Apprenticeship weeks",
                                MeasureUnit.WEEKS,
                                null,
                                MeasureKind.COUNTED,
                                List.of("ECON2"),
                                List.of()),
                        new MeasureDraft(
                                "CS-1",
                                "Support for local charities",
                                null,
                                null,
                                MeasureKind.NARRATIVE,
                                List.of("ENV1"),
                                List.of()));
        assertThat(parse.measures().get(0).proxies().get(0).financialYear()).isEqualTo("2024/25");
    }

    @Test
    void everyProblemInAFileIsReportedWithItsLineAndColumnInOrder() {
        MeasureLibraryParse parse = parse(
                HEADER,
                ",,FTE,,valued,ECON1,2024/25,24000.00,Our TOMs,Ours",
                "NT1,Local jobs,furlongs,,sometimes,ECON9;ECON1,2024/25,£24000,,",
                "NT2,Weeks,weeks,,counted,,2024/25,10,Ours,Ours",
                "",
                "NT2,Weeks,weeks,,counted,ECON1,,,,",
                "NT3,Story,hours,,narrative,ENV1,,,,",
                "NT4,Carbon,tCO2e,,valued,ENV1,2024/26,0,Government,OGL v3.0",
                "NT4,Carbon saved,tCO2e,,valued,ENV1,2024/25,\"1,000.123\",Government,OGL v3.0",
                "NT4,Carbon,tCO2e,,valued,ENV1,2024/25,250.00,Government,OGL v3.0",
                "NT4,Carbon,tCO2e,,valued,ENV1,2024-25,250.00,Government,OGL v3.0",
                "way too many,values");

        assertThat(problems(parse))
                .containsExactly(
                        tuple(2, "code", "Enter a code"),
                        tuple(2, "name", "Enter a name"),
                        tuple(3, "unit", "Unit must be FTE, weeks, hours, £, tCO2e, tonnes or number"),
                        tuple(3, "kind", "Kind must be valued, counted or narrative"),
                        tuple(3, "outcome_codes", "Outcome code ECON9 is not in your council's framework"),
                        tuple(3, "proxy_value", FORMAT),
                        tuple(3, "proxy_source", "Enter the source of the proxy value"),
                        tuple(3, "proxy_licence", "Enter the licence under which you may use the proxy value"),
                        tuple(4, "outcome_codes", "Enter at least one outcome code"),
                        tuple(4, "financial_year", "Leave financial year empty for a counted measure"),
                        tuple(4, "proxy_value", "Leave proxy value empty for a counted measure"),
                        tuple(4, "proxy_source", "Leave proxy source empty for a counted measure"),
                        tuple(4, "proxy_licence", "Leave proxy licence empty for a counted measure"),
                        tuple(6, null, "Measure NT2 is counted, so it has one row only, and it is already on line 4"),
                        tuple(6, "outcome_codes", "This row describes measure NT2 differently from line 4"),
                        tuple(7, "unit", "Leave unit empty for a narrative measure"),
                        tuple(8, "financial_year", "Financial year must be 2 years in a row, like 2024/25"),
                        tuple(8, "proxy_value", "Proxy value must be more than 0"),
                        tuple(9, "name", "This row describes measure NT4 differently from line 8"),
                        tuple(9, "proxy_value", FORMAT),
                        tuple(10, "financial_year", "Measure NT4 already has a row for 2024/25 on line 9"),
                        tuple(11, "financial_year", "Measure NT4 already has a row for 2024/25 on line 9"),
                        tuple(12, null, "This row has 2 values but the header has 10 columns"));
        assertThat(parse.isValid()).isFalse();
    }

    @Test
    void columnsMayComeInAnyOrderInAnyCaseWithSpacesAround() {
        MeasureLibraryParse parse = parse(
                " Proxy_Licence ,proxy_source,PROXY_VALUE,financial_year,outcome_codes,kind,unit_guidance,unit,name,Code",
                "OGL v3.0,DESNZ carbon values,256.00,2024/25,ENV1,valued,,tCO2e,Carbon saved,ENV-C");

        assertThat(parse.isValid()).isTrue();
        assertThat(parse.measures().get(0).proxies())
                .containsExactly(new ProxyDraft(2024, new BigDecimal("256.00"), "DESNZ carbon values", "OGL v3.0"));
    }

    @Test
    void problemsAreSortedFromLeftToRightAsTheColumnsStandInTheFile() {
        MeasureLibraryParse parse = parse(
                "kind,proxy_licence,proxy_source,proxy_value,financial_year,outcome_codes,unit_guidance,unit,name,code",
                "valued,,,,,,,,,");

        assertThat(problems(parse))
                .extracting(t -> t.toList().get(1))
                .containsExactly(
                        "proxy_licence",
                        "proxy_source",
                        "proxy_value",
                        "financial_year",
                        "outcome_codes",
                        "unit",
                        "name",
                        "code");
    }

    @Test
    void eachMissingColumnIsReportedAndNoRowIsChecked() {
        MeasureLibraryParse parse = parse("code,name,unit,kind,outcome_codes,financial_year,proxy_value", ",,,,,,");

        assertThat(problems(parse))
                .containsExactly(
                        tuple(1, "unit_guidance", "The file has no unit_guidance column"),
                        tuple(1, "proxy_source", "The file has no proxy_source column"),
                        tuple(1, "proxy_licence", "The file has no proxy_licence column"));
    }

    @Test
    void anUnknownColumnIsReportedAndNoRowIsChecked() {
        MeasureLibraryParse parse = parse(HEADER + ",Notes", ",,,,,,,,,,");

        assertThat(problems(parse))
                .containsExactly(tuple(1, "Notes", "The file has a column Notes that is not part of the format"));
    }

    @Test
    void aColumnGivenTwiceOrWithoutANameIsReported() {
        MeasureLibraryParse parse = parse(HEADER + ",Code,", valued("NT1", "2024/25", "1") + ",x,");

        assertThat(problems(parse))
                .containsExactly(
                        tuple(1, null, "Column 12 of the header has no name"),
                        tuple(1, "code", "The file has more than one code column"));
    }

    @Test
    void anEmptyFileIsReported() {
        assertThat(problems(MeasureLibraryCsv.parse(new StringReader(""), OUTCOMES)))
                .containsExactly(tuple(1, null, "The file is empty"));
        assertThat(problems(MeasureLibraryCsv.parse(new StringReader("\uFEFF\r\n\r\n"), OUTCOMES)))
                .containsExactly(tuple(1, null, "The file is empty"));
    }

    @Test
    void aHeaderWithoutRowsIsReported() {
        assertThat(problems(parse(HEADER, "", ",,,,,,,,,")))
                .containsExactly(tuple(1, null, "The file has no measures"));
    }

    @Test
    void emptyLinesAreSkippedAndLineNumbersStayPhysical() {
        MeasureLibraryParse parse = parse(HEADER, "", counted("NT5"), "", ",,,,,,,,,", counted(""));

        assertThat(problems(parse)).containsExactly(tuple(6, "code", "Enter a code"));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        String file = "\uFEFF" + HEADER + "\r\n" + counted("NT5") + "\r\n" + valued("NT1", "2024/25", "1.5") + "\r\n";

        MeasureLibraryParse parse = MeasureLibraryCsv.parse(new StringReader(file), OUTCOMES);

        assertThat(parse.isValid()).isTrue();
        assertThat(parse.measures()).extracting(MeasureDraft::code).containsExactly("NT5", "NT1");
        assertThat(parse.measures().get(1).proxies().get(0).valuePerUnit()).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void aQuotedValueOverSeveralLinesKeepsLaterLineNumbersPhysical() {
        MeasureLibraryParse parse = parse(
                HEADER,
                "NT5,Apprenticeship weeks,weeks,\"Count weeks\non an \"\"accredited\"\" scheme,\nnot others\","
                        + "counted,ECON2,,,,",
                counted(""));

        assertThat(problems(parse)).containsExactly(tuple(5, "code", "Enter a code"));
        MeasureLibraryParse valid = parse(HEADER, "NT5,Weeks,weeks,\"Count weeks\r\non a scheme\",counted,ECON2,,,,");
        assertThat(valid.measures().get(0).unitGuidance()).isEqualTo("Count weeks\non a scheme");
    }

    @Test
    void anUnterminatedQuoteIsReportedInItsColumnAtTheLineWhereItOpened() {
        MeasureLibraryParse parse =
                parse(HEADER, counted("NT5"), "NT6,\"Weeks,weeks,,counted,ECON2,,,,", counted("NT7"));

        assertThat(problems(parse))
                .containsExactly(
                        tuple(3, "name", "A value in quotes starts on this line but its closing quote is missing"));
    }

    @Test
    void textAfterAClosingQuoteIsReportedInItsColumn() {
        MeasureLibraryParse parse = parse(HEADER, "NT5,\"Weeks\" of work,weeks,,counted,ECON2,,,,");

        assertThat(problems(parse))
                .containsExactly(tuple(
                        2,
                        "name",
                        "A value in quotes must be followed by a comma or the end of the line, not by more text"));
    }

    @Test
    void aBrokenQuoteInTheHeaderStopsTheChecks() {
        MeasureLibraryParse parse = parse("code,\"name", counted("NT5"));

        assertThat(problems(parse))
                .containsExactly(
                        tuple(1, null, "A value in quotes starts on this line but its closing quote is missing"));
    }

    @Test
    void aRowWithTooFewValuesIsReported() {
        assertThat(problems(parse(HEADER, "NT5,Weeks,weeks,,counted,ECON2")))
                .containsExactly(tuple(2, null, "This row has 6 values but the header has 10 columns"));
    }

    @Test
    void aCodeIsRequiredShortAndMadeOfSafeCharacters() {
        assertThat(parse(HEADER, counted("A".repeat(20)), counted("LOC-JOBS"), counted("n.t_1"))
                        .isValid())
                .isTrue();
        assertThat(problems(parse(HEADER, counted("A".repeat(21)), counted("NT 1"), counted("NT/1"), counted(" "))))
                .containsExactly(
                        tuple(2, "code", "Code must be 20 characters or fewer"),
                        tuple(
                                3,
                                "code",
                                "Code must contain only letters, digits, full stops (.), hyphens (-) and underscores (_)"),
                        tuple(
                                4,
                                "code",
                                "Code must contain only letters, digits, full stops (.), hyphens (-) and underscores (_)"),
                        tuple(5, "code", "Enter a code"));
    }

    @Test
    void codesAreCaseSensitive() {
        assertThat(parse(HEADER, counted("nt5"), counted("NT5")).measures()).hasSize(2);
    }

    @Test
    void aNameIsRequiredAndAtMost200Characters() {
        String ok = "NT5," + "é".repeat(200) + ",weeks,,counted,ECON2,,,,";
        String tooLong = "NT6," + "x".repeat(201) + ",weeks,,counted,ECON2,,,,";

        assertThat(problems(parse(HEADER, ok, tooLong, "NT7, ,weeks,,counted,ECON2,,,,")))
                .containsExactly(
                        tuple(3, "name", "Name must be 200 characters or fewer"), tuple(4, "name", "Enter a name"));
    }

    @Test
    void aValuedOrCountedMeasureNeedsAKnownUnit() {
        assertThat(problems(parse(
                        HEADER,
                        "NT5,Weeks,,,counted,ECON2,,,,",
                        "NT1,Jobs,,,valued,ECON1,2024/25,1,Ours,Ours",
                        "NT6,Weeks,days,,counted,ECON2,,,,",
                        "NT7,Weeks,,,,ECON2,,,,")))
                .containsExactly(
                        tuple(2, "unit", "Enter a unit for a counted measure"),
                        tuple(3, "unit", "Enter a unit for a valued measure"),
                        tuple(4, "unit", "Unit must be FTE, weeks, hours, £, tCO2e, tonnes or number"),
                        tuple(5, "kind", "Enter a kind: valued, counted or narrative"));
    }

    @Test
    void unitsAreReadByTheirLabelsInAnyCaseAndPoundsAlsoAsGbp() {
        MeasureLibraryParse parse = parse(
                HEADER,
                "A,x,fte,,counted,ECON1,,,,",
                "B,x,WEEKS,,counted,ECON1,,,,",
                "C,x,Hours,,counted,ECON1,,,,",
                "D,x,£,,counted,ECON1,,,,",
                "E,x,gbp,,counted,ECON1,,,,",
                "F,x,TCO2E,,counted,ECON1,,,,",
                "G,x,tonnes,,counted,ECON1,,,,",
                "H,x,Number,,counted,ECON1,,,,");

        assertThat(parse.measures())
                .extracting(MeasureDraft::unit)
                .containsExactly(
                        MeasureUnit.FTE,
                        MeasureUnit.WEEKS,
                        MeasureUnit.HOURS,
                        MeasureUnit.POUNDS,
                        MeasureUnit.POUNDS,
                        MeasureUnit.TCO2E,
                        MeasureUnit.TONNES,
                        MeasureUnit.NUMBER);
    }

    @Test
    void aNarrativeMeasureHasNoUnitAndNoProxy() {
        assertThat(problems(parse(HEADER, "CS1,Story,number,,narrative,ENV1,2024/25,1,Ours,Ours")))
                .containsExactly(
                        tuple(2, "unit", "Leave unit empty for a narrative measure"),
                        tuple(2, "financial_year", "Leave financial year empty for a narrative measure"),
                        tuple(2, "proxy_value", "Leave proxy value empty for a narrative measure"),
                        tuple(2, "proxy_source", "Leave proxy source empty for a narrative measure"),
                        tuple(2, "proxy_licence", "Leave proxy licence empty for a narrative measure"));
    }

    @Test
    void unitGuidanceIsAtMost500Characters() {
        String ok = "NT5,Weeks,weeks," + "g".repeat(500) + ",counted,ECON2,,,,";
        String tooLong = "NT6,Weeks,weeks," + "g".repeat(501) + ",counted,ECON2,,,,";

        assertThat(problems(parse(HEADER, ok, tooLong)))
                .containsExactly(tuple(3, "unit_guidance", "Unit guidance must be 500 characters or fewer"));
    }

    @Test
    void kindsAreReadInAnyCase() {
        assertThat(parse(HEADER, "A,x,FTE,,COUNTED,ECON1,,,,", "B,x,,,Narrative,ECON1,,,,")
                        .measures())
                .extracting(MeasureDraft::kind)
                .containsExactly(MeasureKind.COUNTED, MeasureKind.NARRATIVE);
    }

    @Test
    void everyUnknownOutcomeCodeIsNamedAndEmptyPartsAreIgnored() {
        assertThat(problems(parse(HEADER, "NT5,Weeks,weeks,,counted, ECON2 ;;econ1;X9 ;,,,,")))
                .containsExactly(
                        tuple(2, "outcome_codes", "Outcome code econ1 is not in your council's framework"),
                        tuple(2, "outcome_codes", "Outcome code X9 is not in your council's framework"));
        assertThat(parse(HEADER, "NT5,Weeks,weeks,,counted,ECON2;;ECON1;ECON2,,,,")
                        .measures()
                        .get(0)
                        .outcomeCodes())
                .containsExactly("ECON2", "ECON1");
    }

    @Test
    void aSharedLibraryHasNoOutcomeCodes() {
        MeasureLibraryParse shared = parseFor(null, HEADER, "NT5,Weeks,weeks,,counted,,,,,");
        assertThat(shared.isValid()).isTrue();
        assertThat(shared.measures().get(0).outcomeCodes()).isEmpty();

        assertThat(problems(parseFor(null, HEADER, counted("NT5"))))
                .containsExactly(tuple(
                        2,
                        "outcome_codes",
                        "Leave outcome codes empty: a shared library is not linked to any council's outcomes"));
    }

    @Test
    void aCouncilLibraryNeedsAtLeastOneOutcomeCode() {
        assertThat(problems(parseFor(Set.of(), HEADER, "NT5,Weeks,weeks,,counted, ; ,,,,")))
                .containsExactly(tuple(2, "outcome_codes", "Enter at least one outcome code"));
    }

    @Test
    void aFinancialYearIsWrittenLike2024Slash25Or2024Dash25() {
        assertThat(parse(HEADER, valued("A", "2024/25", "1"), valued("A", "2025-26", "1"), valued("A", "2099/00", "1"))
                        .isValid())
                .isFalse();
        assertThat(parse(HEADER, valued("A", "2024/25", "1"), valued("A", "2025-26", "1"), valued("A", "2098/99", "1"))
                        .measures()
                        .get(0)
                        .proxies())
                .extracting(ProxyDraft::financialYearStart)
                .containsExactly(2024, 2025, 2098);
        assertThat(problems(parse(
                        HEADER,
                        valued("A", "2024", "1"),
                        valued("B", "24/25", "1"),
                        valued("C", "2024/2025", "1"),
                        valued("D", "2024/24", "1"),
                        valued("E", "1999/00", "1"),
                        valued("F", "", "1"))))
                .containsExactly(
                        tuple(2, "financial_year", "Financial year must be like 2024/25"),
                        tuple(3, "financial_year", "Financial year must be like 2024/25"),
                        tuple(4, "financial_year", "Financial year must be like 2024/25"),
                        tuple(5, "financial_year", "Financial year must be 2 years in a row, like 2024/25"),
                        tuple(6, "financial_year", "Financial year must be between 2000/01 and 2098/99"),
                        tuple(7, "financial_year", "Enter a financial year for a valued measure, like 2024/25"));
    }

    @Test
    void aProxyValueIsPositivePoundsWithAtMostTwoDecimalsAndOptionalThousandsCommas() {
        MeasureLibraryParse valid = parse(
                HEADER,
                valued("A", "2020/21", "\"24,000.00\""),
                valued("A", "2021/22", "\"1,234,567\""),
                valued("A", "2022/23", "0.01"),
                valued("A", "2023/24", "999999999999.99"),
                valued("A", "2024/25", "\" 7.5 \""));
        assertThat(valid.problems()).isEmpty();
        assertThat(valid.measures().get(0).proxies())
                .extracting(ProxyDraft::valuePerUnit)
                .containsExactly(
                        new BigDecimal("24000.00"),
                        new BigDecimal("1234567.00"),
                        new BigDecimal("0.01"),
                        new BigDecimal("999999999999.99"),
                        new BigDecimal("7.50"));

        assertThat(problems(parse(
                        HEADER,
                        valued("A", "2020/21", "£24000"),
                        valued("B", "2020/21", "24000.001"),
                        valued("C", "2020/21", "\"24,00\""),
                        valued("D", "2020/21", "-5"),
                        valued("E", "2020/21", "0.00"),
                        valued("F", "2020/21", "1e5"),
                        valued("G", "2020/21", "1000000000000"),
                        valued("H", "2020/21", ""))))
                .containsExactly(
                        tuple(2, "proxy_value", FORMAT),
                        tuple(3, "proxy_value", FORMAT),
                        tuple(4, "proxy_value", FORMAT),
                        tuple(5, "proxy_value", "Proxy value must be more than 0"),
                        tuple(6, "proxy_value", "Proxy value must be more than 0"),
                        tuple(7, "proxy_value", FORMAT),
                        tuple(8, "proxy_value", "Proxy value must be less than 1,000,000,000,000"),
                        tuple(9, "proxy_value", "Enter a proxy value for a valued measure"));
    }

    @Test
    void aProxyValueAlwaysNeedsItsSourceAndLicence() {
        assertThat(problems(parse(
                        HEADER,
                        "NT1,Jobs,FTE,,valued,ECON1,2024/25,24000,,",
                        "NT2,Jobs,FTE,,,ECON1,2024/25,24000,,",
                        "NT3,Jobs,FTE,,valued,ECON1,2024/25,24000,Ours,")))
                .containsExactly(
                        tuple(2, "proxy_source", "Enter the source of the proxy value"),
                        tuple(2, "proxy_licence", "Enter the licence under which you may use the proxy value"),
                        tuple(3, "kind", "Enter a kind: valued, counted or narrative"),
                        tuple(3, "proxy_source", "Enter the source of the proxy value"),
                        tuple(3, "proxy_licence", "Enter the licence under which you may use the proxy value"),
                        tuple(4, "proxy_licence", "Enter the licence under which you may use the proxy value"));
    }

    @Test
    void proxySourceAndLicenceAreAtMost500Characters() {
        String row = "NT1,Jobs,FTE,,valued,ECON1,2024/25,1," + "s".repeat(501) + "," + "l".repeat(501);

        assertThat(problems(parse(HEADER, row)))
                .containsExactly(
                        tuple(2, "proxy_source", "Proxy source must be 500 characters or fewer"),
                        tuple(2, "proxy_licence", "Proxy licence must be 500 characters or fewer"));
    }

    @Test
    void aCountedMeasureHasExactlyOneRowWithoutProxy() {
        assertThat(problems(parse(HEADER, counted("NT5"), counted("NT5"))))
                .containsExactly(
                        tuple(3, null, "Measure NT5 is counted, so it has one row only, and it is already on line 2"));
        assertThat(problems(parse(HEADER, "NT5,Weeks,weeks,,counted,ECON2,2024/25,,,")))
                .containsExactly(tuple(2, "financial_year", "Leave financial year empty for a counted measure"));
    }

    @Test
    void aNarrativeMeasureHasExactlyOneRow() {
        assertThat(problems(parse(HEADER, "CS1,Story,,,narrative,ENV1,,,,", "CS1,Story,,,narrative,ENV1,,,,")))
                .containsExactly(tuple(
                        3, null, "Measure CS1 is narrative, so it has one row only, and it is already on line 2"));
    }

    @Test
    void rowsOfOneMeasureMustDescribeItTheSameWay() {
        String first = "NT1,Jobs,FTE,Full time,valued,ECON1;ECON2,2024/25,1,Ours,Ours";
        String same = "NT1,Jobs,fte,Full time,VALUED,ECON2;ECON1,2025/26,1,Other source,Other licence";
        String different = "NT1,Job,weeks,Part time,counted,ECON1,2026/27,1,Ours,Ours";

        assertThat(parse(HEADER, first, same).isValid()).isTrue();
        String message = "This row describes measure NT1 differently from line 2";
        assertThat(problems(parse(HEADER, first, same, different)))
                .containsExactly(
                        tuple(4, "name", message),
                        tuple(4, "unit", message),
                        tuple(4, "unit_guidance", message),
                        tuple(4, "kind", message),
                        tuple(4, "outcome_codes", message),
                        tuple(4, "financial_year", "Leave financial year empty for a counted measure"),
                        tuple(4, "proxy_value", "Leave proxy value empty for a counted measure"),
                        tuple(4, "proxy_source", "Leave proxy source empty for a counted measure"),
                        tuple(4, "proxy_licence", "Leave proxy licence empty for a counted measure"));
    }

    @Test
    void poundsWrittenAsGbpOrTheSignAreTheSameUnit() {
        assertThat(parse(
                                HEADER,
                                "SP1,Local spend,£,,valued,ECON1,2024/25,0.10,Ours,Ours",
                                "SP1,Local spend,GBP,,valued,ECON1,2025/26,0.12,Ours,Ours")
                        .isValid())
                .isTrue();
    }

    @Test
    void oneMeasureHasOneRowPerFinancialYear() {
        assertThat(problems(parse(
                        HEADER,
                        valued("NT1", "2024/25", "1"),
                        valued("NT1", "2025/26", "1"),
                        valued("NT1", "2024-25", "2"))))
                .containsExactly(tuple(4, "financial_year", "Measure NT1 already has a row for 2024/25 on line 2"));
    }

    @Test
    void aFileHasAtMost5000Rows() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 1; i <= MeasureLibraryCsv.MAX_ROWS; i++) {
            lines.add(counted("M" + i));
        }
        assertThat(parse(lines.toArray(String[]::new)).measures()).hasSize(5000);

        lines.add("");
        lines.add(counted(""));
        lines.add(counted(""));
        assertThat(problems(parse(lines.toArray(String[]::new))))
                .containsExactly(tuple(
                        5003, null, "The file has more than 5,000 rows. Split it into files of 5,000 rows or fewer"));
    }

    @Test
    void aParseCannotHoldBothMeasuresAndProblems() {
        MeasureDraft draft =
                new MeasureDraft("A", "x", MeasureUnit.NUMBER, null, MeasureKind.COUNTED, List.of(), List.of());
        CsvProblem problem = new CsvProblem(1, null, "The file is empty");

        assertThatThrownBy(() -> new MeasureLibraryParse(List.of(draft), List.of(problem)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExampleInTheDocumentationIsValid() throws IOException {
        String doc = Files.readString(Path.of("../docs/measure-library-csv.md"), StandardCharsets.UTF_8);
        Matcher example = Pattern.compile("```csv\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(example.find()).isTrue();

        MeasureLibraryParse parse = MeasureLibraryCsv.parse(
                new StringReader(example.group(1)), Set.of("ECON-JOBS", "ECON-SKILLS", "ENV-CARBON", "SOC-COMM"));

        assertThat(parse.problems()).isEmpty();
        assertThat(parse.measures())
                .extracting(MeasureDraft::code)
                .containsExactly("LOC-JOBS", "APP-WKS", "ENV-CO2", "COMM-1");
    }
}
