package org.svtracker.web.delivery;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.delivery.CommitmentLine;
import org.svtracker.domain.delivery.DeliveryRecords;
import org.svtracker.domain.evidence.EvidenceFile;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.progress.Progress;
import org.svtracker.domain.supplier.SupplierSummary;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.web.errors.PageNotFound;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.layout.SummaryListRow;
import org.svtracker.web.returns.EvidenceAttachment;
import org.svtracker.web.security.SignedInUser;

/** A contract's delivery page, its history and its evidence files, for the council's staff. */
@Controller
record DeliveryController(
        Contracts contracts,
        Commitments commitments,
        Progress progress,
        DeliveryRecords records,
        EvidenceFiles evidenceFiles,
        Suppliers suppliers,
        HistoryText historyText,
        Messages messages,
        Clock clock) {

    static final int HISTORY_PAGE_SIZE = 25;

    @GetMapping("/contracts/{id}/delivery")
    String delivery(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return showDelivery(user, id, model, List.of());
    }

    /** A narrative commitment's RAG, set by hand; a stale version shows the current one, unchanged. */
    @PostMapping("/contracts/{id}/delivery/commitments/{commitmentId}/rag")
    String setNarrativeRag(
            @PathVariable long id,
            @PathVariable long commitmentId,
            @RequestParam(required = false) String rag,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        contracts.contract(user.councilId(), id);
        CommitmentLine line = records.commitmentsOfContract(user.councilId(), id).stream()
                .filter(c -> c.id() == commitmentId)
                .findFirst()
                .orElseThrow(() -> PageNotFound.because("No commitment " + commitmentId + " on contract " + id));
        String field = "rag-" + commitmentId;
        RagStatus status = ragOf(rag);
        if (!line.isNarrative()) {
            throw PageNotFound.because("Commitment " + commitmentId + " is not a narrative commitment");
        }
        if (status == null || version == null) {
            return showDelivery(user, id, model, List.of(new ErrorItem(field, "contractManagement.rag.error.missing")));
        }
        try {
            commitments.setNarrativeRag(user.councilId(), commitmentId, version, status, user.actor());
        } catch (ObjectOptimisticLockingFailureException e) {
            return showDelivery(user, id, model, List.of(new ErrorItem(field, "contractManagement.rag.error.stale")));
        }
        redirect.addFlashAttribute("ragSet", line.measureName());
        return "redirect:/contracts/" + id + "/delivery#commitment-" + commitmentId;
    }

    @GetMapping("/contracts/{id}/history")
    String history(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        ContractView contract = contracts.contract(user.councilId(), id);
        if (page < 1) {
            throw PageNotFound.because("No history page " + page);
        }
        DeliveryRecords.HistoryPage history = records.historyOfContract(user.councilId(), id, page, HISTORY_PAGE_SIZE);
        if (page > 1 && page > history.totalPages()) {
            throw PageNotFound.because("No history page " + page);
        }
        model.addAttribute("contract", contract);
        model.addAttribute("history", history);
        model.addAttribute(
                "lines", history.entries().stream().map(historyText::line).toList());
        return "delivery/history";
    }

    /**
     * An evidence file, always as a download: never rendered by the browser, whatever its type, and
     * never cached. A mismatch of contract, return and evidence ids is not found.
     */
    @GetMapping("/contracts/{id}/returns/{returnId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(
            @PathVariable long id,
            @PathVariable long returnId,
            @PathVariable long evidenceId,
            @AuthenticationPrincipal SignedInUser user) {
        EvidenceFile file = records.evidence(user.councilId(), id, returnId, evidenceId)
                .orElseThrow(() -> PageNotFound.because("No evidence " + evidenceId + " on return " + returnId));
        return EvidenceAttachment.of(file, evidenceFiles.contentOf(user.councilId(), evidenceId));
    }

    private String showDelivery(SignedInUser user, long id, Model model, List<ErrorItem> errors) {
        long councilId = user.councilId();
        ContractView contract = contracts.contract(councilId, id);
        LocalDate today = LocalDate.now(clock);
        var view = ContractDeliveryView.of(
                progress.contract(councilId, id, today),
                records.commitmentsOfContract(councilId, id),
                records.returnsOfContract(councilId, id),
                today);
        SupplierSummary supplier = contract.supplierId() == null
                ? null
                : suppliers.findById(contract.supplierId()).orElse(null);
        boolean reviewer = user.role() == Role.CONTRACT_MANAGER || user.role() == Role.COUNCIL_ADMIN;
        model.addAttribute("contract", contract);
        model.addAttribute("supplier", supplier);
        model.addAttribute("view", view);
        model.addAttribute("evidence", records.evidenceOfContract(councilId, id));
        model.addAttribute("summary", summary(contract, supplier, view.rag()));
        model.addAttribute("canReview", reviewer);
        model.addAttribute(
                "canRecord", user.role() == Role.CONTRACT_MANAGER && contract.status() == ContractStatus.LIVE);
        model.addAttribute(
                "ragOptions",
                java.util.Arrays.stream(RagStatus.values())
                        .map(r -> new Option(r.name(), r.label()))
                        .toList());
        model.addAttribute("errors", errors);
        return "delivery/contract";
    }

    private List<SummaryListRow> summary(ContractView contract, SupplierSummary supplier, RagStatus rag) {
        List<SummaryListRow> rows = new ArrayList<>();
        rows.add(new SummaryListRow(
                messages.text("contractManagement.supplier"),
                supplier == null ? messages.text("contractManagement.noSupplier") : supplier.name()));
        rows.add(new SummaryListRow(
                messages.text("contract.status"),
                messages.text("contract.status." + contract.status().name())));
        rows.add(new SummaryListRow(
                messages.text("contractManagement.value"), contract.value().toString()));
        rows.add(new SummaryListRow(
                messages.text("contractManagement.dates"),
                messages.text(
                        "contractManagement.datesValue",
                        DATE.format(contract.startDate()),
                        DATE.format(contract.endDate()))));
        rows.add(new SummaryListRow(messages.text("contractManagement.contractRag"), rag.label()));
        return rows;
    }

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private static RagStatus ragOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            return RagStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
