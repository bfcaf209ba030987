package org.svtracker.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;

@DomainIntegrationTest
class MeasureLibraryImportTests {

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    MeasureLibrary library;

    @Test
    void aFileWithAnyProblemImportsNothingAndNamesEveryProblemByLineAndColumn() {
        TestCouncil council = fixtures.council("importshire");
        int before = library.library(council.id()).size();
        String csv = """
                code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence
                NEW1,A good measure,hours,,valued,EMP,2025/26,12.00,Our licence,Licensed to us
                NEW2,,hours,,valued,NOPE,2025/26,-1,Our licence,Licensed to us
                """;

        MeasureImportResult result =
                library.importLibrary(council.id(), new StringReader(csv), DomainFixtures.TODAY, DomainFixtures.SYSTEM);

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).extracting(CsvProblem::line).containsOnly(3);
        assertThat(result.problems()).extracting(CsvProblem::column).contains("name", "outcome_codes", "proxy_value");
        assertThat(library.library(council.id())).hasSize(before);
    }

    @Test
    void aValidFileAddsMeasuresAndReimportingUpdatesThemWithoutDuplicates() {
        TestCouncil council = fixtures.council("reimportshire");
        String csv = """
                code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence
                APPS,Apprenticeship weeks,weeks,One apprentice for one week,valued,SKL;EMP,2025/26,200.00,Our TOMs licence,CC BY-NC-ND (licensed to the council)
                """;

        MeasureImportResult first =
                library.importLibrary(council.id(), new StringReader(csv), DomainFixtures.TODAY, DomainFixtures.SYSTEM);
        MeasureImportResult again = library.importLibrary(
                council.id(),
                new StringReader(csv.replace("200.00", "210.00")),
                DomainFixtures.TODAY,
                DomainFixtures.SYSTEM);

        assertThat(first.measuresCreated()).isEqualTo(1);
        assertThat(again.measuresCreated()).isZero();
        assertThat(again.measuresUpdated()).isEqualTo(1);
        MeasureView apps = library.library(council.id()).stream()
                .filter(m -> m.code().equals("APPS"))
                .findFirst()
                .orElseThrow();
        assertThat(apps.outcomeIds())
                .containsExactly(
                        council.outcomes().get("SKL"), council.outcomes().get("EMP"));
        assertThat(apps.proxies()).singleElement().satisfies(p -> {
            assertThat(p.financialYear()).isEqualTo(FinancialYear.parse("2025/26"));
            assertThat(p.valuePerUnit().amount()).isEqualByComparingTo("210.00");
            assertThat(p.licence()).isEqualTo("CC BY-NC-ND (licensed to the council)");
        });
    }

    @Test
    void aCouncilAdoptsASharedMeasureWithItsProxiesAndChoosesTheOutcomesItServes() {
        TestCouncil council = fixtures.council("adoptshire");
        library.importSharedLibrary(new StringReader("""
                        code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence
                        SHARED-TREES,Trees planted,number,Count trees in the ground,valued,,2025/26,5.00,Illustrative,CC0
                        """), DomainFixtures.SYSTEM);
        long shared = library.sharedLibrary().stream()
                .filter(m -> m.code().equals("SHARED-TREES"))
                .findFirst()
                .orElseThrow()
                .id();

        long adopted = library.adoptSharedMeasure(
                council.id(), shared, List.of(council.outcomes().get("COM")), DomainFixtures.SYSTEM);

        MeasureView view = library.measure(council.id(), adopted);
        assertThat(view.outcomeIds()).containsExactly(council.outcomes().get("COM"));
        assertThat(view.proxies())
                .extracting(p -> p.valuePerUnit().amount().toPlainString())
                .containsExactly("5.00");
    }
}
