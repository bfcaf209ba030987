package org.svtracker.domain.commitment;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.contract.Contract;
import org.svtracker.domain.contract.ContractAwarded;
import org.svtracker.domain.contract.ContractNotFound;
import org.svtracker.domain.contract.ContractRepository;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.measure.Measure;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureNotFound;
import org.svtracker.domain.measure.MeasureRepository;
import org.svtracker.domain.money.Money;

/** The commitments of a contract: added, changed and removed until delivery starts, valued at award. */
@Service
public class Commitments {

    private final CommitmentRepository commitments;
    private final ContractRepository contracts;
    private final MeasureRepository measures;
    private final AuditTrail audit;
    private final Frameworks frameworks;

    Commitments(
            CommitmentRepository commitments,
            ContractRepository contracts,
            MeasureRepository measures,
            AuditTrail audit,
            Frameworks frameworks) {
        this.commitments = commitments;
        this.contracts = contracts;
        this.measures = measures;
        this.audit = audit;
        this.frameworks = frameworks;
    }

    @Transactional
    public long addCommitment(long councilId, long contractId, CommitmentTerms terms, Actor actor) {
        Contract contract = editableContract(councilId, contractId);
        Measure measure = measure(councilId, terms.measureId());
        requireOpenOutcome(councilId, terms.primaryOutcomeId());
        Commitment commitment = new Commitment(councilId, contractId, measure, terms);
        freezeIfAwarded(contract, commitment, measure);
        commitment = commitments.save(commitment);
        audit.record(actor, councilId, AuditedEntity.COMMITMENT, commitment.id(), "CREATED", commitment.snapshot());
        return commitment.id();
    }

    @Transactional
    public void reviseCommitment(
            long councilId, long commitmentId, long expectedVersion, CommitmentTerms terms, Actor actor) {
        Commitment commitment = commitment(councilId, commitmentId, expectedVersion);
        Contract contract = editableContract(councilId, commitment.contractId());
        Measure measure = measure(councilId, terms.measureId());
        if (terms.primaryOutcomeId() != commitment.primaryOutcomeId()) {
            requireOpenOutcome(councilId, terms.primaryOutcomeId());
        }
        var before = commitment.snapshot();
        commitment.revise(measure, terms);
        freezeIfAwarded(contract, commitment, measure);
        audit.recordUpdate(actor, councilId, AuditedEntity.COMMITMENT, commitmentId, before, commitment.snapshot());
    }

    @Transactional
    public void removeCommitment(long councilId, long commitmentId, long expectedVersion, Actor actor) {
        Commitment commitment = commitment(councilId, commitmentId, expectedVersion);
        editableContract(councilId, commitment.contractId());
        audit.record(actor, councilId, AuditedEntity.COMMITMENT, commitmentId, "REMOVED", commitment.snapshot());
        commitments.delete(commitment);
    }

    /** A narrative commitment has no quantity to measure, so the contract manager sets its RAG. */
    @Transactional
    public void setNarrativeRag(
            long councilId, long commitmentId, long expectedVersion, RagStatus status, Actor actor) {
        Commitment commitment = commitment(councilId, commitmentId, expectedVersion);
        RagStatus before = commitment.manualRag();
        commitment.setManualRag(status);
        var was = new java.util.HashMap<String, Object>();
        was.put("rag", before);
        audit.recordUpdate(
                actor, councilId, AuditedEntity.COMMITMENT, commitmentId, was, java.util.Map.of("rag", status));
    }

    /** At award every valued commitment freezes the proxy in force in the award's financial year. */
    @EventListener
    void contractAwarded(ContractAwarded event) {
        Contract contract = contracts
                .findByIdAndCouncilId(event.contractId(), event.councilId())
                .orElseThrow(() -> ContractNotFound.forId(event.contractId()));
        for (Commitment commitment :
                commitments.findByCouncilIdAndContractIdOrderById(event.councilId(), event.contractId())) {
            Measure measure = measure(event.councilId(), commitment.measureId());
            if (freezeIfAwarded(contract, commitment, measure)) {
                audit.record(
                        event.actor(),
                        event.councilId(),
                        AuditedEntity.COMMITMENT,
                        commitment.id(),
                        "PROXY_FROZEN",
                        java.util.Map.of(
                                "proxyPerUnit", commitment.proxyPerUnit(),
                                "financialYear", commitment.proxyFinancialYear(),
                                "grossValue", commitment.grossValue()));
            }
        }
    }

    @Transactional(readOnly = true)
    public List<CommitmentView> commitmentsOf(long councilId, long contractId) {
        return commitments.findByCouncilIdAndContractIdOrderById(councilId, contractId).stream()
                .map(CommitmentView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public CommitmentView commitment(long councilId, long commitmentId) {
        return commitments
                .findByIdAndCouncilId(commitmentId, councilId)
                .map(CommitmentView::of)
                .orElseThrow(() -> CommitmentNotFound.forId(commitmentId));
    }

    /** The contract's committed value as a share of its value, against the council's target (Surrey: 10%). */
    @Transactional(readOnly = true)
    public SocialValueShare shareOf(long councilId, long contractId, java.math.BigDecimal targetPercent) {
        Contract contract = contracts
                .findByIdAndCouncilId(contractId, councilId)
                .orElseThrow(() -> ContractNotFound.forId(contractId));
        Money gross = Money.ZERO;
        Money net = Money.ZERO;
        for (Commitment c : commitments.findByCouncilIdAndContractIdOrderById(councilId, contractId)) {
            gross = c.grossValue() == null ? gross : gross.plus(c.grossValue());
            net = c.netValue() == null ? net : net.plus(c.netValue());
        }
        return SocialValueShare.of(contract.value(), gross, net, targetPercent);
    }

    private boolean freezeIfAwarded(Contract contract, Commitment commitment, Measure measure) {
        if (contract.awardedOn() == null || measure.kind() != MeasureKind.VALUED || commitment.isFrozen()) {
            return false;
        }
        var proxy = measure.proxyInForce(FinancialYear.of(contract.awardedOn()));
        proxy.ifPresent(commitment::freezeProxy);
        return proxy.isPresent();
    }

    /** A retired outcome stays on the commitments that already name it but takes no new ones. */
    private void requireOpenOutcome(long councilId, long outcomeId) {
        if (!frameworks.isOpen(councilId, outcomeId)) {
            throw new IllegalArgumentException("The primary outcome is retired or not in this council's framework");
        }
    }

    private Contract editableContract(long councilId, long contractId) {
        Contract contract = contracts
                .findByIdAndCouncilId(contractId, councilId)
                .orElseThrow(() -> ContractNotFound.forId(contractId));
        if (!contract.status().commitmentsEditable()) {
            throw CommitmentsLocked.forStatus(contract.status());
        }
        return contract;
    }

    private Measure measure(long councilId, long measureId) {
        return measures.findByIdAndCouncilId(measureId, councilId).orElseThrow(() -> MeasureNotFound.forId(measureId));
    }

    private Commitment commitment(long councilId, long commitmentId, long expectedVersion) {
        Commitment commitment = commitments
                .findByIdAndCouncilId(commitmentId, councilId)
                .orElseThrow(() -> CommitmentNotFound.forId(commitmentId));
        if (commitment.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Commitment.class, commitmentId);
        }
        return commitment;
    }
}
