package org.svtracker.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractNotFound;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;

@DomainIntegrationTest
class CommitmentJourneyTests {

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    Contracts contracts;

    @Autowired
    Commitments commitments;

    @Autowired
    MeasureLibrary library;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    TestCouncil council;
    long supplierId;
    long contractId;

    @BeforeEach
    void aContractInTender() {
        council = fixtures.council("journeyshire");
        supplierId = fixtures.supplier("Journey Builders Ltd");
        contractId = fixtures.contractInTender(
                council,
                aContract("JRN-1")
                        .titled("Road resurfacing")
                        .category(ContractCategory.WORKS)
                        .worth("2500000.00")
                        .running(LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))
                        .staffOf(council)
                        .localArea("Journeyshire"));
    }

    @Test
    void theProxyInForceAtAwardIsFrozenAndLaterLibraryChangesRewriteNothing() {
        long commitmentId =
                commitments.addCommitment(council.id(), contractId, jobs("12.5", null, null, "EMP"), council.officer());
        assertThat(commitments.commitment(council.id(), commitmentId).grossValue())
                .isNull();

        // Awarded in March 2025, so the 2024/25 proxy of £24,000.00 applies: 12.5 × 24,000 = 300,000.
        contracts.awardContract(council.id(), contractId, 1, supplierId, LocalDate.of(2025, 3, 15), council.officer());
        CommitmentView frozen = commitments.commitment(council.id(), commitmentId);
        assertThat(frozen.grossValue().amount()).isEqualByComparingTo("300000.00");
        assertThat(frozen.proxyFinancialYear()).isEqualTo(FinancialYear.parse("2024/25"));
        assertThat(frozen.proxySource()).isEqualTo("Test source");

        library.setProxy(
                council.id(),
                council.measures().get("JOBS"),
                FinancialYear.parse("2024/25"),
                new BigDecimal("30000.00"),
                "Revised",
                "Test licence",
                council.officer());

        assertThat(commitments
                        .commitment(council.id(), commitmentId)
                        .grossValue()
                        .amount())
                .isEqualByComparingTo("300000.00");
    }

    @Test
    void aCommitmentAddedAfterAwardFreezesTheAwardYearsProxyNotTodays() {
        contracts.awardContract(council.id(), contractId, 1, supplierId, LocalDate.of(2025, 3, 15), council.officer());

        long commitmentId =
                commitments.addCommitment(council.id(), contractId, jobs("1", null, null, "EMP"), council.officer());

        assertThat(commitments
                        .commitment(council.id(), commitmentId)
                        .grossValue()
                        .amount())
                .isEqualByComparingTo("24000.00");
    }

    @Test
    void netValueAppliesDeadweightAndAttributionToTheGrossValue() {
        contracts.awardContract(council.id(), contractId, 1, supplierId, LocalDate.of(2025, 6, 1), council.officer());

        // 2025/26 proxy £25,000.00: gross 2 × 25,000 = 50,000; net 50,000 × 0.8 × 0.875 = 35,000.
        long commitmentId =
                commitments.addCommitment(council.id(), contractId, jobs("2", "20", "12.5", "SKL"), council.officer());

        CommitmentView view = commitments.commitment(council.id(), commitmentId);
        assertThat(view.grossValue().amount()).isEqualByComparingTo("50000.00");
        assertThat(view.netValue().amount()).isEqualByComparingTo("35000.00");
    }

    @Test
    void theCommittedValueIsShownAsAShareOfTheContractValueAgainstTheTarget() {
        commitments.addCommitment(council.id(), contractId, jobs("12.5", "20", null, "EMP"), council.officer());
        contracts.awardContract(council.id(), contractId, 1, supplierId, LocalDate.of(2025, 3, 15), council.officer());

        // £300,000 committed on a £2,500,000 contract is 12.00%, over a 10% target.
        SocialValueShare share = commitments.shareOf(council.id(), contractId, new BigDecimal("10"));
        assertThat(share.committedGross().amount()).isEqualByComparingTo("300000.00");
        assertThat(share.committedNet().amount()).isEqualByComparingTo("240000.00");
        assertThat(share.percentOfContractValue()).isEqualByComparingTo("12.00");
        assertThat(share.meetsTarget()).isTrue();
        assertThat(commitments
                        .shareOf(council.id(), contractId, new BigDecimal("15"))
                        .meetsTarget())
                .isFalse();
        assertThat(commitments.shareOf(council.id(), contractId, null).meetsTarget())
                .isNull();
    }

    @Test
    void thePrimaryOutcomeMustBeOneTheMeasureServes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> commitments.addCommitment(
                        council.id(), contractId, jobs("1", null, null, "COM"), council.officer()))
                .withMessage("The primary outcome must be one that the measure serves");
        assertThat(commitments.commitmentsOf(council.id(), contractId)).isEmpty();
    }

    @Test
    void commitmentsAreFixedOnceTheContractIsLive() {
        long commitmentId =
                commitments.addCommitment(council.id(), contractId, jobs("1", null, null, "EMP"), council.officer());
        fixtures.awardAndStartDelivery(council, contractId, supplierId, LocalDate.of(2025, 6, 1));

        long version = commitments.commitment(council.id(), commitmentId).version();
        assertThatExceptionOfType(CommitmentsLocked.class)
                .isThrownBy(() -> commitments.reviseCommitment(
                        council.id(), commitmentId, version, jobs("5", null, null, "EMP"), council.officer()));
        assertThatExceptionOfType(CommitmentsLocked.class)
                .isThrownBy(() -> commitments.removeCommitment(council.id(), commitmentId, version, council.officer()));
    }

    @Test
    void anotherCouncilCannotSeeOrChangeTheContractOrItsCommitments() {
        long commitmentId =
                commitments.addCommitment(council.id(), contractId, jobs("3", null, null, "EMP"), council.officer());
        TestCouncil other = fixtures.council("othershire");

        assertThatThrownBy(() -> contracts.contract(other.id(), contractId)).isInstanceOf(ContractNotFound.class);
        assertThatThrownBy(() -> commitments.commitment(other.id(), commitmentId))
                .isInstanceOf(CommitmentNotFound.class);
        assertThatThrownBy(() -> commitments.reviseCommitment(
                        other.id(), commitmentId, 0, jobs("99", null, null, "EMP"), other.officer()))
                .isInstanceOf(CommitmentNotFound.class);
        assertThatThrownBy(() -> commitments.addCommitment(
                        other.id(), contractId, jobs("1", null, null, "EMP"), other.officer()))
                .isInstanceOf(ContractNotFound.class);

        assertThat(commitments.commitment(council.id(), commitmentId).targetQuantity())
                .isEqualByComparingTo("3");
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoAndWhat() {
        long commitmentId =
                commitments.addCommitment(council.id(), contractId, jobs("3", null, null, "EMP"), council.officer());
        commitments.reviseCommitment(council.id(), commitmentId, 0, jobs("4", null, null, "EMP"), council.officer());

        var history = audit.historyOf(council.id(), AuditedEntity.COMMITMENT, commitmentId);
        assertThat(history).extracting(e -> e.action()).containsExactly("CREATED", "UPDATED");
        assertThat(history.get(1).actorName()).isEqualTo("Procurement officer");
        assertThat(history.get(1).changes())
                .contains("\"targetQuantity\"")
                .contains("\"from\": \"3\"")
                .contains("\"to\": \"4\"");
        assertThat(audit.historyOf(council.id(), AuditedEntity.CONTRACT, contractId))
                .extracting(e -> e.action())
                .containsExactly("CREATED", "STATUS_CHANGED");
    }

    @Test
    void theAuditTrailCannotBeChanged() {
        commitments.addCommitment(council.id(), contractId, jobs("3", null, null, "EMP"), council.officer());

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_name = 'someone else'")
                        .update())
                .hasMessageContaining("The audit trail cannot be changed or deleted");
    }

    @Test
    void theAuditTrailCannotBeDeleted() {
        commitments.addCommitment(council.id(), contractId, jobs("3", null, null, "EMP"), council.officer());

        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .hasMessageContaining("The audit trail cannot be changed or deleted");
    }

    private CommitmentTerms jobs(String target, String deadweight, String attribution, String outcome) {
        return council.commitment("JOBS", outcome)
                .target(target)
                .due(LocalDate.of(2028, 3, 31))
                .local()
                .deadweight(deadweight)
                .attribution(attribution)
                .build();
    }
}
