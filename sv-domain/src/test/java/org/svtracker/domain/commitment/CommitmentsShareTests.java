package org.svtracker.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.money.Money;

class CommitmentsShareTests {

    static final Money JOB = Money.of("25000.00");
    static final FinancialYear YEAR = new FinancialYear(2025);

    @Test
    void theShareIsGrossAsAPercentOfContractValueAgainstTheTarget() {
        // £12,500 of £150,000 is 8.333…%, 8.33% to 2 places: short of a 10% target.
        SocialValueShare share = SocialValueShare.of(
                Money.of("150000.00"), Money.of("12500.00"), Money.of("11250.00"), new BigDecimal("10"));

        assertThat(share.percentOfContractValue()).isEqualByComparingTo("8.33");
        assertThat(share.meetsTarget()).isFalse();
        assertThat(share.committedNet()).isEqualTo(Money.of("11250.00"));
    }

    @Test
    void aContractOfNothingHasNoShareAndNoTargetMeansNoVerdict() {
        SocialValueShare free =
                SocialValueShare.of(Money.ZERO, Money.of("100.00"), Money.of("100.00"), new BigDecimal("10"));
        SocialValueShare untargeted =
                SocialValueShare.of(Money.of("1000.00"), Money.of("100.00"), Money.of("100.00"), null);

        assertThat(free.percentOfContractValue()).isNull();
        assertThat(free.meetsTarget()).isNull();
        assertThat(untargeted.percentOfContractValue()).isEqualByComparingTo("10.00");
        assertThat(untargeted.meetsTarget()).isNull();
    }

    @Test
    void aNewCommitmentIsAddedToTheOthers() {
        // Half a job (£12,500 gross, £11,250 net after 10% deadweight) and a counted measure with no £ value;
        // two more jobs (£50,000) make £62,500 of £150,000: 41.67%, over the 10% target.
        ValuedCommitments valued = contract(line(1, "0.5", "10"), counted(2));

        SocialValueShare share = valued.shareWith(null, jobs("2", null));

        assertThat(share.committedGross()).isEqualTo(Money.of("62500.00"));
        assertThat(share.committedNet()).isEqualTo(Money.of("61250.00"));
        assertThat(share.percentOfContractValue()).isEqualByComparingTo("41.67");
        assertThat(share.meetsTarget()).isTrue();
    }

    @Test
    void aChangedCommitmentTakesThePlaceOfWhatItWas() {
        // The half job becomes one job: £25,000 of £150,000 is 16.67%, the old £12,500 no longer counted.
        ValuedCommitments valued = contract(line(1, "0.5", "10"), counted(2));

        SocialValueShare share = valued.shareWith(1L, jobs("1", "10"));

        assertThat(share.committedGross()).isEqualTo(Money.of("25000.00"));
        assertThat(share.committedNet()).isEqualTo(Money.of("22500.00"));
        assertThat(share.percentOfContractValue()).isEqualByComparingTo("16.67");
    }

    @Test
    void aCommitmentWithNoValueAddsNothing() {
        ValuedCommitments valued = contract(line(1, "0.5", "10"));

        SocialValueShare share = valued.shareWith(null, ValuedCommitments.Value.NONE);

        assertThat(share.committedGross()).isEqualTo(Money.of("12500.00"));
        assertThat(share.percentOfContractValue()).isEqualByComparingTo("8.33");
        assertThat(share.meetsTarget()).isFalse();
    }

    private static ValuedCommitments contract(ValuedCommitments.Line... lines) {
        return new ValuedCommitments(
                List.of(lines), Money.of("150000.00"), null, null, null, new BigDecimal("10"), null, false);
    }

    private static ValuedCommitments.Value jobs(String quantity, String deadweight) {
        return ValuedCommitments.Value.of(
                JOB,
                YEAR,
                new BigDecimal(quantity),
                deadweight == null ? null : new BigDecimal(deadweight),
                null,
                true);
    }

    private static ValuedCommitments.Line line(long id, String quantity, String deadweight) {
        return line(id, MeasureUnit.FTE, MeasureKind.VALUED, new BigDecimal(quantity), jobs(quantity, deadweight));
    }

    private static ValuedCommitments.Line counted(long id) {
        return line(id, MeasureUnit.NUMBER, MeasureKind.COUNTED, BigDecimal.TEN, ValuedCommitments.Value.NONE);
    }

    private static ValuedCommitments.Line line(
            long id, MeasureUnit unit, MeasureKind kind, BigDecimal target, ValuedCommitments.Value value) {
        return new ValuedCommitments.Line(
                id,
                0,
                id,
                "M" + id,
                "Measure " + id,
                unit,
                kind,
                1,
                "O1",
                "Outcome",
                "Theme",
                target,
                null,
                0,
                null,
                false,
                null,
                null,
                value);
    }
}
