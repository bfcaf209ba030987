package org.svtracker.domain.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.beyond.ActivityKind;
import org.svtracker.domain.beyond.BeyondProcurement;
import org.svtracker.domain.beyond.NewActivity;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.casestudy.CaseStudies;
import org.svtracker.domain.casestudy.CaseStudy;
import org.svtracker.domain.commitment.CommitmentView;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.evidence.EvidenceFile;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.evidence.EvidenceUpload;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;

/** Remedies, case studies, beyond-procurement activities, evidence, and the other kinds of commitment. */
@DomainIntegrationTest
class RecordsOfDeliveryTests {

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    Contracts contracts;

    @Autowired
    Commitments commitments;

    @Autowired
    Remedies remedies;

    @Autowired
    CaseStudies caseStudies;

    @Autowired
    BeyondProcurement beyond;

    @Autowired
    Returns deliveries;

    @Autowired
    EvidenceFiles evidence;

    @Autowired
    AuditTrail audit;

    TestCouncil council;
    long contractId;
    long supplierId;

    @BeforeEach
    void aContractInTender() {
        council = fixtures.council("recordshire");
        supplierId = fixtures.supplier("Record Keepers Ltd");
        contractId = fixtures.contractInTender(
                council,
                aContract("REC-1")
                        .titled("Cleaning")
                        .worth("300000.00")
                        .running(LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31)));
    }

    @Test
    void aRecoveryPlanIsOpenedOnACommitmentAndClosedWithItsOutcomeAndPenalty() {
        long commitmentId = jobs("2");
        long remedyId = remedies.openRemedy(
                council.id(),
                commitmentId,
                "Recruit two more local apprentices",
                "Site manager",
                LocalDate.of(2026, 6, 30),
                council.manager());

        assertThat(remedies.openRemedies(council.id())).extracting(Remedy::id).containsExactly(remedyId);
        remedies.recordPenalty(council.id(), remedyId, 0, new BigDecimal("1500.00"), "Clause 14.2", council.manager());
        remedies.closeRemedy(council.id(), remedyId, 1, "Both apprentices started in May", council.manager());

        assertThat(remedies.openRemedies(council.id())).isEmpty();
        Remedy closed = remedies.remediesOf(council.id(), commitmentId).get(0);
        assertThat(closed.status()).isEqualTo(Remedy.Status.CLOSED);
        assertThat(closed.penaltyAmount()).isEqualByComparingTo("1500.00");
        assertThatExceptionOfType(RemedyClosed.class)
                .isThrownBy(() -> remedies.closeRemedy(council.id(), remedyId, 2, "Again", council.manager()));
        assertThat(audit.historyOf(council.id(), AuditedEntity.REMEDY, remedyId))
                .extracting(e -> e.action())
                .containsExactly("OPENED", "PENALTY_RECORDED", "CLOSED");
    }

    @Test
    void aRecoveryPlanCannotBeOpenedOnAnotherCouncilsCommitment() {
        long commitmentId = jobs("2");
        TestCouncil other = fixtures.council("elsewhereshire");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> remedies.openRemedy(
                        other.id(), commitmentId, "Anything", "Anyone", LocalDate.of(2026, 1, 1), other.manager()));
    }

    @Test
    void aCaseStudyIsPublishedAndUnpublished() {
        long id = caseStudies.writeCaseStudy(
                council.id(),
                contractId,
                council.outcomes().get("COM"),
                "A new community garden",
                "Volunteers built it.",
                council.manager());

        caseStudies.publish(council.id(), id, 0, council.manager());
        assertThat(caseStudies.published(council.id()))
                .extracting(CaseStudy::title)
                .containsExactly("A new community garden");

        caseStudies.unpublish(council.id(), id, 1, council.manager());
        assertThat(caseStudies.published(council.id())).isEmpty();
    }

    @Test
    void aBeyondProcurementActivityNeedsAQuantityWithItsUnitOrADescription() {
        beyond.recordActivity(
                council.id(),
                new NewActivity(
                        ActivityKind.ASSET_SHARING,
                        "Library rooms for youth groups",
                        null,
                        council.outcomes().get("COM"),
                        LocalDate.of(2025, 9, 1),
                        new BigDecimal("120"),
                        MeasureUnit.HOURS),
                council.manager());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> beyond.recordActivity(
                        council.id(),
                        new NewActivity(
                                ActivityKind.GRANT,
                                "Grant",
                                null,
                                council.outcomes().get("COM"),
                                LocalDate.of(2025, 9, 1),
                                new BigDecimal("3"),
                                null),
                        council.manager()));
        assertThat(beyond.activitiesBetween(council.id(), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)))
                .singleElement()
                .satisfies(a -> assertThat(a.unit()).isEqualTo(MeasureUnit.HOURS));
    }

    @Test
    void evidenceIsStoredWithItsSizeAndSha256AndReadBackOnlyWithinTheCouncil() {
        jobs("1");
        fixtures.awardAndStartDelivery(council, contractId, supplierId, LocalDate.of(2025, 4, 1));
        long commitmentId =
                commitments.commitmentsOf(council.id(), contractId).get(0).id();
        long returnId = deliveries.startReturn(
                supplierId, commitmentId, Quarter.parse("Q1 2025/26"), BigDecimal.ONE, "Done", DomainFixtures.SYSTEM);
        byte[] bytes = "name,hours\n".getBytes(StandardCharsets.UTF_8);

        long evidenceId = deliveries.attachEvidence(
                supplierId, returnId, new EvidenceUpload("timesheet.csv", bytes), "text/csv", DomainFixtures.SYSTEM);

        EvidenceFile file = evidence.evidenceOf(council.id(), returnId).get(0);
        assertThat(file.sizeBytes()).isEqualTo(11);
        assertThat(file.sha256()).isEqualTo("0a7a9db325086d8eb1c4e72b842001c0290dd679900292b5799654d6578f694e");
        assertThat(evidence.contentOf(council.id(), evidenceId)).isEqualTo(bytes);
        TestCouncil other = fixtures.council("snoopshire");
        assertThat(evidence.evidenceOf(other.id(), returnId)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> evidence.contentOf(other.id(), evidenceId));
    }

    @Test
    void quarterlyTargetsAddUpToTheCommitmentsTargetAndValue() {
        SortedMap<Quarter, BigDecimal> targets = new TreeMap<>();
        targets.put(Quarter.parse("Q1 2025/26"), new BigDecimal("0.5"));
        targets.put(Quarter.parse("Q2 2025/26"), new BigDecimal("1.5"));
        long id = commitments.addCommitment(
                council.id(),
                contractId,
                council.commitment("JOBS", "EMP").quarterly(targets).build(),
                council.officer());
        contracts.awardContract(council.id(), contractId, 1, supplierId, LocalDate.of(2025, 4, 1), council.officer());

        CommitmentView view = commitments.commitment(council.id(), id);
        assertThat(view.targetQuantity()).isEqualByComparingTo("2.0");
        assertThat(view.dueDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(view.grossValue().amount()).isEqualByComparingTo("50000.00");
    }

    @Test
    void countedAndNarrativeCommitmentsCarryNoPoundValueAndANarrativeOneTakesARagByHand() {
        long visits = commitments.addCommitment(
                council.id(),
                contractId,
                council.commitment("VISITS", "SKL")
                        .target("12")
                        .due(LocalDate.of(2027, 3, 31))
                        .local()
                        .build(),
                council.officer());
        long story = commitments.addCommitment(
                council.id(),
                contractId,
                council.commitment("STORY", "COM")
                        .noTarget()
                        .narrative("Host a community open day each summer")
                        .local()
                        .build(),
                council.officer());
        contracts.awardContract(council.id(), contractId, 1, supplierId, LocalDate.of(2025, 4, 1), council.officer());

        assertThat(commitments.commitment(council.id(), visits).grossValue()).isNull();
        assertThat(commitments.commitment(council.id(), story).grossValue()).isNull();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> commitments.addCommitment(
                        council.id(),
                        contractId,
                        council.commitment("STORY", "COM")
                                .target("1")
                                .due(null)
                                .narrative("Words")
                                .local()
                                .build(),
                        council.officer()));

        commitments.setNarrativeRag(
                council.id(),
                story,
                commitments.commitment(council.id(), story).version(),
                RagStatus.AMBER,
                council.manager());
        assertThat(commitments.commitment(council.id(), story).manualRag()).isEqualTo(RagStatus.AMBER);
        assertThatIllegalStateException()
                .isThrownBy(() -> commitments.setNarrativeRag(
                        council.id(),
                        visits,
                        commitments.commitment(council.id(), visits).version(),
                        RagStatus.GREEN,
                        council.manager()));
    }

    private long jobs(String target) {
        return commitments.addCommitment(
                council.id(),
                contractId,
                council.commitment("JOBS", "EMP")
                        .target(target)
                        .due(LocalDate.of(2027, 3, 31))
                        .local()
                        .build(),
                council.officer());
    }
}
