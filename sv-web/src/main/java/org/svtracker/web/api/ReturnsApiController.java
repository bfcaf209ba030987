package org.svtracker.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentNotFound;
import org.svtracker.domain.evidence.EvidenceFile;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.evidence.EvidenceUpload;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.returns.ReturnContent;
import org.svtracker.domain.returns.ReturnRefused;
import org.svtracker.domain.returns.ReturnRules;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.ReturnView;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.token.IdempotencyKeys;
import org.svtracker.domain.token.StoredResponse;
import org.svtracker.web.api.ApiResources.EvidenceResource;
import org.svtracker.web.api.ApiResources.ReturnResource;
import org.svtracker.web.security.SignedInUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Returns through the API: a supplier sends one (as a draft or submitted) with an Idempotency-Key,
 * attaches evidence, submits a draft, and reads where it stands. Council staff tokens read their
 * council's returns. Another organisation's return or commitment is not found, and nothing changes.
 */
@RestController
@Tag(name = "Returns", description = "Returns of delivery against commitments, their evidence and decisions")
record ReturnsApiController(
        Returns returns,
        EvidenceFiles evidenceFiles,
        ReturnRefusals refusals,
        IdempotencyKeys idempotencyKeys,
        JsonMapper json,
        ProblemResponses problems,
        Clock clock) {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @PostMapping(
            value = "/api/v1/returns",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Send a return, as a draft or submitted",
            description = "Sends a return for one of your live contracts' commitments and one quarter that has"
                    + " started. With submit true the return goes to the council (both declarations must be"
                    + " true); with submit false it stays a draft, to which you can attach evidence before"
                    + " submitting it. The Idempotency-Key header makes a retry safe: the same key with the same"
                    + " body answers the first response again (with the header Idempotent-Replayed: true) and"
                    + " creates nothing; the same key with a different body is refused with 422.")
    @ApiResponse(
            responseCode = "201",
            description = "The return was created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ReturnResource.class)))
    @ProblemResponse(responseCode = "400", description = "Malformed JSON, or no Idempotency-Key")
    @ProblemResponse(responseCode = "404", description = "No such commitment on your live contracts")
    @ProblemResponse(responseCode = "409", description = "There is already a return for this commitment and quarter")
    @ProblemResponse(
            responseCode = "422",
            description = "Invalid fields (listed in errors), or the Idempotency-Key was used with another body")
    ResponseEntity<String> sendReturn(
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "A unique key of your choosing for this return, at most 255 characters,"
                                    + " for example a UUID",
                            required = true,
                            example = "5f0c7a52-4d5e-4a0b-9d84-2f0f3c8f1e6b")
                    @RequestHeader(value = IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @RequestBody ReturnRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ApiRefusal.badRequest(IDEMPOTENCY_KEY, problems.message("api.returns.idempotencyKey.required"));
        }
        if (idempotencyKey.length() > IdempotencyKeys.MAX_KEY_LENGTH) {
            throw ApiRefusal.badRequest(IDEMPOTENCY_KEY, problems.message("api.returns.idempotencyKey.size"));
        }
        long supplierId = user.supplierId();
        Quarter period = shapeChecked(request);
        MeasureKind kind = returns.reportableMeasureKind(supplierId, request.commitmentId())
                .orElseThrow(() -> CommitmentNotFound.forId(request.commitmentId()));
        StoredResponse response;
        try {
            response = idempotencyKeys.once(
                    user.id(), supplierId, idempotencyKey.strip(), json.writeValueAsBytes(request), () -> {
                        long id = returns.sendReturn(
                                supplierId,
                                request.commitmentId(),
                                period,
                                new ReturnContent(request.quantity(), request.whatWasDone()),
                                request.submit() ? request.declared() : null,
                                user.apiActor());
                        return StoredResponse.of(
                                HttpStatus.CREATED.value(), json.writeValueAsString(resourceOf(supplierId, id)));
                    });
        } catch (ReturnRefused refused) {
            throw refusals.toApi(refused, request.declared());
        }
        long id = json.readTree(response.body()).get("id").asLong();
        var answer = ResponseEntity.status(response.status())
                .location(URI.create("/api/v1/returns/" + id))
                .contentType(MediaType.APPLICATION_JSON);
        if (response.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(response.body());
    }

    @PostMapping(
            value = "/api/v1/returns/{id}/submission",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Submit a draft or queried return",
            description = "Submits the return to the council with both declarations. Submitting a return that is"
                    + " already submitted answers it as it is, so a retry is safe.")
    @ApiResponse(responseCode = "200", description = "The return, submitted")
    @ProblemResponse(responseCode = "404", description = "No such return of yours")
    @ProblemResponse(responseCode = "409", description = "The return has been decided and can no longer be submitted")
    @ProblemResponse(responseCode = "422", description = "A declaration is missing")
    ReturnResource submitReturn(
            @Parameter(description = "The return's id", example = "5120") @PathVariable long id,
            @RequestBody SubmissionRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        long supplierId = user.supplierId();
        ReturnView current = returns.returnOfSupplier(supplierId, id);
        if (current.status() == ReturnStatus.SUBMITTED) {
            // A retry of a submission that went through: answered as it is.
            return resourceOf(supplierId, id);
        }
        try {
            returns.submitReturn(supplierId, id, current.version(), request.declared(), user.apiActor());
        } catch (ReturnRefused refused) {
            throw refusals.toApi(refused, request.declared());
        }
        return resourceOf(supplierId, id);
    }

    @PostMapping(
            value = "/api/v1/returns/{id}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Attach an evidence file to a draft or queried return",
            description = "Send the file as multipart/form-data in a part named file. Accepted: PDF, PNG, JPEG,"
                    + " DOCX, XLSX and CSV, decided from the file's content, not its name. The file's name is kept"
                    + " as display text only.")
    @ApiResponse(responseCode = "201", description = "The evidence was attached")
    @ProblemResponse(responseCode = "404", description = "No such return of yours")
    @ProblemResponse(
            responseCode = "409",
            description = "The return is submitted or decided: evidence goes with a draft or queried return")
    @ProblemResponse(responseCode = "413", description = "The file is too large")
    @ProblemResponse(
            responseCode = "422",
            description = "The file is empty or of a type that is not accepted (errors names the field file)")
    ResponseEntity<EvidenceResource> attachEvidence(
            @Parameter(description = "The return's id", example = "5120") @PathVariable long id,
            @Parameter(description = "The evidence file", schema = @Schema(type = "string", format = "binary"))
                    @RequestPart("file")
                    MultipartFile file,
            @AuthenticationPrincipal SignedInUser user)
            throws IOException {
        long evidenceId = returns.attachEvidence(
                user.supplierId(),
                id,
                new EvidenceUpload(file.getOriginalFilename(), file.getBytes()),
                file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType(),
                user.apiActor());
        ReturnView current = returns.returnOfSupplier(user.supplierId(), id);
        EvidenceFile attached = evidenceFiles.evidenceOf(current.councilId(), id).stream()
                .filter(e -> e.id() == evidenceId)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/returns/" + id)).body(EvidenceResource.of(attached));
    }

    @GetMapping(value = "/api/v1/returns/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Read a return: its status, the council's decision and any query",
            description = "A supplier's token reads its organisation's returns; a council staff token its council's."
                    + " A queried return carries the council's question in queryQuestion.")
    @ApiResponse(responseCode = "200", description = "The return")
    @ProblemResponse(responseCode = "404", description = "No such return for you")
    ReturnResource readReturn(
            @Parameter(description = "The return's id", example = "5120") @PathVariable long id,
            @AuthenticationPrincipal SignedInUser user) {
        ReturnView found = user.supplierId() != null
                ? returns.returnOfSupplier(user.supplierId(), id)
                : returns.returnOfCouncil(user.councilId(), id);
        return ReturnResource.of(found, evidenceFiles.evidenceOf(found.councilId(), id));
    }

    /**
     * What the request must have for the return to be looked at (a commitment, a quarter written
     * like Q1 2025/26, submit true or false), listed with the domain's rules on the rest of it, so
     * one answer names every problem.
     */
    private Quarter shapeChecked(ReturnRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        if (request.commitmentId() == null) {
            errors.add(new FieldProblem("commitmentId", problems.message("api.returns.commitmentId.required")));
        }
        Quarter period = null;
        if (request.period() == null || request.period().isBlank()) {
            errors.add(new FieldProblem("period", problems.message("api.returns.period.required")));
        } else {
            try {
                period = Quarter.parse(request.period().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldProblem("period", problems.message("api.returns.period.format")));
            }
        }
        if (request.submit() == null) {
            errors.add(new FieldProblem("submit", problems.message("api.returns.submit.required")));
        }
        if (!errors.isEmpty()) {
            boolean submitting = Boolean.TRUE.equals(request.submit());
            errors.addAll(refusals.fieldProblems(
                    ReturnRules.problems(
                            null,
                            new ReturnContent(request.quantity(), request.whatWasDone()),
                            submitting ? request.declared() : null,
                            period,
                            LocalDate.now(clock)),
                    request.declared()));
            throw ApiRefusal.unprocessable(errors);
        }
        return period;
    }

    private ReturnResource resourceOf(long supplierId, long id) {
        ReturnView view = returns.returnOfSupplier(supplierId, id);
        return ReturnResource.of(view, evidenceFiles.evidenceOf(view.councilId(), id));
    }
}
