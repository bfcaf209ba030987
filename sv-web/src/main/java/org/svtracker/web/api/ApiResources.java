package org.svtracker.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.delivery.CommitmentOverview;
import org.svtracker.domain.delivery.ContractOverview;
import org.svtracker.domain.evidence.EvidenceFile;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.ReturnView;

/** What the API answers: records, so that the OpenAPI description is drawn from the same types. */
final class ApiResources {

    private ApiResources() {}

    @Schema(name = "ContractList", description = "Contracts with their commitments")
    record ContractList(List<ContractResource> contracts) {}

    @Schema(name = "Contract", description = "An awarded, live or closed contract and its commitments")
    record ContractResource(
            @Schema(description = "The contract's id", example = "41")
            long id,

            @Schema(description = "The council that let the contract")
            CouncilResource council,

            @Schema(description = "The council's reference for the contract", example = "OCC-2024-017")
            String reference,

            @Schema(example = "Highways maintenance") String title,
            @Schema(example = "LIVE") ContractStatus status,
            @Schema(example = "2024-04-01") LocalDate startDate,
            @Schema(example = "2027-03-31") LocalDate endDate,

            @Schema(description = "The contract's RAG: its commitments weighted by £ value", example = "AMBER")
            RagStatus rag,

            List<CommitmentResource> commitments) {

        static ContractResource of(ContractOverview c) {
            return new ContractResource(
                    c.contractId(),
                    new CouncilResource(c.councilSlug(), c.councilName()),
                    c.reference(),
                    c.title(),
                    c.status(),
                    c.startDate(),
                    c.endDate(),
                    c.rag(),
                    c.commitments().stream().map(CommitmentResource::of).toList());
        }
    }

    @Schema(name = "Council")
    record CouncilResource(
            @Schema(example = "oxfordshire") String slug,
            @Schema(example = "Oxfordshire County Council") String name) {}

    @Schema(name = "Commitment", description = "What the supplier promised, and how delivery stands")
    record CommitmentResource(
            @Schema(description = "The commitment's id, which a return names", example = "310")
            long id,

            MeasureResource measure,

            @Schema(description = "The unit quantities are counted in; none for a narrative measure", example = "HOURS")
            MeasureUnit unit,

            @Schema(description = "The target quantity; none for a narrative measure", example = "1200")
            BigDecimal target,

            @Schema(example = "2027-03-31") LocalDate dueDate,

            @Schema(description = "Verified so far: delivered", example = "450")
            BigDecimal verified,

            @Schema(description = "Submitted but not yet verified: claimed", example = "120")
            BigDecimal claimed,

            @Schema(example = "GREEN") RagStatus rag) {

        static CommitmentResource of(CommitmentOverview c) {
            return new CommitmentResource(
                    c.commitmentId(),
                    new MeasureResource(c.measureCode(), c.measureName(), c.measureKind()),
                    c.unit(),
                    c.target(),
                    c.dueDate(),
                    c.verified(),
                    c.claimed(),
                    c.rag());
        }
    }

    @Schema(name = "Measure")
    record MeasureResource(
            @Schema(example = "OX-VOL") String code,
            @Schema(example = "Staff volunteering hours") String name,

            @Schema(
                    description = "VALUED and COUNTED measures take a quantity; NARRATIVE ones a description only",
                    example = "VALUED")
            MeasureKind kind) {}

    @Schema(name = "Return", description = "A return: what was delivered against a commitment in one quarter")
    record ReturnResource(
            @Schema(example = "5120") long id,
            @Schema(example = "310") long commitmentId,

            @Schema(description = "The quarter, as Q1 2025/26", example = "Q1 2025/26")
            String period,

            @Schema(example = "38.5") BigDecimal quantity,

            @Schema(example = "Staff volunteered at two food banks")
            String whatWasDone,

            @Schema(
                    description = "DRAFT, SUBMITTED (claimed), VERIFIED (delivered), QUERIED (back to you with a"
                            + " question) or REJECTED",
                    example = "SUBMITTED")
            ReturnStatus status,

            OffsetDateTime submittedAt,

            @Schema(description = "The council's decision, once it has made one")
            DecisionResource decision,

            @Schema(description = "The council's question, while the return is queried")
            String queryQuestion,

            List<EvidenceResource> evidence) {

        static ReturnResource of(ReturnView r, List<EvidenceFile> evidence) {
            boolean decided = r.status() == ReturnStatus.VERIFIED
                    || r.status() == ReturnStatus.QUERIED
                    || r.status() == ReturnStatus.REJECTED;
            return new ReturnResource(
                    r.id(),
                    r.commitmentId(),
                    r.period().label(),
                    r.quantity(),
                    r.narrative(),
                    r.status(),
                    r.submittedAt(),
                    decided ? new DecisionResource(r.status(), r.decisionReason(), r.decidedAt()) : null,
                    r.status() == ReturnStatus.QUERIED ? r.decisionReason() : null,
                    evidence.stream().map(EvidenceResource::of).toList());
        }
    }

    @Schema(name = "Decision")
    record DecisionResource(
            @Schema(example = "QUERIED") ReturnStatus outcome,

            @Schema(description = "The reason, or the question for a query", example = "Please send the timesheets")
            String reason,

            OffsetDateTime decidedAt) {}

    @Schema(name = "Evidence", description = "A file attached to a return")
    record EvidenceResource(
            @Schema(example = "88") long id,

            @Schema(description = "The file's name, as display text only", example = "timesheets-q1.pdf")
            String name,

            @Schema(description = "The type detected from the file's content", example = "application/pdf")
            String contentType,

            @Schema(example = "48213") long sizeBytes,

            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            String sha256,

            OffsetDateTime uploadedAt) {

        static EvidenceResource of(EvidenceFile file) {
            return new EvidenceResource(
                    file.id(),
                    file.displayName(),
                    file.contentType(),
                    file.sizeBytes(),
                    file.sha256(),
                    file.uploadedAt());
        }
    }
}
