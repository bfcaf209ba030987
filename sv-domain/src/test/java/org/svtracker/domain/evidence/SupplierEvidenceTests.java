package org.svtracker.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentNotFound;
import org.svtracker.domain.contract.ContractNotFound;
import org.svtracker.domain.evidence.EvidenceRefused.Reason;
import org.svtracker.domain.returns.Declarations;
import org.svtracker.domain.returns.ReturnContent;
import org.svtracker.domain.returns.ReturnNotFound;
import org.svtracker.domain.returns.ReturnProblem;
import org.svtracker.domain.returns.ReturnRefused;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.returns.SupplierContracts;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.LiveContract;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;
import org.svtracker.domain.testing.EvidenceSamples;

/** A supplier's returns with evidence: the content rules, the quota, and one supplier never reaching another's. */
@DomainIntegrationTest
class SupplierEvidenceTests {

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    Returns deliveries;

    @Autowired
    EvidenceFiles evidence;

    @Autowired
    SupplierContracts supplierContracts;

    @Autowired
    EvidenceStore store;

    @Autowired
    EvidencePolicy policy;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    TestCouncil council;
    long supplierId;
    long otherSupplierId;
    long contractId;
    long jobs;
    long returnId;
    Actor supplierUser = Actor.system("Supplier user");

