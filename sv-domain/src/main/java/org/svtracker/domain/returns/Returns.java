package org.svtracker.domain.returns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentNotFound;
import org.svtracker.domain.evidence.EvidenceFile;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.evidence.EvidencePolicy.AcceptedEvidence;
import org.svtracker.domain.evidence.EvidenceRefused;
import org.svtracker.domain.evidence.EvidenceUpload;
import org.svtracker.domain.measure.MeasureKind;

/**
 * Returns, whoever records them: a supplier starts, drafts, submits and answers a query (through
 * the portal or the API), a contract manager records one on the supplier's behalf, and verifies,
 * queries or rejects it. Every rule of a return is applied here, once, for every caller: what it
 * says ({@link ReturnRules}), the two declarations, the quarter (started, within the contract, not
 * returned already), the states, and its evidence. A refusal is a {@link ReturnRefused} naming each
 * field and message, and leaves everything as it was.
 */
@Service
public class Returns {

    private final DeliveryReturnRepository returns;
    private final EvidenceFiles evidence;
    private final AuditTrail audit;
    private final Clock clock;

    Returns(DeliveryReturnRepository returns, EvidenceFiles evidence, AuditTrail audit, Clock clock) {
        this.returns = returns;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    // A supplier's returns

    /**
     * A supplier starts a return for one of its live contracts' commitments and a quarter, as a
     * draft saying what it says so far (perhaps nothing yet).
     */
    @Transactional
    public long startReturn(
            long supplierId, long commitmentId, Quarter period, BigDecimal quantity, String narrative, Actor actor) {
        ReportableCommitment commitment = reportableBySupplier(supplierId, commitmentId)
                .orElseThrow(() -> CommitmentNotFound.forId(commitmentId));
        return start(commitment, period, new ReturnContent(quantity, narrative), null, actor)
                .id();
    }

    /**
     * A supplier sends a return in one go, as through the API: started, and submitted too when
     * declarations are given.
     */
    @Transactional
    public long sendReturn(
            long supplierId,
            long commitmentId,
            Quarter period,
            ReturnContent content,
            Declarations declarations,
            Actor actor) {
        ReportableCommitment commitment = reportableBySupplier(supplierId, commitmentId)
                .orElseThrow(() -> CommitmentNotFound.forId(commitmentId));
        DeliveryReturn started = start(commitment, period, content, declarations, actor);
        if (declarations != null) {
            submit(started, declarations, actor);
        }
        return started.id();
    }

    /** A new draft of the supplier's, checked against every rule of what it says (and of a submission to come). */
    private DeliveryReturn start(
            ReportableCommitment commitment,
            Quarter period,
            ReturnContent content,
            Declarations declarations,
            Actor actor) {
        refuseIfAny(ReturnRules.problems(commitment.kind(), content, declarations, period, today()));
        DeliveryReturn draft =
                new DeliveryReturn(commitment.councilId(), commitment.id(), commitment.supplierId(), period, false);
        draft.revise(content);
        draft = insert(draft, commitment);
        audit.record(actor, commitment.councilId(), AuditedEntity.RETURN, draft.id(), "CREATED", details(draft));
        return draft;
    }

    /** Saves what a draft (or a queried return being answered) says, and files added, without sending it. */
    @Transactional
    public void saveDraft(
            long supplierId,
            long returnId,
            long expectedVersion,
            ReturnContent content,
            List<EvidenceUpload> uploads,
            Actor actor) {
        change(checked(own(supplierId, returnId), expectedVersion), content, null, uploads, actor);
    }

    /** Saves and submits: the return, with its new files, goes to the council's contract manager for review. */
    @Transactional
    public void submit(
            long supplierId,
            long returnId,
            long expectedVersion,
            ReturnContent content,
            Declarations declarations,
            List<EvidenceUpload> uploads,
            Actor actor) {
        DeliveryReturn own = checked(own(supplierId, returnId), expectedVersion);
        submit(change(own, content, declarations, uploads, actor), declarations, actor);
    }

    /** Submits a draft or queried return as it stands. */
    @Transactional
    public void submitReturn(
            long supplierId, long returnId, long expectedVersion, Declarations declarations, Actor actor) {
        DeliveryReturn draft = checked(own(supplierId, returnId), expectedVersion);
        refuseIfAny(ReturnRules.problems(kindOf(draft), draft.content(), declarations));
        submit(draft, declarations, actor);
    }

    /** A supplier adds one file to its own return while the return is with it. */
    @Transactional
    public long attachEvidence(
            long supplierId, long returnId, EvidenceUpload upload, String declaredType, Actor actor) {
        DeliveryReturn own = own(supplierId, returnId);
        requireWithSupplier(own);
        List<AcceptedEvidence> files = acceptedFiles(List.of(), List.of(upload));
        return store(own, files, declaredType, actor).get(0);
    }

    /**
     * A supplier removes a file from its own return, while the return is with it and only a file the
     * council has not yet seen (added since the return was last submitted).
     */
    @Transactional
    public void removeEvidence(long supplierId, long returnId, long evidenceId, Actor actor) {
        DeliveryReturn own = own(supplierId, returnId);
        EvidenceFile file = evidence.fileOf(own.councilId(), returnId, evidenceId);
        requireWithSupplier(own);
        if (!removable(ReturnView.of(own), file)) {
            throw ReturnRefused.notEditable(ReturnStatus.SUBMITTED);
        }
        evidence.remove(own.councilId(), returnId, evidenceId, actor);
    }

    /** Whether the supplier may still remove a file: the return is with it and the council has not seen the file. */
    public static boolean removable(ReturnView of, EvidenceFile file) {
        return of.status().withSupplier()
                && (of.submittedAt() == null || file.uploadedAt().isAfter(of.submittedAt()));
    }

    // The council's side

    /**
     * For a supplier without portal access: the contract manager records the return with its
     * evidence and submits it at once, with both declarations, marked as recorded on the supplier's
     * behalf (the audit trail says by whom).
     */
    @Transactional
    public long recordReturnOnBehalf(
            long councilId,
            long commitmentId,
            Quarter period,
            ReturnContent content,
            Declarations declarations,
            List<EvidenceUpload> uploads,
            Actor actor) {
        ReportableCommitment commitment =
                reportableByCouncil(councilId, commitmentId).orElseThrow(() -> CommitmentNotFound.forId(commitmentId));
        List<AcceptedEvidence> files =
                acceptedFiles(ReturnRules.problems(commitment.kind(), content, declarations, period, today()), uploads);
        DeliveryReturn recorded = new DeliveryReturn(councilId, commitmentId, commitment.supplierId(), period, true);
        recorded.revise(content);
        recorded.submit(declarations, actor.userId(), now());
        recorded = insert(recorded, commitment);
        audit.record(actor, councilId, AuditedEntity.RETURN, recorded.id(), "RECORDED_ON_BEHALF", details(recorded));
        store(recorded, files, null, actor);
        return recorded.id();
    }

    @Transactional
    public void verifyReturn(long councilId, long returnId, long expectedVersion, String note, Actor actor) {
        DeliveryReturn decided = ofCouncil(councilId, returnId, expectedVersion);
        decided.verify(actor.userId(), note, now());
        decision(actor, decided);
    }

    @Transactional
    public void queryReturn(long councilId, long returnId, long expectedVersion, String question, Actor actor) {
        DeliveryReturn decided = ofCouncil(councilId, returnId, expectedVersion);
        decided.query(actor.userId(), question, now());
        decision(actor, decided);
    }

    @Transactional
    public void rejectReturn(long councilId, long returnId, long expectedVersion, String reason, Actor actor) {
        DeliveryReturn decided = ofCouncil(councilId, returnId, expectedVersion);
        decided.reject(actor.userId(), reason, now());
        decision(actor, decided);
    }

    // Reading

    @Transactional(readOnly = true)
    public List<ReturnView> reviewQueue(long councilId) {
        return returns.findReviewQueue(councilId).stream().map(ReturnView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<ReturnView> returnsOf(long councilId, long commitmentId) {
        return returns.findByCouncilIdAndCommitmentIdOrderByPeriodStart(councilId, commitmentId).stream()
                .map(ReturnView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public ReturnView returnOfCouncil(long councilId, long returnId) {
        return returns.findByIdAndCouncilId(returnId, councilId)
                .map(ReturnView::of)
                .orElseThrow(() -> ReturnNotFound.forId(returnId));
    }

    @Transactional(readOnly = true)
    public ReturnView returnOfSupplier(long supplierId, long returnId) {
        return ReturnView.of(own(supplierId, returnId));
    }

    /** The evidence of a supplier's own return; another supplier's return is not found. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> evidenceOfOwnReturn(long supplierId, long returnId) {
        return evidence.evidenceOf(own(supplierId, returnId).councilId(), returnId);
    }

    /**
     * The kind of measure of a commitment the supplier may report on (one of its live contracts'):
     * empty for any other commitment, another supplier's included.
     */
    @Transactional(readOnly = true)
    public Optional<MeasureKind> reportableMeasureKind(long supplierId, long commitmentId) {
        return reportableBySupplier(supplierId, commitmentId).map(ReportableCommitment::kind);
    }

    // The rules' plumbing

    /** Revises a supplier's own return, whose version the caller has checked, and keeps its new files. */
    private DeliveryReturn change(
            DeliveryReturn own,
            ReturnContent content,
            Declarations declarations,
            List<EvidenceUpload> uploads,
            Actor actor) {
        requireWithSupplier(own);
        List<AcceptedEvidence> files = acceptedFiles(ReturnRules.problems(kindOf(own), content, declarations), uploads);
        var before = details(own);
        own.revise(content);
        audit.recordUpdate(actor, own.councilId(), AuditedEntity.RETURN, own.id(), before, details(own));
        store(own, files, null, actor);
        return own;
    }

    private void submit(DeliveryReturn draft, Declarations declarations, Actor actor) {
        draft.submit(declarations, actor.userId(), now());
        audit.record(actor, draft.councilId(), AuditedEntity.RETURN, draft.id(), "SUBMITTED", details(draft));
    }

    /**
     * The files of an upload the policy accepts. A refused file joins the problems already found
     * (of what the return says), so that one refusal names them all and nothing is kept.
     */
    private List<AcceptedEvidence> acceptedFiles(List<ReturnProblem> found, List<EvidenceUpload> uploads) {
        List<ReturnProblem> problems = new ArrayList<>(found);
        List<AcceptedEvidence> files = List.of();
        try {
            files = evidence.check(uploads);
        } catch (EvidenceRefused refused) {
            problems.add(ReturnRefused.problemOf(refused));
        }
        refuseIfAny(problems);
        return files;
    }

    private List<Long> store(DeliveryReturn to, List<AcceptedEvidence> files, String declaredType, Actor actor) {
        try {
            return evidence.store(to.councilId(), contractOf(to), to.id(), files, declaredType, actor);
        } catch (EvidenceRefused refused) {
            throw ReturnRefused.evidence(refused);
        }
    }

    private static void requireWithSupplier(DeliveryReturn r) {
        if (!r.status().withSupplier()) {
            throw ReturnRefused.notEditable(r.status());
        }
    }

    private static void refuseIfAny(List<ReturnProblem> problems) {
        if (!problems.isEmpty()) {
            throw ReturnRefused.invalid(problems);
        }
    }

    /**
     * Inserts a new return, refusing a quarter outside the contract's term or one that has a return
     * already (a rejected one aside). The unique index stands behind the check for two requests at
     * once.
     */
    private DeliveryReturn insert(DeliveryReturn created, ReportableCommitment commitment) {
        Quarter period = created.period();
        if (period.compareTo(Quarter.of(commitment.contractStart())) < 0
                || period.compareTo(Quarter.of(commitment.contractEnd())) > 0) {
            throw ReturnRefused.invalid(List.of(
                    ReturnProblem.of(ReturnProblem.PERIOD, "return.refused.period.outsideContract", period.label())));
        }
        if (returns.existsUnrejected(created.councilId(), created.commitmentId(), period.start())) {
            throw ReturnRefused.alreadyReturned(commitment.measureName(), period.label());
        }
        try {
            return returns.save(created);
        } catch (DataIntegrityViolationException raced) {
            throw ReturnRefused.alreadyReturned(commitment.measureName(), period.label());
        }
    }

    private Optional<ReportableCommitment> reportableBySupplier(long supplierId, long commitmentId) {
        return returns.findReportableBySupplier(commitmentId, supplierId);
    }

    private Optional<ReportableCommitment> reportableByCouncil(long councilId, long commitmentId) {
        return returns.findReportableByCouncil(commitmentId, councilId);
    }

    private MeasureKind kindOf(DeliveryReturn r) {
        return returns.findCommitmentOfCouncil(r.commitmentId(), r.councilId()).kind();
    }

    private long contractOf(DeliveryReturn r) {
        return returns.findCommitmentOfCouncil(r.commitmentId(), r.councilId()).contractId();
    }

    private void decision(Actor actor, DeliveryReturn decided) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", decided.status());
        values.put("reason", decided.decisionReason());
        audit.record(
                actor,
                decided.councilId(),
                AuditedEntity.RETURN,
                decided.id(),
                decided.status().name(),
                values);
    }

    private static Map<String, Object> details(DeliveryReturn r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("commitmentId", r.commitmentId());
        values.put("period", r.period());
        values.put("quantity", r.quantity());
        values.put("narrative", r.narrative());
        values.put("status", r.status());
        return values;
    }

    private DeliveryReturn own(long supplierId, long returnId) {
        return returns.findByIdAndSupplierId(returnId, supplierId).orElseThrow(() -> ReturnNotFound.forId(returnId));
    }

    private DeliveryReturn ofCouncil(long councilId, long returnId, long expectedVersion) {
        DeliveryReturn found =
                returns.findByIdAndCouncilId(returnId, councilId).orElseThrow(() -> ReturnNotFound.forId(returnId));
        return checked(found, expectedVersion);
    }

    private static DeliveryReturn checked(DeliveryReturn found, long expectedVersion) {
        if (found.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(DeliveryReturn.class, found.id());
        }
        return found;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
