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
import org.svtracker.domain.returns.ReturnNotFound;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.returns.SupplierContracts;
import org.svtracker.domain.returns.SupplierReturns;
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
    SupplierReturns supplierReturns;

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

    @Autowired
    jakarta.persistence.EntityManager entityManager;

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
        supplierReturns.submit(
                supplierId,
                returnId,
                0,
                new BigDecimal("0.5"),
                "Two apprentices started",
                List.of(
                        new EvidenceUpload("../../payroll\".pdf", EvidenceSamples.pdf("Payroll")),
                        new EvidenceUpload("site photo.jpg", EvidenceSamples.png())),
                true,
                true,
                supplierUser);

        assertThat(deliveries.returnOfSupplier(supplierId, returnId).status()).isEqualTo(ReturnStatus.SUBMITTED);
        List<EvidenceFile> files = evidence.evidenceOfOwnReturn(supplierId, returnId);
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

        assertThatThrownBy(() -> supplierReturns.saveDraft(
                        supplierId,
                        returnId,
                        0,
                        new BigDecimal("1"),
                        "Changed",
                        List.of(
                                new EvidenceUpload("fine.pdf", EvidenceSamples.pdf("Fine")),
                                new EvidenceUpload("invoice.pdf", EvidenceSamples.exe())),
                        supplierUser))
                .isInstanceOfSatisfying(EvidenceRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
                    assertThat(e.fileName()).isEqualTo("invoice.pdf");
                });

        assertThat(contentRows()).isEqualTo(contentRows);
        assertThat(evidence.evidenceOf(council.id(), returnId)).isEmpty();
    }

    @Test
    void aStaleVersionChangesNothingAndStoresNoFile() {
        supplierReturns.saveDraft(supplierId, returnId, 0, BigDecimal.ONE, "First", List.of(), supplierUser);

        assertThatThrownBy(() -> supplierReturns.saveDraft(
                        supplierId,
                        returnId,
                        0,
                        BigDecimal.TEN,
                        "Second",
                        List.of(new EvidenceUpload("a.pdf", EvidenceSamples.pdf("A"))),
                        supplierUser))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(deliveries.returnOfSupplier(supplierId, returnId).narrative())
                .isEqualTo("First");
        assertThat(evidence.evidenceOf(council.id(), returnId)).isEmpty();
    }

    @Test
    void anotherSupplierCannotSeeAttachToDownloadOrRemoveTheEvidence() {
        long evidenceId = evidence.attachToOwnReturn(
                        supplierId,
                        returnId,
                        List.of(new EvidenceUpload("hours.csv", EvidenceSamples.csv())),
                        supplierUser)
                .get(0);

        assertThatThrownBy(() -> evidence.evidenceOfOwnReturn(otherSupplierId, returnId))
                .isInstanceOf(ReturnNotFound.class);
        assertThatThrownBy(() -> evidence.downloadForSupplier(otherSupplierId, returnId, evidenceId))
                .isInstanceOf(EvidenceNotFound.class);
        assertThatThrownBy(() -> evidence.attachToOwnReturn(
                        otherSupplierId,
                        returnId,
                        List.of(new EvidenceUpload("x.csv", EvidenceSamples.csv())),
                        supplierUser))
                .isInstanceOf(ReturnNotFound.class);
        assertThatThrownBy(() -> evidence.removeFromOwnReturn(otherSupplierId, returnId, evidenceId, supplierUser))
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
        long seen = evidence.attachToOwnReturn(
                        supplierId,
                        returnId,
                        List.of(new EvidenceUpload("a.pdf", EvidenceSamples.pdf("A"))),
                        supplierUser)
                .get(0);
        supplierReturns.submit(supplierId, returnId, 0, BigDecimal.ONE, "Done", List.of(), true, true, supplierUser);

        assertThatThrownBy(() -> evidence.removeFromOwnReturn(supplierId, returnId, seen, supplierUser))
                .isInstanceOfSatisfying(
                        EvidenceRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.RETURN_NOT_EDITABLE));
        assertThatThrownBy(() -> evidence.attachToOwnReturn(
                        supplierId,
                        returnId,
                        List.of(new EvidenceUpload("b.pdf", EvidenceSamples.pdf("B"))),
                        supplierUser))
                .isInstanceOf(EvidenceRefused.class);

        long version = deliveries.returnOfCouncil(council.id(), returnId).version();
        deliveries.queryReturn(council.id(), returnId, version, "Which posts?", council.manager());
        long added = evidence.attachToOwnReturn(
                        supplierId,
                        returnId,
                        List.of(new EvidenceUpload("b.pdf", EvidenceSamples.pdf("B"))),
                        supplierUser)
                .get(0);

        assertThatThrownBy(() -> evidence.removeFromOwnReturn(supplierId, returnId, seen, supplierUser))
                .isInstanceOf(EvidenceRefused.class);
        evidence.removeFromOwnReturn(supplierId, returnId, added, supplierUser);
        assertThat(evidence.evidenceOfOwnReturn(supplierId, returnId))
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
                clock,
                entityManager);
        byte[] sixHundredKilobytes = EvidenceSamples.pdfOfSize(600 * 1024);
        smallQuota.attachToOwnReturn(
                supplierId, returnId, List.of(new EvidenceUpload("a.pdf", sixHundredKilobytes)), supplierUser);

        assertThatThrownBy(() -> smallQuota.attachToOwnReturn(
                        supplierId, returnId, List.of(new EvidenceUpload("b.pdf", sixHundredKilobytes)), supplierUser))
                .isInstanceOfSatisfying(EvidenceRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONTRACT_QUOTA_EXCEEDED);
                    assertThat(e.limitMegabytes()).isEqualTo(1);
                });
        assertThat(smallQuota.bytesOnContract(council.id(), contractId)).isEqualTo(600 * 1024);
    }

    @Test
    void aCouncilAttachingOnASuppliersBehalfGetsTheSameContentRules() {
        assertThatThrownBy(() -> evidence.attach(
                        council.id(), returnId, "photo.png", "image/png", EvidenceSamples.html(), council.manager()))
                .isInstanceOf(EvidenceRefused.class);

        long id = evidence.attach(
                council.id(),
                returnId,
                "C:\\scans\\form.pdf",
                "text/html",
                EvidenceSamples.pdf("Form"),
                council.manager());

        EvidenceDownload download = evidence.downloadForCouncil(council.id(), returnId, id);
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
