package org.svtracker.web.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.evidence.EvidenceDownload;
import org.svtracker.domain.evidence.EvidenceFile;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.evidence.EvidenceLimits;
import org.svtracker.domain.evidence.EvidenceRefused;
import org.svtracker.domain.evidence.EvidenceUpload;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.ReturnView;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.returns.SupplierContracts;
import org.svtracker.domain.returns.SupplierContracts.SupplierCommitment;
import org.svtracker.domain.returns.SupplierContracts.SupplierContract;
import org.svtracker.domain.returns.SupplierReturns;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/**
 * A supplier's returns: start one for a quarter, fill it in with evidence, save it as a draft or
 * submit it, see the council's decision and answer a query. Every id is looked up through the
 * signed-in user's supplier, so another supplier's is not found.
 */
@Controller
class PortalReturnController {

    static final String CONTRACT_AND_PERIOD = "contractAndPeriod";
    static final String COMMITMENT = "commitment";
    private static final int MAX_NARRATIVE = 4000;

    private final SupplierContracts contracts;
    private final Returns deliveries;
    private final SupplierReturns supplierReturns;
    private final EvidenceFiles evidence;
    private final FormSubmissions forms;
    private final Clock clock;

    PortalReturnController(
            SupplierContracts contracts,
            Returns deliveries,
            SupplierReturns supplierReturns,
            EvidenceFiles evidence,
            FormSubmissions forms,
            Clock clock) {
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.supplierReturns = supplierReturns;
        this.evidence = evidence;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/portal/commitments/{commitmentId}/returns/new")
    String newReturn(
            @PathVariable long commitmentId,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        newReturnPage(user, commitmentId, model);
        model.addAttribute("period", period);
        model.addAttribute("formToken", FormSubmissions.newToken());
        model.addAttribute("errors", List.of());
        return "portal/new-return";
    }

    @PostMapping("/portal/commitments/{commitmentId}/returns/new")
    String startReturn(
            @PathVariable long commitmentId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String formToken,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        SupplierCommitment commitment = newReturnPage(user, commitmentId, model);
        Quarter quarter = quarterOf(period);
        List<ErrorItem> errors = new ArrayList<>();
        if (quarter == null) {
            errors.add(new ErrorItem("period", "portal.newReturn.error.period"));
        } else {
            try {
                // A repeat of the same form (a double click) gets the first result without this running again.
                String next = forms.once(formToken, user.getUsername(), () -> {
                    if (!commitment.openForNewReturn().contains(quarter)) {
                        throw new QuarterNotOpen();
                    }
                    long id =
                            deliveries.startReturn(user.supplierId(), commitmentId, quarter, null, null, user.actor());
                    return "/portal/returns/" + id + "/edit";
                });
                return "redirect:" + next;
            } catch (QuarterNotOpen e) {
                errors.add(new ErrorItem("period", "portal.newReturn.error.period"));
            } catch (DataIntegrityViolationException e) {
                errors.add(new ErrorItem("period", "portal.newReturn.error.taken"));
            }
        }
        model.addAttribute("period", period);
        model.addAttribute("formToken", formToken);
        model.addAttribute("errors", errors);
        return "portal/new-return";
    }

    @GetMapping("/portal/returns/{returnId}")
    String view(@PathVariable long returnId, @AuthenticationPrincipal SignedInUser user, Model model) {
        ReturnView found = deliveries.returnOfSupplier(user.supplierId(), returnId);
        context(user, found, model);
        return "portal/return";
    }

    @GetMapping("/portal/returns/{returnId}/edit")
    String edit(@PathVariable long returnId, @AuthenticationPrincipal SignedInUser user, Model model) {
        ReturnView found = deliveries.returnOfSupplier(user.supplierId(), returnId);
        if (!editable(found)) {
            return "redirect:/portal/returns/" + returnId;
        }
        showCurrent(user, found, model, List.of());
        return "portal/edit-return";
    }

    @PostMapping("/portal/returns/{returnId}/edit")
    String save(
            @PathVariable long returnId,
            @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String narrative,
            @RequestParam(required = false) List<String> declarations,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String action,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        ReturnView found = deliveries.returnOfSupplier(user.supplierId(), returnId);
        if (!editable(found)) {
            return "redirect:/portal/returns/" + returnId;
        }
        SupplierCommitment commitment = context(user, found, model);
        boolean submitting = "submit".equals(action);
        List<String> declared = declarations == null ? List.of() : declarations;
        List<MultipartFile> chosen = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> !f.isEmpty()
                                || (f.getOriginalFilename() != null
                                        && !f.getOriginalFilename().isBlank()))
                        .toList();
        String text = narrative == null ? "" : narrative.strip();

        List<ErrorItem> errors = new ArrayList<>();
        BigDecimal amount = null;
        if (!commitment.narrativeOnly()) {
            String typed = quantity == null ? "" : quantity.strip().replace(",", "");
            if (typed.isEmpty()) {
                if (submitting) {
                    errors.add(new ErrorItem("quantity", "portal.return.error.quantityMissing"));
                }
            } else {
                amount = quantityOf(typed);
                if (amount == null) {
                    errors.add(new ErrorItem("quantity", "portal.return.error.quantityInvalid"));
                }
            }
        }
        if (text.length() > MAX_NARRATIVE) {
            errors.add(new ErrorItem("narrative", "portal.return.error.narrativeTooLong", MAX_NARRATIVE));
        } else if (submitting && text.isEmpty()) {
            errors.add(new ErrorItem(
                    "narrative",
                    commitment.narrativeOnly()
                            ? "portal.return.error.narrativeMissingNarrativeMeasure"
                            : "portal.return.error.narrativeMissing"));
        }
        long total = chosen.stream().mapToLong(MultipartFile::getSize).sum();
        EvidenceLimits limits = evidence.limits();
        if (total > limits.maxUploadBytes()) {
            errors.add(refusal(EvidenceRefused.uploadTooLarge(limits.maxUploadBytes())));
        }
        if (submitting && !(declared.contains(CONTRACT_AND_PERIOD) && declared.contains(COMMITMENT))) {
            errors.add(new ErrorItem("declarations", "portal.return.error.declarations"));
        }
        if (version == null) {
            return stale(user, returnId, model);
        }
        if (errors.isEmpty()) {
            try {
                List<EvidenceUpload> uploads =
                        chosen.stream().map(PortalReturnController::upload).toList();
                BigDecimal q = commitment.narrativeOnly() ? null : amount;
                String n = text.isEmpty() ? null : text;
                if (submitting) {
                    supplierReturns.submit(
                            user.supplierId(), returnId, version, q, n, uploads, true, true, user.actor());
                    redirect.addFlashAttribute("notice", "portal.notice.submitted");
                } else {
                    supplierReturns.saveDraft(user.supplierId(), returnId, version, q, n, uploads, user.actor());
                    redirect.addFlashAttribute("notice", "portal.notice.saved");
                }
                return "redirect:/portal/returns/" + returnId;
            } catch (EvidenceRefused refused) {
                errors.add(refusal(refused));
            } catch (ObjectOptimisticLockingFailureException | IllegalStateException changed) {
                return stale(user, returnId, model);
            }
        }
        model.addAttribute("quantity", quantity);
        model.addAttribute("narrative", narrative);
        model.addAttribute("declarations", declared);
        model.addAttribute("version", version);
        model.addAttribute("filesNotKept", !chosen.isEmpty());
        model.addAttribute("errors", errors);
        return "portal/edit-return";
    }

