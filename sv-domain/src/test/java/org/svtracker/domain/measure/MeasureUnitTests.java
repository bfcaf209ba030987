package org.svtracker.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasureUnitTests {

    @Test
    void unitsAreShownWithTheLabelsCouncilsUse() {
        assertThat(Arrays.stream(MeasureUnit.values()).map(MeasureUnit::label))
                .containsExactly("FTE", "weeks", "hours", "£", "tCO2e", "tonnes", "number");
    }

    @Test
    void everyLabelReadsBackInAnyCase() {
        for (MeasureUnit unit : MeasureUnit.values()) {
            assertThat(MeasureUnit.parse(unit.label())).contains(unit);
            assertThat(MeasureUnit.parse(" " + unit.label().toUpperCase() + " "))
                    .contains(unit);
        }
    }

    @Test
    void poundsAreAlsoWrittenGbp() {
        assertThat(MeasureUnit.parse("GBP")).contains(MeasureUnit.POUNDS);
        assertThat(MeasureUnit.parse("gbp")).contains(MeasureUnit.POUNDS);
        assertThat(MeasureUnit.parse("£")).contains(MeasureUnit.POUNDS);
    }

    @Test
    void anythingElseIsNoUnit() {
        assertThat(MeasureUnit.parse("days")).isEmpty();
        assertThat(MeasureUnit.parse("")).isEmpty();
        assertThat(MeasureUnit.parse(null)).isEmpty();
    }

    @Test
    void kindsReadTheirLowerCaseLabelsInAnyCase() {
        assertThat(MeasureKind.VALUED.label()).isEqualTo("valued");
        assertThat(MeasureKind.parse(" Counted ")).contains(MeasureKind.COUNTED);
        assertThat(MeasureKind.parse("NARRATIVE")).contains(MeasureKind.NARRATIVE);
        assertThat(MeasureKind.parse("sometimes")).isEqualTo(Optional.empty());
        assertThat(MeasureKind.parse(null)).isEmpty();
    }
}
