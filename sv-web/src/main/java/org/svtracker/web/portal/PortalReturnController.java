package org.svtracker.web.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.svtracker.domain.evidence.EvidenceUpload;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.returns.ReturnRefused;
import org.svtracker.domain.returns.ReturnView;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.returns.SupplierContracts;
import org.svtracker.domain.returns.SupplierContracts.SupplierCommitment;
import org.svtracker.domain.returns.SupplierContracts.SupplierContract;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Option;
import org.svtracker.web.returns.EvidenceAttachment;
import org.svtracker.web.returns.ReturnForm;
import org.svtracker.web.security.SignedInUser;

/**
 * A supplier's returns: start one for a quarter, fill it in with evidence, save it as a draft or
 * submit it, see the council's decision and answer a query. Every id is looked up through the
 * signed-in user's supplier, so another supplier's is not found.
 */
@Controller
record PortalReturnController(
        SupplierContracts contracts, Returns returns, EvidenceFiles evidence, FormSubmissions forms, Clock clock) {

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
        newReturnPage(user, commitmentId, model);
        Quarter quarter = quarterOf(period);
        List<ErrorItem> errors = new ArrayList<>();
        if (quarter == null) {
            // Not a quarter at all; whether a quarter can take a return is the domain's to decide.
            errors.add(new ErrorItem("period", "portal.newReturn.error.period"));
        } else {
            try {
                // A repeat of the same form (a double click) gets the first result without this running again.
                String next = forms.once(formToken, user.getUsername(), () -> {
                    long id = returns.startReturn(user.supplierId(), commitmentId, quarter, null, null, user.actor());
                    return "/portal/returns/" + id + "/edit";
                });
                return "redirect:" + next;
            } catch (ReturnRefused refused) {
                errors.addAll(ErrorItem.of(refused));
            }
        }
        model.addAttribute("period", period);
        model.addAttribute("formToken", formToken);
        model.addAttribute("errors", errors);
        return "portal/new-return";
    }

    @GetMapping("/portal/returns/{returnId}")
    String view(@PathVariable long returnId, @AuthenticationPrincipal SignedInUser user, Model model) {
        ReturnView found = returns.returnOfSupplier(user.supplierId(), returnId);
        context(user, found, model);
        return "portal/return";
    }

    @GetMapping("/portal/returns/{returnId}/edit")
    String edit(@PathVariable long returnId, @AuthenticationPrincipal SignedInUser user, Model model) {
        ReturnView found = returns.returnOfSupplier(user.supplierId(), returnId);
        if (!found.status().withSupplier()) {
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
        ReturnView found = returns.returnOfSupplier(user.supplierId(), returnId);
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
        if (version == null) {
            return stale(user, returnId, model);
        }
        ReturnForm form = ReturnForm.of(commitment.narrativeOnly() ? null : quantity, narrative, declared);
        List<ErrorItem> errors = new ArrayList<>(form.errors());
        // A return no longer with the supplier is refused by the domain whatever the form says.
        if (errors.isEmpty() || !found.status().withSupplier()) {
            try {
                List<EvidenceUpload> uploads = ReturnForm.uploads(chosen);
                if (submitting) {
                    returns.submit(
                            user.supplierId(),
                            returnId,
                            version,
                            form.content(),
                            form.declarations(),
                            uploads,
                            user.actor());
                    redirect.addFlashAttribute("notice", "portal.notice.submitted");
                } else {
                    returns.saveDraft(user.supplierId(), returnId, version, form.content(), uploads, user.actor());
                    redirect.addFlashAttribute("notice", "portal.notice.saved");
                }
                return "redirect:/portal/returns/" + returnId;
            } catch (ReturnRefused refused) {
                if (refused.conflict()) {
                    return refusedOnView(returnId, refused, redirect);
                }
                errors.addAll(ErrorItem.of(refused));
            } catch (ObjectOptimisticLockingFailureException changed) {
                return stale(user, returnId, model);
            }
        } else {
            // The form's own problems come first; the domain's rules add what else is wrong with it.
            errors.addAll(form.ruleErrors(
                    commitment.narrativeOnly() ? MeasureKind.NARRATIVE : commitment.kind(), submitting));
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
            returns.removeEvidence(user.supplierId(), returnId, evidenceId, user.actor());
            redirect.addFlashAttribute("notice", "portal.notice.removed");
            return "redirect:/portal/returns/" + returnId + "/edit";
        } catch (ReturnRefused refused) {
            return refusedOnView(returnId, refused, redirect);
        }
    }

    /** Always an attachment, with the type detected at upload and a name safe in the header. */
    @GetMapping("/portal/returns/{returnId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(
            @PathVariable long returnId, @PathVariable long evidenceId, @AuthenticationPrincipal SignedInUser user) {
        EvidenceDownload file = evidence.downloadForSupplier(user.supplierId(), returnId, evidenceId);
        return EvidenceAttachment.of(file.file(), file.bytes());
    }

    /** A change the return's state refuses: back to the return, saying why. */
    private static String refusedOnView(long returnId, ReturnRefused refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refused", refused.problems().get(0).messageKey());
        return "redirect:/portal/returns/" + returnId;
    }

    private String stale(SignedInUser user, long returnId, Model model) {
        ReturnView current = returns.returnOfSupplier(user.supplierId(), returnId);
        if (!current.status().withSupplier()) {
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
        List<EvidenceFile> files = returns.evidenceOfOwnReturn(user.supplierId(), found.id());
        model.addAttribute("contract", contract);
        model.addAttribute("commitment", commitment);
        model.addAttribute("ret", found);
        model.addAttribute("files", files);
        model.addAttribute(
                "removable",
                files.stream()
                        .filter(f -> Returns.removable(found, f))
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

    private static Quarter quarterOf(String period) {
        try {
            return period == null ? null : Quarter.parse(period);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