    @PostMapping("/portal/returns/{returnId}/evidence/{evidenceId}/remove")
    String remove(
            @PathVariable long returnId,
            @PathVariable long evidenceId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            evidence.removeFromOwnReturn(user.supplierId(), returnId, evidenceId, user.actor());
            redirect.addFlashAttribute("notice", "portal.notice.removed");
            return "redirect:/portal/returns/" + returnId + "/edit";
        } catch (EvidenceRefused refused) {
            return "redirect:/portal/returns/" + returnId;
        }
    }

    /** Always an attachment, with the type detected at upload and a name safe in the header. */
    @GetMapping("/portal/returns/{returnId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(
            @PathVariable long returnId, @PathVariable long evidenceId, @AuthenticationPrincipal SignedInUser user) {
        EvidenceDownload file = evidence.downloadForSupplier(user.supplierId(), returnId, evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.file().contentType()))
                .contentLength(file.bytes().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.file().displayName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file.bytes());
    }

    private String stale(SignedInUser user, long returnId, Model model) {
        ReturnView current = deliveries.returnOfSupplier(user.supplierId(), returnId);
        if (!editable(current)) {
            return "redirect:/portal/returns/" + returnId;
        }
        showCurrent(user, current, model, List.of(new ErrorItem("narrative", "portal.return.error.stale")));
        return "portal/edit-return";
    }

    private void showCurrent(SignedInUser user, ReturnView found, Model model, List<ErrorItem> errors) {
        context(user, found, model);
        model.addAttribute(
                "quantity",
                found.quantity() == null
                        ? ""
                        : found.quantity().stripTrailingZeros().toPlainString());
        model.addAttribute("narrative", found.narrative());
        model.addAttribute("declarations", List.of());
        model.addAttribute("version", found.version());
        model.addAttribute("filesNotKept", false);
        model.addAttribute("errors", errors);
    }

    /** The return with its contract, commitment and evidence, as every return page shows them. */
    private SupplierCommitment context(SignedInUser user, ReturnView found, Model model) {
        SupplierContract contract =
                contracts.contractOfCommitment(user.supplierId(), found.commitmentId(), LocalDate.now(clock));
        SupplierCommitment commitment = commitmentOf(contract, found.commitmentId());
        List<EvidenceFile> files = evidence.evidenceOfOwnReturn(user.supplierId(), found.id());
        model.addAttribute("contract", contract);
        model.addAttribute("commitment", commitment);
        model.addAttribute("ret", found);
        model.addAttribute("files", files);
        model.addAttribute(
                "removable",
                files.stream()
                        .filter(f -> EvidenceFiles.removable(editable(found), found.submittedAt(), f))
                        .map(EvidenceFile::id)
                        .toList());
        model.addAttribute("limits", evidence.limits());
        return commitment;
    }

    private SupplierCommitment newReturnPage(SignedInUser user, long commitmentId, Model model) {
        SupplierContract contract =
                contracts.contractOfCommitment(user.supplierId(), commitmentId, LocalDate.now(clock));
        SupplierCommitment commitment = commitmentOf(contract, commitmentId);
        model.addAttribute("contract", contract);
        model.addAttribute("commitment", commitment);
        model.addAttribute(
                "periods",
                commitment.openForNewReturn().stream()
                        .map(q -> new Option(q.label(), q.label()))
                        .toList());
        return commitment;
    }

    private static SupplierCommitment commitmentOf(SupplierContract contract, long commitmentId) {
        return contract.commitments().stream()
                .filter(c -> c.id() == commitmentId)
                .findFirst()
                .orElseThrow();
    }

    private static boolean editable(ReturnView r) {
        return r.status() == ReturnStatus.DRAFT || r.status() == ReturnStatus.QUERIED;
    }

    private static ErrorItem refusal(EvidenceRefused refused) {
        return new ErrorItem(
                "evidence",
                "portal.evidence.refused." + refused.reason().name(),
                refused.fileName(),
                refused.limitMegabytes());
    }

    private static EvidenceUpload upload(MultipartFile file) {
        try {
            return new EvidenceUpload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quantity as the database keeps it: not negative, at most 3 decimals, under 100 billion. */
    static BigDecimal quantityOf(String typed) {
        if (!typed.matches("\\d{1,11}(\\.\\d{1,3})?|\\.\\d{1,3}")) {
            return null;
        }
        return new BigDecimal(typed);
    }

    private static Quarter quarterOf(String period) {
        try {
            return period == null ? null : Quarter.parse(period);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The quarter chosen cannot take a new return (not in the schedule, or it has one). */
    private static final class QuarterNotOpen extends RuntimeException {
        QuarterNotOpen() {
            super(null, null, false, false);
        }
    }
}
