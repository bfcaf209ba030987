package org.svtracker.web.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.progress.CommitmentProgress;
import org.svtracker.domain.progress.Progress;
import org.svtracker.domain.remedy.CommitmentLine;
import org.svtracker.domain.remedy.Remedies;
import org.svtracker.domain.remedy.RemedyClosed;
import org.svtracker.domain.remedy.RemedyView;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.security.SignedInUser;

/** Recovery plans: the council's list, opening one on a commitment at red or amber, closing it, penalties. */
@Controller
record RemediesController(
        Remedies remedies, Progress progress, FormSubmissions submissions, Messages messages, Clock clock) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @GetMapping("/remedies")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<RemedyView> all = remedies.remediesOfCouncil(user.councilId());
        LocalDate today = today();
        List<List<Object>> open = new ArrayList<>();
        List<List<Object>> closed = new ArrayList<>();
        for (RemedyView r : all) {
            CommitmentLine c = r.commitment();
            if (r.open()) {
                open.add(List.of(
                        Cells.link(r.action(), "/remedies/" + r.id()),
                        c.contractReference(),
                        c.measureName(),
                        r.owner(),
                        r.dueDate().isBefore(today)
                                ? messages.text(
                                        "followUp.remedies.overdue", r.dueDate().format(DAY))
                                : r.dueDate().format(DAY)));
            } else {
                closed.add(List.of(
                        Cells.link(r.action(), "/remedies/" + r.id()),
                        c.contractReference(),
                        c.measureName(),
                        r.outcome(),
                        r.penalty() == null ? "" : r.penalty().toString()));
            }
        }
        model.addAttribute("openRows", open);
        model.addAttribute("closedRows", closed);
        model.addAttribute("canManage", canManage(user));
        return "followup/remedies";
    }

    /** The commitments of live contracts at red or amber today, red first: where a recovery plan is due. */
    @GetMapping("/remedies/new")
    String chooseCommitment(@AuthenticationPrincipal SignedInUser user, Model model) {
        Map<Long, CommitmentProgress> byId = progressById(user.councilId());
        List<List<Object>> rows = remedies.commitmentLines(user.councilId()).stream()
                .filter(c -> c.contractStatus() == ContractStatus.LIVE)
                .filter(c -> byId.containsKey(c.commitmentId())
                        && underDelivering(byId.get(c.commitmentId()).rag()))
                .sorted(Comparator.comparing(
                                (CommitmentLine c) -> byId.get(c.commitmentId()).rag())
                        .thenComparing(CommitmentLine::contractReference))
                .map(c -> List.<Object>of(
                        Cells.link(
                                c.measureName(),
                                "/contracts/" + c.contractId() + "/commitments/" + c.commitmentId() + "/remedies/new"),
                        c.contractReference() + " " + c.contractTitle(),
                        Cells.text(c.supplierName()),
                        byId.get(c.commitmentId()).rag().label()))
                .toList();
        model.addAttribute("rows", rows);
        return "followup/remedy-choose";
    }

    @GetMapping("/contracts/{contractId}/commitments/{commitmentId}/remedies/new")
    String newRemedy(
            @PathVariable long contractId,
            @PathVariable long commitmentId,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        CommitmentLine commitment = remedies.commitmentLine(user.councilId(), contractId, commitmentId);
        return remedyForm(user, commitment, RemedyForm.empty(FormSubmissions.newToken()), List.of(), model);
    }

    @PostMapping("/contracts/{contractId}/commitments/{commitmentId}/remedies/new")
    String openRemedy(
            @PathVariable long contractId,
            @PathVariable long commitmentId,
            @ModelAttribute RemedyForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        CommitmentLine commitment = remedies.commitmentLine(user.councilId(), contractId, commitmentId);
        List<ErrorItem> errors = form.problems();
        if (!errors.isEmpty()) {
            return remedyForm(user, commitment, form, errors, model);
        }
        String target = submissions.once(
                form.formToken(),
                user.getUsername(),
                () -> "/remedies/"
                        + remedies.openRemedy(
                                user.councilId(),
                                commitmentId,
                                form.action().strip(),
                                form.owner().strip(),
                                form.dueDate().toDate().orElseThrow(),
                                user.actor()));
        redirect.addFlashAttribute("success", "followUp.remedy.opened");
        return "redirect:" + target;
    }

    @GetMapping("/remedies/{remedyId}")
    String remedy(@PathVariable long remedyId, @AuthenticationPrincipal SignedInUser user, Model model) {
        RemedyView remedy = remedies.remedy(user.councilId(), remedyId);
        return remedyPage(user, remedy, new CloseRemedyForm(remedy.version(), ""), penaltyOf(remedy), List.of(), model);
    }

    @PostMapping("/remedies/{remedyId}/close")
    String close(
            @PathVariable long remedyId,
            @ModelAttribute CloseRemedyForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        RemedyView remedy = remedies.remedy(user.councilId(), remedyId);
        List<ErrorItem> errors = form.problems();
        if (form.version() == null || form.version() != remedy.version() || !remedy.open()) {
            return stale(user, remedy, new CloseRemedyForm(remedy.version(), form.outcome()), model, "outcome");
        }
        if (!errors.isEmpty()) {
            return remedyPage(user, remedy, form, penaltyOf(remedy), errors, model);
        }
        try {
            remedies.closeRemedy(
                    user.councilId(), remedyId, form.version(), form.outcome().strip(), user.actor());
        } catch (ObjectOptimisticLockingFailureException | RemedyClosed e) {
            return stale(
                    user,
                    remedies.remedy(user.councilId(), remedyId),
                    new CloseRemedyForm(null, form.outcome()),
                    model,
                    "outcome");
        }
        redirect.addFlashAttribute("success", "followUp.remedy.closed");
        return "redirect:/remedies/" + remedyId;
    }

    @PostMapping("/remedies/{remedyId}/penalty")
    String penalty(
            @PathVariable long remedyId,
            @ModelAttribute PenaltyForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        RemedyView remedy = remedies.remedy(user.councilId(), remedyId);
        if (form.version() == null || form.version() != remedy.version()) {
            return stale(user, remedy, new CloseRemedyForm(remedy.version(), ""), model, "penaltyAmount");
        }
        List<ErrorItem> errors = form.problems();
        if (!errors.isEmpty()) {
            return remedyPage(user, remedy, new CloseRemedyForm(remedy.version(), ""), form, errors, model);
        }
        try {
            remedies.recordPenalty(
                    user.councilId(),
                    remedyId,
                    form.version(),
                    form.amount().orElseThrow(),
                    form.penaltyReason().strip(),
                    user.actor());
        } catch (ObjectOptimisticLockingFailureException e) {
            return stale(
                    user,
                    remedies.remedy(user.councilId(), remedyId),
                    new CloseRemedyForm(null, ""),
                    model,
                    "penaltyAmount");
        }
        redirect.addFlashAttribute("success", "followUp.remedy.penaltyRecorded");
        return "redirect:/remedies/" + remedyId;
    }

    /** Someone else changed the plan: show it as it is now, change nothing. */
    private String stale(SignedInUser user, RemedyView current, CloseRemedyForm close, Model model, String field) {
        return remedyPage(
                user,
                current,
                new CloseRemedyForm(current.version(), close.outcome()),
                penaltyOf(current),
                List.of(new ErrorItem(current.open() ? field : "remedy-details", "followUp.remedy.error.stale")),
                model);
    }

    private String remedyPage(
            SignedInUser user,
            RemedyView remedy,
            CloseRemedyForm close,
            PenaltyForm penalty,
            List<ErrorItem> errors,
            Model model) {
        model.addAttribute("remedy", remedy);
        model.addAttribute("rag", ragOf(user.councilId(), remedy.commitment()));
        model.addAttribute("closeForm", close);
        model.addAttribute("penaltyForm", penalty);
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", canManage(user));
        return "followup/remedy";
    }

    private String remedyForm(
            SignedInUser user, CommitmentLine commitment, RemedyForm form, List<ErrorItem> errors, Model model) {
        model.addAttribute("commitment", commitment);
        model.addAttribute("rag", ragOf(user.councilId(), commitment));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "followup/remedy-new";
    }

    private static PenaltyForm penaltyOf(RemedyView remedy) {
        return new PenaltyForm(
                remedy.version(),
                remedy.penalty() == null ? "" : remedy.penalty().amount().toPlainString(),
                remedy.penaltyNote() == null ? "" : remedy.penaltyNote());
    }

    private RagStatus ragOf(long councilId, CommitmentLine commitment) {
        return progress.contract(councilId, commitment.contractId(), today()).commitments().stream()
                .filter(c -> c.commitmentId() == commitment.commitmentId())
                .map(CommitmentProgress::rag)
                .findFirst()
                .orElse(RagStatus.NOT_STARTED);
    }

    private Map<Long, CommitmentProgress> progressById(long councilId) {
        return progress.contractsOf(councilId, today()).stream()
                .flatMap(c -> c.commitments().stream())
                .collect(Collectors.toMap(CommitmentProgress::commitmentId, Function.identity()));
    }

    private static boolean underDelivering(RagStatus rag) {
        return rag == RagStatus.RED || rag == RagStatus.AMBER;
    }

    static boolean canManage(SignedInUser user) {
        return user.role() == Role.CONTRACT_MANAGER || user.role() == Role.COUNCIL_ADMIN;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