    @BeforeEach
    void aLiveContractWithADraftReturn() {
        council = fixtures.council("evidenceshire");
        supplierId = fixtures.supplier("Evidence Partners Ltd");
        otherSupplierId = fixtures.supplier("Nosy Neighbours Ltd");
        LiveContract live = fixtures.liveContract(
                council,
                supplierId,
                LocalDate.of(2025, 3, 1),
                aContract("EVI-1")
                        .titled("Parks")
                        .worth("500000.00")
                        .running(LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31)),
                council.commitment("JOBS", "EMP")
                        .target("2")
                        .due(LocalDate.of(2027, 3, 31))
                        .local());
        contractId = live.id();
        jobs = live.commitment(0);
        returnId = deliveries.startReturn(supplierId, jobs, Quarter.parse("Q1 2025/26"), null, null, supplierUser);
    }

    @Test
    void aSupplierSubmitsAReturnWithTwoFilesKeptWithTheirDetectedTypeSizeAndSha256() {
        deliveries.submit(
                supplierId,
                returnId,
                0,
                new ReturnContent(new BigDecimal("0.5"), "Two apprentices started"),
                Declarations.BOTH,
                List.of(
                        new EvidenceUpload("../../payroll\".pdf", EvidenceSamples.pdf("Payroll")),
                        new EvidenceUpload("site photo.jpg", EvidenceSamples.png())),
                supplierUser);

        assertThat(deliveries.returnOfSupplier(supplierId, returnId).status()).isEqualTo(ReturnStatus.SUBMITTED);
        List<EvidenceFile> files = deliveries.evidenceOfOwnReturn(supplierId, returnId);
        assertThat(files)
                .extracting(EvidenceFile::displayName, EvidenceFile::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("payroll.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("site photo.jpg", "image/png"));
        EvidenceDownload download =
                evidence.downloadForSupplier(supplierId, returnId, files.get(0).id());
        assertThat(download.bytes()).isEqualTo(EvidenceSamples.pdf("Payroll"));
        assertThat(download.file().sha256()).isEqualTo(PostgresEvidenceStore.sha256(download.bytes()));
        assertThat(audit.historyOf(
                        council.id(), AuditedEntity.EVIDENCE, files.get(0).id()))
                .isNotEmpty();
    }

    @Test
    void oneRefusedFileStoresNothingOfTheUploadAndLeavesTheDraftAsItWas() {
        long contentRows = contentRows();

        assertThatThrownBy(() -> deliveries.saveDraft(
                        supplierId,
                        returnId,
                        0,
                        new ReturnContent(new BigDecimal("1"), "Changed"),
                        List.of(
                                new EvidenceUpload("fine.pdf", EvidenceSamples.pdf("Fine")),
                                new EvidenceUpload("invoice.pdf", EvidenceSamples.exe())),
                        supplierUser))
                .isInstanceOfSatisfying(
                        ReturnRefused.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new ReturnProblem(
                                        "evidence",
                                        "return.refused.evidence.TYPE_NOT_ALLOWED",
                                        List.of("invoice.pdf", 0L))));

        assertThat(contentRows()).isEqualTo(contentRows);
        assertThat(evidence.evidenceOf(council.id(), returnId)).isEmpty();
    }

    @Test
    void aStaleVersionChangesNothingAndStoresNoFile() {
        deliveries.saveDraft(
                supplierId, returnId, 0, new ReturnContent(BigDecimal.ONE, "First"), List.of(), supplierUser);

        assertThatThrownBy(() -> deliveries.saveDraft(
                        supplierId,
                        returnId,
                        0,
                        new ReturnContent(BigDecimal.TEN, "Second"),
                        List.of(new EvidenceUpload("a.pdf", EvidenceSamples.pdf("A"))),
                        supplierUser))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(deliveries.returnOfSupplier(supplierId, returnId).narrative())
                .isEqualTo("First");
        assertThat(evidence.evidenceOf(council.id(), returnId)).isEmpty();
    }

    @Test
    void anotherSupplierCannotSeeAttachToDownloadOrRemoveTheEvidence() {
        long evidenceId = deliveries.attachEvidence(
                supplierId, returnId, new EvidenceUpload("hours.csv", EvidenceSamples.csv()), null, supplierUser);

        assertThatThrownBy(() -> deliveries.evidenceOfOwnReturn(otherSupplierId, returnId))
                .isInstanceOf(ReturnNotFound.class);
        assertThatThrownBy(() -> evidence.downloadForSupplier(otherSupplierId, returnId, evidenceId))
                .isInstanceOf(EvidenceNotFound.class);
        assertThatThrownBy(() -> deliveries.attachEvidence(
                        otherSupplierId,
                        returnId,
                        new EvidenceUpload("x.csv", EvidenceSamples.csv()),
                        null,
                        supplierUser))
                .isInstanceOf(ReturnNotFound.class);
        assertThatThrownBy(() -> deliveries.removeEvidence(otherSupplierId, returnId, evidenceId, supplierUser))
                .isInstanceOf(ReturnNotFound.class);
        assertThatThrownBy(() -> evidence.downloadForSupplier(supplierId, returnId + 1000, evidenceId))
                .isInstanceOf(EvidenceNotFound.class);
        assertThatThrownBy(() -> supplierContracts.contractOf(otherSupplierId, contractId, clockToday()))
                .isInstanceOf(ContractNotFound.class);
        assertThatThrownBy(() -> supplierContracts.contractOfCommitment(otherSupplierId, jobs, clockToday()))
                .isInstanceOf(CommitmentNotFound.class);
        assertThat(evidence.evidenceOf(council.id(), returnId)).hasSize(1);
    }

    @Test
    void aFileCanBeRemovedUntilTheCouncilHasSeenItAndNoneOnceTheReturnIsWithTheCouncil() {
        long seen = deliveries.attachEvidence(
                supplierId, returnId, new EvidenceUpload("a.pdf", EvidenceSamples.pdf("A")), null, supplierUser);
        deliveries.submit(
                supplierId,
                returnId,
                0,
                new ReturnContent(BigDecimal.ONE, "Done"),
                Declarations.BOTH,
                List.of(),
                supplierUser);

        assertThatThrownBy(() -> deliveries.removeEvidence(supplierId, returnId, seen, supplierUser))
                .isInstanceOfSatisfying(
                        ReturnRefused.class, e -> assertThat(e.conflict()).isTrue());
        assertThatThrownBy(() -> deliveries.attachEvidence(
                        supplierId,
                        returnId,
                        new EvidenceUpload("b.pdf", EvidenceSamples.pdf("B")),
                        null,
                        supplierUser))
                .isInstanceOf(ReturnRefused.class);

        long version = deliveries.returnOfCouncil(council.id(), returnId).version();
        deliveries.queryReturn(council.id(), returnId, version, "Which posts?", council.manager());
        long added = deliveries.attachEvidence(
                supplierId, returnId, new EvidenceUpload("b.pdf", EvidenceSamples.pdf("B")), null, supplierUser);

        assertThatThrownBy(() -> deliveries.removeEvidence(supplierId, returnId, seen, supplierUser))
                .isInstanceOf(ReturnRefused.class);
        deliveries.removeEvidence(supplierId, returnId, added, supplierUser);
        assertThat(deliveries.evidenceOfOwnReturn(supplierId, returnId))
                .extracting(EvidenceFile::id)
                .containsExactly(seen);
    }

    @Test
    void theContractsQuotaRefusesTheFileThatWouldTakeItOver() {
        EvidenceFiles smallQuota = new EvidenceFiles(
                store,
                new EvidencePolicy(new EvidenceLimits(20, 25, 1)),
                new EvidenceLimits(20, 25, 1),
                audit,
                jdbc,
                clock);
        byte[] sixHundredKilobytes = EvidenceSamples.pdfOfSize(600 * 1024);
        smallQuota.store(
                council.id(),
                contractId,
                returnId,
                smallQuota.check(List.of(new EvidenceUpload("a.pdf", sixHundredKilobytes))),
                null,
                supplierUser);

        assertThatThrownBy(() -> smallQuota.store(
                        council.id(),
                        contractId,
                        returnId,
                        smallQuota.check(List.of(new EvidenceUpload("b.pdf", sixHundredKilobytes))),
                        null,
                        supplierUser))
                .isInstanceOfSatisfying(EvidenceRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONTRACT_QUOTA_EXCEEDED);
                    assertThat(e.limitMegabytes()).isEqualTo(1);
                });
        assertThat(smallQuota.bytesOnContract(council.id(), contractId)).isEqualTo(600 * 1024);
    }

    @Test
    void aCouncilRecordingOnASuppliersBehalfGetsTheSameContentRules() {
        Quarter q2 = Quarter.parse("Q2 2025/26");
        ReturnContent content = new ReturnContent(BigDecimal.ONE, "From the paper form");
        assertThatThrownBy(() -> deliveries.recordReturnOnBehalf(
                        council.id(),
                        jobs,
                        q2,
                        content,
                        Declarations.BOTH,
                        List.of(new EvidenceUpload("photo.png", EvidenceSamples.html())),
                        council.manager()))
                .isInstanceOfSatisfying(
                        ReturnRefused.class,
                        e -> assertThat(e.concerns("evidence")).isTrue());

        long recorded = deliveries.recordReturnOnBehalf(
                council.id(),
                jobs,
                q2,
                content,
                Declarations.BOTH,
                List.of(new EvidenceUpload("C:\\scans\\form.pdf", EvidenceSamples.pdf("Form"))),
                council.manager());

        EvidenceFile file = evidence.evidenceOf(council.id(), recorded).get(0);
        EvidenceDownload download = evidence.downloadForCouncil(council.id(), recorded, file.id());
        assertThat(download.file().contentType()).isEqualTo("application/pdf");
        assertThat(download.file().displayName()).isEqualTo("form.pdf");
    }

    @Test
    void theSupplierSeesWhatIsDueAndWhichQuartersCanStillTakeAReturn() {
        var contract = supplierContracts.contractOf(supplierId, contractId, LocalDate.of(2025, 11, 20));

        var commitment = contract.commitments().get(0);
        // Q1 has a draft (not sent), Q2 has nothing; Q3 is the current quarter.
        assertThat(commitment.outstanding()).extracting(Quarter::label).containsExactly("Q1 2025/26", "Q2 2025/26");
        assertThat(commitment.currentQuarterToSend()).isEqualTo(Quarter.parse("Q3 2025/26"));
        assertThat(commitment.openForNewReturn())
                .extracting(Quarter::label)
                .containsExactly("Q2 2025/26", "Q3 2025/26");
        assertThat(commitment.openReturnFor(Quarter.parse("Q1 2025/26")).id()).isEqualTo(returnId);
        assertThat(contract.councilName()).isEqualTo("evidenceshire Council");
        assertThat(supplierContracts.contractsOf(otherSupplierId, clockToday())).isEmpty();
    }

    private LocalDate clockToday() {
        return LocalDate.now(clock);
    }

    private long contentRows() {
        return jdbc.sql("select count(*) from evidence_content")
                .query(Long.class)
                .single();
    }
}
