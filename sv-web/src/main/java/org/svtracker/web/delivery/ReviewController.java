package org.svtracker.web.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.delivery.DeliveryRecords;
import org.svtracker.domain.delivery.ReturnRecord;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.progress.CommitmentProgress;
import org.svtracker.domain.progress.Progress;
import org.svtracker.domain.returns.ReturnRefused;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.Returns;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.SummaryListRow;
import org.svtracker.web.security.SignedInUser;

/** The review queue: submitted returns oldest first, each verified, queried or rejected with a reason. */
@Controller
record ReviewController(
        Returns deliveries,
        DeliveryRecords records,
        EvidenceFiles evidenceFiles,
        AuditTrail audit,
        Progress progress,
        HistoryText historyText,
        Messages messages,
        Clock clock) {

    /** The longest reason the database keeps. */
    static final int LONGEST_REASON = 2000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    /** What a reviewer can decide: the action, the state it leads to, and whether a reason is required. */
    enum Decision {
        VERIFY(ReturnStatus.VERIFIED, false),
        QUERY(ReturnStatus.QUERIED, true),
        REJECT(ReturnStatus.REJECTED, true);

        final ReturnStatus result;
        final boolean reasonRequired;

        Decision(ReturnStatus result, boolean reasonRequired) {
            this.result = result;
            this.reasonRequired = reasonRequired;
        }

        /** The id of the decision's reason field, which errors link to. */
        String field() {
            return name().toLowerCase(Locale.ROOT) + "-reason";
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @GetMapping("/reviews")
    String queue(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("queue", records.reviewQueue(user.councilId()));
        return "delivery/queue";
    }

    @GetMapping("/reviews/{returnId}")
    String review(@PathVariable long returnId, @AuthenticationPrincipal SignedInUser user, Model model) {
        return showReview(user, returnId, model, List.of(), null, null);
    }

    @PostMapping("/reviews/{returnId}/verify")
    String verify(
            @PathVariable long returnId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return decide(Decision.VERIFY, returnId, reason, version, user, model, redirect);
    }

    @PostMapping("/reviews/{returnId}/query")
    String query(
            @PathVariable long returnId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return decide(Decision.QUERY, returnId, reason, version, user, model, redirect);
    }

    @PostMapping("/reviews/{returnId}/reject")
    String reject(
            @PathVariable long returnId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return decide(Decision.REJECT, returnId, reason, version, user, model, redirect);
    }

    /**
     * Records the decision, then goes to the next return in the queue. A stale version shows the
     * return as it now is, unchanged by this request; a repeat of the same decision by the same
     * person (a double click) is taken as done.
     */
    private String decide(
            Decision decision,
            long returnId,
            String reason,
            Long version,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        long councilId = user.councilId();
        ReturnRecord current = records.returnOfCouncil(councilId, returnId);
        String trimmed = reason == null ? null : reason.strip();
        List<ErrorItem> errors = new ArrayList<>();
        if (decision.reasonRequired && (trimmed == null || trimmed.isEmpty())) {
            errors.add(
                    new ErrorItem(decision.field(), "contractManagement.review.error." + decision.key() + "Missing"));
        } else if (trimmed != null && trimmed.length() > LONGEST_REASON) {
            errors.add(new ErrorItem(decision.field(), "contractManagement.review.error.tooLong", LONGEST_REASON));
        }
        if (!errors.isEmpty()) {
            return showReview(user, returnId, model, errors, decision, reason);
        }
        if (version == null) {
            return showReview(user, returnId, model, stale(), null, null);
        }
        try {
            switch (decision) {
                case VERIFY -> deliveries.verifyReturn(councilId, returnId, version, trimmed, user.actor());
                case QUERY -> deliveries.queryReturn(councilId, returnId, version, trimmed, user.actor());
                case REJECT -> deliveries.rejectReturn(councilId, returnId, version, trimmed, user.actor());
            }
        } catch (ObjectOptimisticLockingFailureException | ReturnRefused e) {
            // Stale, or decided already: a repeat of the same decision by the same person is taken as done.
            ReturnRecord now = records.returnOfCouncil(councilId, returnId);
            boolean sameDecisionByMe = now.status() == decision.result && Objects.equals(now.decidedById(), user.id());
            if (!sameDecisionByMe) {
                return showReview(user, returnId, model, stale(), null, null);
            }
        }
        redirect.addFlashAttribute(
                "decided",
                messages.text(
                        "contractManagement.review.decided." + decision.key(),
                        current.contractReference(),
                        current.measureName(),
                        current.period().label()));
        return records.reviewQueue(councilId).stream()
                .filter(r -> r.id() != returnId)
                .findFirst()
                .map(next -> "redirect:/reviews/" + next.id())
                .orElse("redirect:/reviews");
    }

    private static List<ErrorItem> stale() {
        return List.of(new ErrorItem("return-summary", "contractManagement.review.error.stale"));
    }

    private String showReview(
            SignedInUser user,
            long returnId,
            Model model,
            List<ErrorItem> errors,
            Decision typedFor,
            String typedReason) {
        long councilId = user.councilId();
        ReturnRecord record = records.returnOfCouncil(councilId, returnId);
        CommitmentProgress commitment =
                progress.contract(councilId, record.contractId(), LocalDate.now(clock)).commitments().stream()
                        .filter(c -> c.commitmentId() == record.commitmentId())
                        .findFirst()
                        .orElse(null);
        model.addAttribute("record", record);
        model.addAttribute("summary", summary(record));
        model.addAttribute("commitment", commitment);
        model.addAttribute("evidence", evidenceFiles.evidenceOf(councilId, returnId));
        model.addAttribute(
                "history",
                audit.historyOf(councilId, AuditedEntity.RETURN, returnId).stream()
                        .sorted(java.util.Comparator.comparing(org.svtracker.domain.audit.AuditEvent::occurredAt)
                                .thenComparing(org.svtracker.domain.audit.AuditEvent::id)
                                .reversed())
                        .map(e -> new HistoryText.HistoryLine(
                                e.id(),
                                e.occurredAt(),
                                e.actorName(),
                                e.entityType(),
                                "",
                                e.action(),
                                historyText.details(e.changes())))
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("typedFor", typedFor == null ? null : typedFor.key());
        model.addAttribute("typedReason", typedReason);
        model.addAttribute("waiting", record.status() == ReturnStatus.SUBMITTED);
        return "delivery/review";
    }

    private List<SummaryListRow> summary(ReturnRecord r) {
        List<SummaryListRow> rows = new ArrayList<>();
        rows.add(row("contractManagement.review.contract", r.contractReference() + ": " + r.contractTitle()));
        rows.add(row("contractManagement.supplier", r.supplierName()));
        rows.add(row("contractManagement.commitment", r.measureName()));
        rows.add(row("contractManagement.quarter", r.period().label()));
        rows.add(row(
                "contractManagement.quantity",
                r.quantity() == null
                        ? messages.text("contractManagement.review.noQuantity")
                        : new DeliveryFormat().quantity(r.quantity(), r.unit())));
        rows.add(row(
                "contractManagement.review.narrative",
                r.narrative() == null ? messages.text("contractManagement.review.noNarrative") : r.narrative()));
        rows.add(row(
                "contractManagement.review.declarations",
                messages.text(
                                r.declaredContractAndPeriod()
                                        ? "contractManagement.review.declared"
                                        : "contractManagement.review.notDeclared")
                        + " "
                        + messages.text("contractManagement.declaration.contractAndPeriod")
                        + " "
                        + messages.text(
                                r.declaredCommitment()
                                        ? "contractManagement.review.declared"
                                        : "contractManagement.review.notDeclared")
                        + " "
                        + messages.text("contractManagement.declaration.commitment")));
        if (r.submittedAt() != null) {
            rows.add(row(
                    "contractManagement.review.submitted",
                    r.recordedOnBehalf()
                            ? messages.text(
                                    "contractManagement.review.submittedOnBehalf",
                                    WHEN.format(r.submittedAt()),
                                    r.submittedByName())
                            : messages.text(
                                    "contractManagement.review.submittedBy",
                                    WHEN.format(r.submittedAt()),
                                    r.submittedByName() == null ? r.supplierName() : r.submittedByName())));
        }
        rows.add(row(
                "contractManagement.state",
                messages.text("contractManagement.returnStatus." + r.status().name())));
        if (r.decidedAt() != null) {
            rows.add(row(
                    "contractManagement.review.decision",
                    messages.text(
                            "contractManagement.review.decisionValue",
                            messages.text("contractManagement.returnStatus."
                                    + r.status().name()),
                            WHEN.format(r.decidedAt()),
                            r.decidedByName() == null ? "" : r.decidedByName(),
                            r.decisionReason() == null ? "" : r.decisionReason())));
        }
        return rows;
    }

    private SummaryListRow row(String key, String value) {
        return new SummaryListRow(messages.text(key), value);
    }
}
