package org.svtracker.web.contract;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.council.CouncilSettings;
import org.svtracker.domain.council.Councils;
import org.svtracker.domain.council.Scope;
import org.svtracker.domain.council.ScopeAssessment;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.web.form.Edits;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.layout.SummaryListRow;
import org.svtracker.web.security.SignedInUser;

/** A contract's overview, creating and editing it, and the steps of its lifecycle. */
@Controller
record ContractController(
        Contracts contracts,
        Councils councils,
        Scope scope,
        Suppliers suppliers,
        Accounts accounts,
        FormSubmissions submissions,
        Messages messages) {

    @GetMapping("/contracts/{id}")
    String overview(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute(
                "errors",
                model.containsAttribute("stale")
                        ? List.of(new ErrorItem("contract-summary", "procurement.contract.staleStep"))
                        : List.of());
        ContractView contract = contracts.contract(user.councilId(), id);
        ScopeAssessment assessment =
                scope.assess(user.councilId(), contract.value().amount(), contract.startDate());
        model.addAttribute("contract", contract);
        model.addAttribute("assessment", assessment);
        model.addAttribute("rows", rows(contract, assessment, new ContractStaff(accounts.staffOf(user.councilId()))));
        model.addAttribute("scopeText", scopeText(contract, assessment));
        model.addAttribute("statutoryText", statutoryText(assessment));
        boolean editor = user.role() == Role.PROCUREMENT_OFFICER || user.role() == Role.COUNCIL_ADMIN;
        boolean reader = editor || user.role() == Role.CONTRACT_MANAGER;
        ContractStatus status = contract.status();
        model.addAttribute("canEdit", editor && status != ContractStatus.CLOSED);
        model.addAttribute("canStartTender", editor && status == ContractStatus.PLANNED);
        model.addAttribute("canAward", editor && status == ContractStatus.IN_TENDER);
        model.addAttribute("canStartDelivery", reader && status == ContractStatus.AWARDED);
        model.addAttribute("canClose", reader && status == ContractStatus.LIVE);
        return "contract/overview";
    }

    @GetMapping("/contracts/new")
    String newContract(@AuthenticationPrincipal SignedInUser user, Model model) {
        Long officer = user.role() == Role.PROCUREMENT_OFFICER ? user.id() : null;
        return form(user, ContractForm.blank(officer, FormSubmissions.newToken()), List.of(), null, model);
    }

    @PostMapping("/contracts/new")
    String create(
            @ModelAttribute ContractForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        CouncilSettings settings = councils.getCouncil(user.councilId()).settings();
        ContractStaff staff = new ContractStaff(accounts.staffOf(user.councilId()));
        ContractForm.Checked checked = form.check(settings, staff.officerIds(), staff.managerIds());
        if (!checked.errors().isEmpty()) {
            return form(user, form, checked.errors(), null, model);
        }
        String created;
        try {
            // The reference check runs inside the claim: a double click finds the first result, not a taken reference.
            created = submissions.once(form.formToken(), user.getUsername(), () -> {
                if (contracts.isReferenceTaken(
                        user.councilId(), checked.details().reference(), null)) {
                    throw new ReferenceTaken();
                }
                return "/contracts/" + contracts.registerContract(user.councilId(), checked.details(), user.actor());
            });
        } catch (ReferenceTaken e) {
            return form(
                    user,
                    form,
                    List.of(new ErrorItem("reference", "procurement.contract.error.referenceTaken")),
                    null,
                    model);
        }
        redirect.addFlashAttribute("saved", "created");
        return "redirect:" + created;
    }

    /** Refuses a create whose reference another contract of the council has; rolls the form token's claim back. */
    private static final class ReferenceTaken extends RuntimeException {
        ReferenceTaken() {
            super("reference taken", null, false, false);
        }
    }

    @GetMapping("/contracts/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ContractView contract = contracts.contract(user.councilId(), id);
        return form(user, ContractForm.of(contract), List.of(), contract, model);
    }

    @PostMapping("/contracts/{id}/edit")
    String update(
            @PathVariable long id,
            @ModelAttribute ContractForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        ContractView current = contracts.contract(user.councilId(), id);
        CouncilSettings settings = councils.getCouncil(user.councilId()).settings();
        ContractStaff staff = new ContractStaff(accounts.staffOf(user.councilId()));
        ContractForm.Checked checked = form.check(settings, staff.officerIds(), staff.managerIds());
        List<ErrorItem> errors = new ArrayList<>(checked.errors());
        if (checked.details() != null
                && contracts.isReferenceTaken(
                        user.councilId(), checked.details().reference(), id)) {
            errors.add(new ErrorItem("reference", "procurement.contract.error.referenceTaken"));
        }
        return Edits.save(
                form.version(),
                current.version(),
                errors,
                () -> stale(user, form, contracts.contract(user.councilId(), id), model),
                again -> form(user, form, again, current, model),
                () -> {
                    contracts.reviseContract(user.councilId(), id, form.version(), checked.details(), user.actor());
                    redirect.addFlashAttribute("saved", "updated");
                    return "redirect:/contracts/" + id;
                });
    }

    @PostMapping("/contracts/{id}/start-tender")
    String startTender(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return LifecycleStep.take(
                id, redirect, "tender", () -> contracts.startTender(user.councilId(), id, v(version), user.actor()));
    }

    @PostMapping("/contracts/{id}/start-delivery")
    String startDelivery(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return LifecycleStep.take(
                id, redirect, "live", () -> contracts.startDelivery(user.councilId(), id, v(version), user.actor()));
    }

    @PostMapping("/contracts/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return LifecycleStep.take(
                id, redirect, "closed", () -> contracts.closeContract(user.councilId(), id, v(version), user.actor()));
    }

    private static long v(Long version) {
        return version == null ? -1 : version;
    }

    private String stale(SignedInUser user, ContractForm form, ContractView current, Model model) {
        ContractStaff staff = new ContractStaff(accounts.staffOf(user.councilId()));
        ScopeAssessment assessment =
                scope.assess(user.councilId(), current.value().amount(), current.startDate());
        model.addAttribute("currentRows", rows(current, assessment, staff));
        return form(
                user,
                form.withVersion(current.version()),
                List.of(new ErrorItem("reference", "procurement.contract.error.stale")),
                current,
                model);
    }

    private String form(
            SignedInUser user, ContractForm form, List<ErrorItem> errors, ContractView contract, Model model) {
        CouncilSettings settings = councils.getCouncil(user.councilId()).settings();
        ContractStaff staff = new ContractStaff(accounts.staffOf(user.councilId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("contract", contract);
        model.addAttribute("settings", settings);
        model.addAttribute("categoryOptions", categoryOptions());
        model.addAttribute("officerOptions", staff.officerOptions(messages.text("procurement.contract.nobody")));
        model.addAttribute("managerOptions", staff.managerOptions(messages.text("procurement.contract.nobody")));
        model.addAttribute(
                "thresholdHint",
                settings.socialValueThreshold().signum() == 0
                        ? messages.text("procurement.contract.valueHintAll")
                        : messages.text("procurement.contract.valueHint", Copy.money(settings.socialValueThreshold())));
        model.addAttribute(
                "weightingHint",
                messages.text("procurement.contract.weightingHint", Numbers.text(settings.minimumWeightingPercent())));
        model.addAttribute(
                "reasonHint",
                messages.text("procurement.contract.reasonHint", Numbers.text(settings.minimumWeightingPercent())));
        return "contract/form";
    }

    private List<Option> categoryOptions() {
        List<Option> options = new ArrayList<>();
        for (ContractCategory c : ContractCategory.values()) {
            options.add(new Option(c.name(), messages.text("procurement.category." + c.name())));
        }
        return options;
    }

    private List<SummaryListRow> rows(ContractView c, ScopeAssessment assessment, ContractStaff staff) {
        var names = staff.names();
        String none = messages.text("procurement.contract.none");
        List<SummaryListRow> rows = new ArrayList<>();
        rows.add(new SummaryListRow(messages.text("procurement.contract.reference"), c.reference()));
        rows.add(new SummaryListRow(messages.text("procurement.contract.title"), c.title()));
        rows.add(new SummaryListRow(
                messages.text("procurement.contract.category"), messages.text("procurement.category." + c.category())));
        rows.add(new SummaryListRow(
                messages.text("procurement.contract.value"), c.value().toString()));
        rows.add(new SummaryListRow(
                messages.text("procurement.contract.dates"),
                messages.text("procurement.contract.datesValue", Copy.date(c.startDate()), Copy.date(c.endDate()))));
        rows.add(new SummaryListRow(
                messages.text("procurement.contract.status"), messages.text("contract.status." + c.status())));
        rows.add(new SummaryListRow(
                messages.text("procurement.contract.weighting"),
                c.weightingPercent() == null
                        ? none
                        : Copy.percent(c.weightingPercent())
                                + (c.weightingReason() == null
                                        ? ""
                                        : " "
                                                + messages.text(
                                                        "procurement.contract.weightingBecause",
                                                        c.weightingReason()))));
        String supplier = c.supplierId() == null
                ? messages.text("procurement.contract.notAwarded")
                : suppliers.findById(c.supplierId()).map(s -> s.name()).orElse(none)
                        + (c.awardedOn() == null
                                ? ""
                                : " " + messages.text("procurement.contract.awardedOn", Copy.date(c.awardedOn())));
        rows.add(new SummaryListRow(messages.text("procurement.contract.supplier"), supplier));
        rows.add(new SummaryListRow(
                messages.text("procurement.contract.officer"),
                c.procurementOfficerId() == null ? none : names.getOrDefault(c.procurementOfficerId(), none)));
        rows.add(new SummaryListRow(
                messages.text("procurement.contract.manager"),
                c.contractManagerId() == null ? none : names.getOrDefault(c.contractManagerId(), none)));
        rows.add(new SummaryListRow(messages.text("procurement.contract.ocid"), c.ocid() == null ? none : c.ocid()));
        rows.add(new SummaryListRow(
                messages.text("procurement.contract.localArea"), c.localArea() == null ? none : c.localArea()));
        rows.add(new SummaryListRow(messages.text("procurement.contract.scope"), scopeText(c, assessment)));
        return rows;
    }

    private String scopeText(ContractView c, ScopeAssessment assessment) {
        if (assessment.councilThreshold().signum() == 0) {
            return messages.text("procurement.scope.inEveryContract");
        }
        return assessment.inScope()
                ? messages.text("procurement.scope.in", c.value(), Copy.money(assessment.councilThreshold()))
                : messages.text("procurement.scope.out", c.value(), Copy.money(assessment.councilThreshold()));
    }

    private String statutoryText(ScopeAssessment assessment) {
        return assessment.underStatutoryThreshold()
                ? messages.text(
                        "procurement.scope.underStatutory",
                        Copy.money(assessment.statutoryThreshold()),
                        assessment.statutoryDescription() == null ? "" : assessment.statutoryDescription())
                : null;
    }
}
