package org.svtracker.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.calendar.Quarter;

class DeliveryReturnTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-07-10T10:00:00Z");

    private DeliveryReturn draft() {
        DeliveryReturn r = new DeliveryReturn(1, 2, 3, Quarter.of(LocalDate.of(2026, 5, 1)), false);
        r.revise(new ReturnContent(new BigDecimal("12.5"), "Two apprentices started"));
        return r;
    }

    @Test
    void aReturnIsSubmittedOnlyWithBothDeclarations() {
        DeliveryReturn r = draft();

        assertThatThrownBy(() -> r.submit(new Declarations(true, false), 9L, NOW))
                .isInstanceOfSatisfying(
                        ReturnRefused.class,
                        e -> assertThat(e.concerns("declarations")).isTrue());
        assertThatThrownBy(() -> r.submit(new Declarations(false, true), 9L, NOW))
                .isInstanceOfSatisfying(
                        ReturnRefused.class,
                        e -> assertThat(e.concerns("declarations")).isTrue());
        assertThat(r.status()).isEqualTo(ReturnStatus.DRAFT);

        r.submit(Declarations.BOTH, 9L, NOW);
        assertThat(r.status()).isEqualTo(ReturnStatus.SUBMITTED);
    }

    @Test
    void aQueriedReturnGoesBackToTheSupplierAndCanBeResubmitted() {
        DeliveryReturn r = draft();
        r.submit(Declarations.BOTH, 9L, NOW);

        r.query(5, "Please attach the timesheets", NOW);
        assertThat(r.status()).isEqualTo(ReturnStatus.QUERIED);
        assertThat(r.decisionReason()).isEqualTo("Please attach the timesheets");

        r.revise(new ReturnContent(new BigDecimal("10"), "Corrected: one apprentice left in week two"));
        r.submit(Declarations.BOTH, 9L, NOW.plusDays(3));
        r.verify(5, null, NOW.plusDays(5));
        assertThat(r.status()).isEqualTo(ReturnStatus.VERIFIED);
        assertThat(r.quantity()).isEqualByComparingTo("10");
    }

    @Test
    void onlyASubmittedReturnIsDecided() {
        DeliveryReturn r = draft();

        assertThatThrownBy(() -> r.verify(5, null, NOW))
                .isInstanceOfSatisfying(
                        ReturnRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(ReturnProblem::messageKey)
                                .containsExactly("return.refused.notSubmitted.DRAFT"));

        r.submit(Declarations.BOTH, 9L, NOW);
        r.verify(5, "Checked against payroll", NOW);
        assertThatThrownBy(() -> r.reject(5, "Too late", NOW))
                .isInstanceOfSatisfying(
                        ReturnRefused.class, e -> assertThat(e.conflict()).isTrue());
        assertThatThrownBy(() -> r.revise(new ReturnContent(BigDecimal.ONE, "changed")))
                .isInstanceOfSatisfying(
                        ReturnRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(ReturnProblem::messageKey)
                                .containsExactly("return.refused.notEditable.VERIFIED"));
    }

    @Test
    void aQueryOrARejectionNeedsItsReason() {
        DeliveryReturn r = draft();
        r.submit(Declarations.BOTH, 9L, NOW);

        assertThatThrownBy(() -> r.query(5, " ", NOW))
                .isInstanceOfSatisfying(
                        ReturnRefused.class,
                        e -> assertThat(e.concerns("reason")).isTrue());
        assertThatThrownBy(() -> r.reject(5, null, NOW))
                .isInstanceOfSatisfying(
                        ReturnRefused.class,
                        e -> assertThat(e.concerns("reason")).isTrue());
        assertThat(r.status()).isEqualTo(ReturnStatus.SUBMITTED);
    }

    @Test
    void aReturnCoversOneQuarter() {
        DeliveryReturn r = draft();

        assertThat(r.period().toString()).isEqualTo("Q1 2026/27");
    }
}
