package org.svtracker.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentNotFound;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.progress.CommitmentProgress;
import org.svtracker.domain.progress.ContractProgress;
import org.svtracker.domain.progress.DeliveredValue;
import org.svtracker.domain.progress.OutcomeTotals;
import org.svtracker.domain.progress.Progress;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.LiveContract;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;

@DomainIntegrationTest
class DeliveryJourneyTests {

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    Returns deliveries;

    @Autowired
    DeliveredValue deliveredValue;

    @Autowired
    Progress progress;

    /** Each test runs in one rolled-back transaction; the SQL reads below need the writes flushed to see them. */
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    TestCouncil council;
    long supplierId;
    long contractId;
    long jobs;
    long volunteering;
    Actor supplierUser = Actor.system("Supplier user");

    @BeforeEach
    void aLiveContractWithTwoCommitments() {
        council = fixtures.council("deliveryshire");
        supplierId = fixtures.supplier("Delivery Partners Ltd");
        // JOBS serves two outcomes, EMP and SKL; this commitment's primary outcome is SKL.
        // Awarded in 2025/26: JOBS at £25,000.00 per FTE, VOL at £16.93 an hour.
        LiveContract live = fixtures.liveContract(
                council,
                supplierId,
                LocalDate.of(2025, 4, 2),
                aContract("DEL-1")
                        .titled("Library services")
                        .worth("1000000.00")
                        .running(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
                council.commitment("JOBS", "SKL")
                        .target("4")
                        .due(LocalDate.of(2026, 12, 31))
                        .local(),
                council.commitment("VOL", "COM").target("1000").due(LocalDate.of(2026, 12, 31)));
        contractId = live.id();
        jobs = live.commitment(0);
        volunteering = live.commitment(1);
    }

    @Test
    void onlyVerifiedReturnsCountAsDeliveredAndSubmittedOnesAsClaimed() {
        verified(jobs, Quarter.parse("Q1 2025/26"), "0.5");
        submitted(volunteering, Quarter.parse("Q2 2025/26"), "100");

        OutcomeTotals totals = deliveredValue.byOutcome(council.id(), FinancialYear.parse("2025/26"));

        assertThat(totals.delivered().amount()).isEqualByComparingTo("12500.00");
        assertThat(totals.claimed().amount()).isEqualByComparingTo("1693.00");
    }

    @Test
    void aReturnCountsInTheFinancialYearOfItsQuarter() {
        verified(jobs, Quarter.of(LocalDate.of(2025, 3, 31)), "1");
        verified(jobs, Quarter.of(LocalDate.of(2025, 4, 1)), "0.25");

        assertThat(deliveredValue
                        .deliveredIn(council.id(), FinancialYear.parse("2024/25"))
                        .amount())
                .isEqualByComparingTo("25000.00");
        assertThat(deliveredValue
                        .deliveredIn(council.id(), FinancialYear.parse("2025/26"))
                        .amount())
                .isEqualByComparingTo("6250.00");
    }

    @Test
    void totalsByThemeAndOutcomeUseThePrimaryOutcomeOnlyAndAddUpToTheGrandTotal() {
        verified(jobs, Quarter.parse("Q1 2025/26"), "0.333");
        verified(volunteering, Quarter.parse("Q1 2025/26"), "0.333");
        verified(volunteering, Quarter.parse("Q2 2025/26"), "12.5");

        OutcomeTotals totals = deliveredValue.byOutcome(council.id(), FinancialYear.parse("2025/26"));

        // 0.333 × 25,000 = 8,325.00; 0.333 × 16.93 = 5.64 (5.63769); 12.5 × 16.93 = 211.63 (211.625).
        assertThat(totals.delivered().amount()).isEqualByComparingTo("8542.27");
        assertThat(totals.delivered())
                .isEqualTo(deliveredValue.deliveredIn(council.id(), FinancialYear.parse("2025/26")));
        var byOutcome =
                totals.themes().stream().flatMap(t -> t.outcomes().stream()).toList();
        assertThat(byOutcome)
                .extracting(o -> o.code() + "=" + o.delivered().amount().toPlainString())
                .containsExactly("SKL=8325.00", "COM=217.27");
        assertThat(totals.themes())
                .extracting(t -> t.code() + "=" + t.delivered().amount().toPlainString())
                .containsExactly("ECO=8325.00", "SOC=217.27");
    }

    @Test
    void theReviewQueueHoldsSubmittedReturnsOldestFirstAndADecisionTakesThemOut() {
        long first = submitted(jobs, Quarter.parse("Q1 2025/26"), "1");
        long second = submitted(volunteering, Quarter.parse("Q1 2025/26"), "40");

        assertThat(deliveries.reviewQueue(council.id()))
                .extracting(ReturnView::id)
                .containsExactly(first, second);

        deliveries.queryReturn(council.id(), first, 1, "Which people were these?", council.manager());

        assertThat(deliveries.reviewQueue(council.id()))
                .extracting(ReturnView::id)
                .containsExactly(second);
        assertThat(deliveries.returnOfSupplier(supplierId, first).decisionReason())
                .isEqualTo("Which people were these?");
    }

    @Test
    void aSupplierSeesOnlyItsOwnReturnsAndCannotReportOnAnotherSuppliersCommitments() {
        long returnId = submitted(jobs, Quarter.parse("Q1 2025/26"), "1");
        long otherSupplier = fixtures.supplier("Someone Else Ltd");

        assertThatThrownBy(() -> deliveries.returnOfSupplier(otherSupplier, returnId))
                .isInstanceOf(ReturnNotFound.class);
        assertThatThrownBy(() -> deliveries.startReturn(
                        otherSupplier, jobs, Quarter.parse("Q2 2025/26"), BigDecimal.ONE, "x", supplierUser))
                .isInstanceOf(CommitmentNotFound.class);
        assertThatThrownBy(() -> deliveries.verifyReturn(
                        fixtures.council("strangershire").id(), returnId, 1, null, council.manager()))
                .isInstanceOf(ReturnNotFound.class);
        assertThat(deliveries.returnOfCouncil(council.id(), returnId).status()).isEqualTo(ReturnStatus.SUBMITTED);
    }

    @Test
    void aReturnRecordedOnTheSuppliersBehalfIsMarkedAndWaitsForReview() {
        long returnId = deliveries.recordReturnOnBehalf(
                council.id(),
                volunteering,
                Quarter.parse("Q2 2025/26"),
                new ReturnContent(new BigDecimal("25"), "From the paper form"),
                Declarations.BOTH,
                List.of(),
                council.manager());

        ReturnView recorded = deliveries.returnOfCouncil(council.id(), returnId);
        assertThat(recorded.recordedOnBehalf()).isTrue();
        assertThat(recorded.status()).isEqualTo(ReturnStatus.SUBMITTED);
    }

    @Test
    void progressShowsVerifiedAndClaimedAndTheRagOfEachCommitmentAndTheContract() {
        // Contract from 1 Jan 2025 to 31 Dec 2026: on 1 Jan 2026 half the schedule (365 of 729 days) has gone.
        verified(jobs, Quarter.parse("Q1 2025/26"), "2");
        verified(volunteering, Quarter.parse("Q1 2025/26"), "100");
        submitted(volunteering, Quarter.parse("Q2 2025/26"), "300");

        ContractProgress contract = progress.contract(council.id(), contractId, LocalDate.of(2026, 1, 1));

        CommitmentProgress jobsProgress = contract.commitments().get(0);
        assertThat(jobsProgress.verified()).isEqualByComparingTo("2");
        assertThat(jobsProgress.rag()).isEqualTo(RagStatus.GREEN);
        assertThat(jobsProgress.deliveredValue().amount()).isEqualByComparingTo("50000.00");
        CommitmentProgress volunteeringProgress = contract.commitments().get(1);
        assertThat(volunteeringProgress.claimed()).isEqualByComparingTo("300");
        assertThat(volunteeringProgress.rag()).isEqualTo(RagStatus.RED);
        // Weighted by £: (100,000 × 0.9986 + 16,930 × 0.1997) / 116,930 = 0.883, between the bands.
        assertThat(contract.rag()).isEqualTo(RagStatus.AMBER);
    }

    @Test
    void aFinishedQuarterWithNoReturnOrOnlyARejectedOneIsOverdue() {
        submitted(jobs, Quarter.parse("Q4 2024/25"), "0.5");
        submitted(jobs, Quarter.parse("Q1 2025/26"), "0.5");
        long rejected = submitted(volunteering, Quarter.parse("Q1 2025/26"), "10");
        deliveries.rejectReturn(council.id(), rejected, 1, "These hours were on another contract", council.manager());
        entityManager.flush();

        var overdue = progress.overdueReturns(council.id(), LocalDate.of(2025, 10, 15));

        assertThat(overdue)
                .extracting(o -> (o.commitmentId() == jobs ? "jobs " : "volunteering ") + o.quarter())
                .containsExactly(
                        "volunteering Q4 2024/25",
                        "volunteering Q1 2025/26",
                        "jobs Q2 2025/26",
                        "volunteering Q2 2025/26");
        assertThat(overdue.get(0).contractReference()).isEqualTo("DEL-1");
    }

    private long submitted(long commitmentId, Quarter quarter, String quantity) {
        long id = deliveries.startReturn(
                supplierId, commitmentId, quarter, new BigDecimal(quantity), "Done", supplierUser);
        deliveries.submitReturn(supplierId, id, 0, Declarations.BOTH, supplierUser);
        entityManager.flush();
        return id;
    }

    private void verified(long commitmentId, Quarter quarter, String quantity) {
        long id = submitted(commitmentId, quarter, quantity);
        deliveries.verifyReturn(council.id(), id, 1, null, council.manager());
        entityManager.flush();
    }
}
