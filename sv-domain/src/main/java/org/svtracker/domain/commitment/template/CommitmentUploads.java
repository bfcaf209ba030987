package org.svtracker.domain.commitment.template;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.council.Councils;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.measure.MeasureLibrary;

/**
 * A contract's commitments worked offline: the template to fill in, the upload checked row by row,
 * the preview of what it will add, and the confirmation that adds all of it or none of it, once.
 * Only while the contract's commitments may still change, that is before it goes live.
 */
@Service
public class CommitmentUploads {

    /** An upload not confirmed within this time is forgotten at the council's next upload. */
    static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    private final Contracts contracts;
    private final Commitments commitments;
    private final MeasureLibrary library;
    private final Frameworks frameworks;
    private final Councils councils;
    private final CommitmentUploadRepository uploads;
    private final AuditTrail audit;
    private final Clock clock;

    CommitmentUploads(
            Contracts contracts,
            Commitments commitments,
            MeasureLibrary library,
            Frameworks frameworks,
            Councils councils,
            CommitmentUploadRepository uploads,
            AuditTrail audit,
            Clock clock) {
        this.contracts = contracts;
        this.commitments = commitments;
        this.library = library;
        this.frameworks = frameworks;
        this.councils = councils;
        this.uploads = uploads;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an upload gave: the id of the upload to preview and confirm, or every problem and no upload. */
    public record UploadResult(UUID uploadId, List<TemplateProblem> problems) {
        public UploadResult {
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return uploadId != null;
        }
    }

    /**
     * An upload as its page shows it: waiting, with the preview of what confirming adds (or the problems
     * that now stop it, should the library have changed since), or confirmed, with how many it added.
     */
    public record UploadView(
            UUID id,
            String fileName,
            Instant uploadedAt,
            Instant confirmedAt,
            Integer commitmentsCreated,
            UploadPreview preview,
            List<TemplateProblem> problems) {

        public boolean confirmed() {
            return confirmedAt != null;
        }
    }

    /** What confirming did: added this many now, found it already confirmed, or found problems and added none. */
    public record ConfirmResult(int created, boolean alreadyConfirmed, List<TemplateProblem> problems) {
        public ConfirmResult {
            problems = List.copyOf(problems);
        }
    }

    /** The contract, if its commitments may still change. */
    @Transactional(readOnly = true)
    public ContractView editableContract(long councilId, long contractId) {
        ContractView contract = contracts.contract(councilId, contractId);
        if (!contract.status().commitmentsEditable()) {
            throw CommitmentsLocked.forContract(contractId, contract.status());
        }
        return contract;
    }

    @Transactional(readOnly = true)
    public byte[] workbookTemplate(long councilId, long contractId) {
        ContractView contract = editableContract(councilId, contractId);
        return TemplateWriter.workbook(contract, catalogue(councilId, contract));
    }

    @Transactional(readOnly = true)
    public byte[] csvTemplate(long councilId, long contractId) {
        editableContract(councilId, contractId);
        return TemplateWriter.csv();
    }

    /** Checks a filled-in template and, if it has no problem, keeps it to be previewed and confirmed. */
    @Transactional
    public UploadResult upload(long councilId, long contractId, String fileName, byte[] content, Actor actor) {
        ContractView contract = editableContract(councilId, contractId);
        TemplateCheck check = check(councilId, contract, fileName, content);
        if (!check.isValid()) {
            return new UploadResult(null, check.problems());
        }
        Instant now = clock.instant();
        uploads.deleteUnconfirmedBefore(councilId, now.minus(ABANDONED_AFTER));
        CommitmentUpload upload = uploads.save(
                new CommitmentUpload(councilId, contractId, actor.userId(), nameOf(fileName), content, now));
        return new UploadResult(upload.id(), List.of());
    }

    @Transactional(readOnly = true)
    public UploadView upload(long councilId, long contractId, UUID uploadId) {
        CommitmentUpload upload = uploads.findByIdAndCouncilIdAndContractId(uploadId, councilId, contractId)
                .orElseThrow(() -> CommitmentUploadNotFound.forId(uploadId));
        if (upload.isConfirmed()) {
            return new UploadView(
                    upload.id(),
                    upload.fileName(),
                    upload.uploadedAt(),
                    upload.confirmedAt(),
                    upload.commitmentsCreated(),
                    null,
                    List.of());
        }
        ContractView contract = editableContract(councilId, contractId);
        TemplateCatalogue catalogue = catalogue(councilId, contract);
        TemplateCheck check = TemplateCheck.of(
                TemplateFiles.read(upload.fileName(), upload.content()), catalogue, contract.reference());
        UploadPreview preview = check.isValid()
                ? UploadPreview.of(
                        contract,
                        check.drafts(),
                        commitments.commitmentsOf(councilId, contractId),
                        catalogue,
                        councils.getCouncil(councilId).settings().targetPercent())
                : null;
        return new UploadView(
                upload.id(), upload.fileName(), upload.uploadedAt(), null, null, preview, check.problems());
    }

    /**
     * Adds every commitment of the upload in one transaction, or none. The upload is locked first, so
     * a second confirmation (a double click) waits for the first and then finds it confirmed.
     */
    @Transactional
    public ConfirmResult confirm(long councilId, long contractId, UUID uploadId, Actor actor) {
        CommitmentUpload upload = uploads.lockByIdAndCouncilIdAndContractId(uploadId, councilId, contractId)
                .orElseThrow(() -> CommitmentUploadNotFound.forId(uploadId));
        if (upload.isConfirmed()) {
            return new ConfirmResult(upload.commitmentsCreated(), true, List.of());
        }
        ContractView contract = editableContract(councilId, contractId);
        // The library may have changed since the preview, so the file is checked again.
        TemplateCheck check = check(councilId, contract, upload.fileName(), upload.content());
        if (!check.isValid()) {
            return new ConfirmResult(0, false, check.problems());
        }
        for (CommitmentDraft draft : check.drafts()) {
            commitments.addCommitment(councilId, contractId, draft.terms(), actor);
        }
        upload.confirm(actor.userId(), check.drafts().size(), clock.instant());
        audit.record(
                actor,
                councilId,
                AuditedEntity.CONTRACT,
                contractId,
                "COMMITMENTS_UPLOADED",
                Map.of("file", upload.fileName(), "commitments", check.drafts().size()));
        return new ConfirmResult(check.drafts().size(), false, List.of());
    }

    private TemplateCheck check(long councilId, ContractView contract, String fileName, byte[] content) {
        return TemplateCheck.of(
                TemplateFiles.read(fileName, content), catalogue(councilId, contract), contract.reference());
    }

    /**
     * The library and framework of today, with the proxies of the award's financial year, which are
     * the ones frozen at award, or before award those of this financial year.
     */
    private TemplateCatalogue catalogue(long councilId, ContractView contract) {
        LocalDate today = LocalDate.now(clock);
        FinancialYear proxyYear = FinancialYear.of(contract.awardedOn() != null ? contract.awardedOn() : today);
        return new TemplateCatalogue(
                library.library(councilId), frameworks.currentFramework(councilId, today), proxyYear);
    }

    private static String nameOf(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
