package org.svtracker.domain.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;

/** Registering contracts and moving them through their lifecycle. */
@Service
public class Contracts {

    private final ContractRepository contracts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    Contracts(ContractRepository contracts, AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.contracts = contracts;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public long registerContract(long councilId, ContractDetails details, Actor actor) {
        checkStaff(councilId, details);
        Contract contract = contracts.save(new Contract(councilId, details));
        audit.record(actor, councilId, AuditedEntity.CONTRACT, contract.id(), "CREATED", contract.snapshot());
        return contract.id();
    }

    @Transactional
    public void reviseContract(
            long councilId, long contractId, long expectedVersion, ContractDetails details, Actor actor) {
        checkStaff(councilId, details);
        Contract contract = contract(councilId, contractId, expectedVersion);
        var before = contract.snapshot();
        contract.revise(details);
        audit.recordUpdate(actor, councilId, AuditedEntity.CONTRACT, contractId, before, contract.snapshot());
    }

    @Transactional
    public void startTender(long councilId, long contractId, long expectedVersion, Actor actor) {
        Contract contract = contract(councilId, contractId, expectedVersion);
        contract.startTender();
        statusChanged(actor, contract, Map.of());
    }

    @Transactional
    public void awardContract(
            long councilId, long contractId, long expectedVersion, long supplierId, LocalDate awardedOn, Actor actor) {
        Contract contract = contract(councilId, contractId, expectedVersion);
        contract.award(supplierId, awardedOn);
        statusChanged(actor, contract, Map.of("supplierId", supplierId, "awardedOn", awardedOn));
        events.publishEvent(new ContractAwarded(councilId, contractId, supplierId, awardedOn, actor));
    }

    @Transactional
    public void startDelivery(long councilId, long contractId, long expectedVersion, Actor actor) {
        Contract contract = contract(councilId, contractId, expectedVersion);
        contract.goLive();
        statusChanged(actor, contract, Map.of());
    }

    @Transactional
    public void closeContract(long councilId, long contractId, long expectedVersion, Actor actor) {
        Contract contract = contract(councilId, contractId, expectedVersion);
        contract.close();
        statusChanged(actor, contract, Map.of());
    }

    @Transactional(readOnly = true)
    public ContractView contract(long councilId, long contractId) {
        return contracts
                .findByIdAndCouncilId(contractId, councilId)
                .map(ContractView::of)
                .orElseThrow(() -> ContractNotFound.forId(contractId));
    }

    /** Whether another contract of the council already has this reference (references are unique per council). */
    @Transactional(readOnly = true)
    public boolean isReferenceTaken(long councilId, String reference, Long exceptContractId) {
        return contracts
                .findByCouncilIdAndReference(councilId, reference.trim())
                .filter(c -> !c.id().equals(exceptContractId))
                .isPresent();
    }

    /** A supplier's own contract, whichever council let it; another supplier's is not found. */
    @Transactional(readOnly = true)
    public ContractView contractOfSupplier(long supplierId, long contractId) {
        return contracts
                .findByIdAndSupplierId(contractId, supplierId)
                .map(ContractView::of)
                .orElseThrow(() -> ContractNotFound.forId(contractId));
    }

    @Transactional(readOnly = true)
    public List<ContractView> contractsOfSupplier(long supplierId) {
        return contracts.findBySupplierIdOrderByCouncilIdAscReferenceAsc(supplierId).stream()
                .map(ContractView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ContractView> contractsManagedBy(long councilId, long contractManagerId) {
        return contracts.findByCouncilIdAndContractManagerIdOrderByReference(councilId, contractManagerId).stream()
                .map(ContractView::of)
                .toList();
    }

    private Contract contract(long councilId, long contractId, long expectedVersion) {
        Contract contract = contracts
                .findByIdAndCouncilId(contractId, councilId)
                .orElseThrow(() -> ContractNotFound.forId(contractId));
        if (contract.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Contract.class, contractId);
        }
        return contract;
    }

    private void statusChanged(Actor actor, Contract contract, Map<String, Object> details) {
        var values = new java.util.LinkedHashMap<String, Object>(details);
        values.put("status", contract.status());
        audit.record(actor, contract.councilId(), AuditedEntity.CONTRACT, contract.id(), "STATUS_CHANGED", values);
    }

    /** The procurement officer and contract manager must be staff of the same council, in those roles. */
    private void checkStaff(long councilId, ContractDetails details) {
        checkRole(councilId, details.procurementOfficerId(), "PROCUREMENT_OFFICER", "procurement officer");
        checkRole(councilId, details.contractManagerId(), "CONTRACT_MANAGER", "contract manager");
    }

    private void checkRole(long councilId, Long userId, String role, String what) {
        if (userId == null) {
            return;
        }
        boolean ok = jdbc.sql(
                                "select count(*) from user_account where id = ? and council_id = ? and role in (?, 'COUNCIL_ADMIN')")
                        .params(userId, councilId, role)
                        .query(Long.class)
                        .single()
                > 0;
        if (!ok) {
            throw new IllegalArgumentException("The " + what + " must be a " + what + " of this council");
        }
    }
}
