package org.svtracker.web.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
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
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentNotFound;
import org.svtracker.domain.commitment.CommitmentValues;
import org.svtracker.domain.commitment.CommitmentValues.MeasureChoice;
import org.svtracker.domain.commitment.CommitmentView;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.commitment.CommitmentsLocked;
import org.svtracker.domain.commitment.SocialValueShare;
import org.svtracker.domain.commitment.ValuedCommitments;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.council.Councils;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.web.form.Edits;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.layout.SummaryListRow;
import org.svtracker.web.security.SignedInUser;

/**
 * A contract's commitments with their £ values against the council's target, and adding, changing
 * and removing them until the contract goes live. "Recalculate" works out the values of the form as
 * typed, on the server, without saving.
 */
@Controller
record CommitmentsController(
        Contracts contracts,
        Commitments commitments,
        CommitmentValues values,
        Councils councils,
        Frameworks frameworks,
        FormSubmissions submissions,
        Messages messages,
        Clock clock) {

    @GetMapping("/contracts/{id}/commitments")
    String commitments(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ContractView contract = contracts.contract(user.councilId(), id);
        BigDecimal target = councils.getCouncil(user.councilId()).settings().targetPercent();
        ValuedCommitments valued = values.valuesOf(user.councilId(), id, target, LocalDate.now(clock));
        model.addAttribute("contract", contract);
        model.addAttribute("valued", valued);
        model.addAttribute("canChange", canChange(user, contract));
        model.addAttribute("totals", totals(valued));
        model.addAttribute(
                "errors",
                model.containsAttribute("stale")
                        ? List.of(new ErrorItem("commitments-table", "procurement.commitment.error.staleStep"))
                        : List.of());
        return "contract/commitments";
    }

    @GetMapping("/contracts/{id}/commitments/new")
    String newCommitment(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return whileEditable(
                user,
                id,
                redirect,
                contract -> form(
                        user,
                        contract,
                        null,
                        CommitmentForm.blank(contract.endDate(), FormSubmissions.newToken()),
                        List.of(),
                        false,
                        model));
    }

    @PostMapping("/contracts/{id}/commitments/new")
    String add(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return whileEditable(user, id, redirect, contract -> {
            CommitmentForm form = CommitmentForm.from(params);
            if ("recalculate".equals(params.get("action"))) {
                return form(user, contract, null, form, List.of(), true, model);
            }
            CommitmentForm.Checked checked = check(user, contract, form);
            if (!checked.errors().isEmpty()) {
                return form(user, contract, null, form, checked.errors(), false, model);
            }
            try {
                submissions.once(
                        form.formToken(),
                        user.getUsername(),
                        () -> "/contracts/" + id + "/commitments#commitment-"
                                + commitments.addCommitment(user.councilId(), id, checked.terms(), user.actor()));
            } catch (CommitmentsLocked e) {
                return locked(id, redirect);
            }
            redirect.addFlashAttribute("saved", "added");
            return "redirect:/contracts/" + id + "/commitments";
        });
    }

    @GetMapping("/contracts/{id}/commitments/{commitmentId}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long commitmentId,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return whileEditable(
                user,
                id,
                commitmentId,
                redirect,
                (contract, commitment) ->
                        form(user, contract, commitment, CommitmentForm.of(commitment), List.of(), false, model));
    }

    @PostMapping("/contracts/{id}/commitments/{commitmentId}/edit")
    String update(
            @PathVariable long id,
            @PathVariable long commitmentId,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return whileEditable(user, id, commitmentId, redirect, (contract, current) -> {
            CommitmentForm form = CommitmentForm.from(params);
            if ("recalculate".equals(params.get("action"))) {
                return form(user, contract, current, form, List.of(), true, model);
            }
            CommitmentForm.Checked checked = check(user, contract, form);
            try {
                return Edits.save(
                        form.version(),
                        current.version(),
                        checked.errors(),
                        () -> stale(
                                user, contract, commitments.commitment(user.councilId(), commitmentId), form, model),
                        errors -> form(user, contract, current, form, errors, false, model),
                        () -> {
                            commitments.reviseCommitment(
                                    user.councilId(), commitmentId, form.version(), checked.terms(), user.actor());
                            redirect.addFlashAttribute("saved", "changed");
                            return "redirect:/contracts/" + id + "/commitments";
                        });
            } catch (CommitmentsLocked e) {
                return locked(id, redirect);
            }
        });
    }

    @GetMapping("/contracts/{id}/commitments/{commitmentId}/remove")
    String confirmRemove(
            @PathVariable long id,
            @PathVariable long commitmentId,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return whileEditable(user, id, commitmentId, redirect, (contract, commitment) -> {
            BigDecimal target = councils.getCouncil(user.councilId()).settings().targetPercent();
            ValuedCommitments.Line line =
                    values.valuesOf(user.councilId(), id, target, LocalDate.now(clock)).lines().stream()
                            .filter(l -> l.id() == commitmentId)
                            .findFirst()
                            .orElseThrow(() -> CommitmentNotFound.forId(commitmentId));
            model.addAttribute("contract", contract);
            model.addAttribute("commitment", commitment);
            model.addAttribute("line", line);
            return "contract/remove-commitment";
        });
    }

    @PostMapping("/contracts/{id}/commitments/{commitmentId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long commitmentId,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        ContractView contract = contracts.contract(user.councilId(), id);
        commitmentOf(user, contract, commitmentId);
        try {
            commitments.removeCommitment(user.councilId(), commitmentId, version == null ? -1 : version, user.actor());
            redirect.addFlashAttribute("saved", "removed");
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("stale", true);
        } catch (CommitmentsLocked e) {
            return locked(id, redirect);
        }
        return "redirect:/contracts/" + id + "/commitments";
    }

    /** The commitment, only when it is one of this contract's: any other id is not found. */
    private CommitmentView commitmentOf(SignedInUser user, ContractView contract, long commitmentId) {
        CommitmentView commitment = commitments.commitment(user.councilId(), commitmentId);
        if (commitment.contractId() != contract.id()) {
            throw CommitmentNotFound.forId(commitmentId);
        }
        return commitment;
    }

    /** The page on the contract while its commitments can still change; once they are locked, back to them. */
    private String whileEditable(
            SignedInUser user, long id, RedirectAttributes redirect, Function<ContractView, String> page) {
        ContractView contract = contracts.contract(user.councilId(), id);
        if (!contract.status().commitmentsEditable()) {
            return locked(id, redirect);
        }
        return page.apply(contract);
    }

    /**
     * The page on one of the contract's commitments while its commitments can still change; once
     * they are locked, back to the commitments with the message that says so. An id that is not
     * one of this contract's commitments is not found either way.
     */
    private String whileEditable(
            SignedInUser user,
            long id,
            long commitmentId,
            RedirectAttributes redirect,
            BiFunction<ContractView, CommitmentView, String> page) {
        ContractView contract = contracts.contract(user.councilId(), id);
        CommitmentView commitment = commitmentOf(user, contract, commitmentId);
        if (!contract.status().commitmentsEditable()) {
            return locked(id, redirect);
        }
        return page.apply(contract, commitment);
    }

    private static String locked(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("locked", true);
        return "redirect:/contracts/" + id + "/commitments";
    }

    private static boolean canChange(SignedInUser user, ContractView contract) {
        return (user.role() == Role.PROCUREMENT_OFFICER || user.role() == Role.COUNCIL_ADMIN)
                && contract.status().commitmentsEditable();
    }

    private CommitmentForm.Checked check(SignedInUser user, ContractView contract, CommitmentForm form) {
        return form.check(values.measureChoices(user.councilId()), quarters(contract));
    }

    private static List<Quarter> quarters(ContractView contract) {
        return Quarter.between(contract.startDate(), contract.endDate());
    }

    private String stale(
            SignedInUser user, ContractView contract, CommitmentView current, CommitmentForm form, Model model) {
        model.addAttribute("currentValues", CommitmentForm.of(current));
        CommitmentForm again = new CommitmentForm(
                form.measureId(),
                form.primaryOutcomeId(),
                form.targetQuantity(),
                form.schedule(),
                form.dueDate(),
                form.quarterTargets(),
                form.narrative(),
                form.local(),
                form.deadweightPercent(),
                form.attributionPercent(),
                current.version(),
                null);
        return form(
                user,
                contract,
                current,
                again,
                List.of(new ErrorItem("measureId", "procurement.commitment.error.stale")),
                false,
                model);
    }

    private String form(
            SignedInUser user,
            ContractView contract,
            CommitmentView commitment,
            CommitmentForm form,
            List<ErrorItem> errors,
            boolean recalculated,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        List<MeasureChoice> measures = values.measureChoices(user.councilId());
        FrameworkView framework = frameworks.currentFramework(user.councilId(), today);
        MeasureChoice chosen = measures.stream()
                .filter(m -> Long.valueOf(m.id()).equals(form.chosenMeasure()))
                .findFirst()
                .orElse(null);
        model.addAttribute("contract", contract);
        model.addAttribute("commitment", commitment);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("measureGroups", measureGroups(measures, framework));
        model.addAttribute("outcomeOptions", outcomeOptions(framework, chosen));
        model.addAttribute("chosenMeasure", chosen);
        model.addAttribute("quarters", quarters(contract));
        model.addAttribute(
                "scheduleOptions",
                List.of(
                        new Option(CommitmentForm.DUE_DATE, messages.text("procurement.commitment.scheduleDueDate")),
                        new Option(
                                CommitmentForm.QUARTERLY, messages.text("procurement.commitment.scheduleQuarterly"))));
        model.addAttribute(
                "localOptions", List.of(new Option("true", messages.text("procurement.commitment.localLabel"))));
        model.addAttribute(
                "targetLabel",
                chosen == null || chosen.unit() == null
                        ? messages.text("procurement.commitment.target")
                        : messages.text("procurement.commitment.targetIn", unit(chosen)));
        if (recalculated) {
            model.addAttribute("preview", preview(user, contract, commitment, form, measures, chosen, today));
        }
        return "contract/commitment-form";
    }

    /** The computed values of the form as typed: as much as can be worked out from it. */
    private List<SummaryListRow> preview(
            SignedInUser user,
            ContractView contract,
            CommitmentView commitment,
            CommitmentForm form,
            List<MeasureChoice> measures,
            MeasureChoice chosen,
            LocalDate today) {
        List<SummaryListRow> rows = new ArrayList<>();
        if (chosen == null) {
            rows.add(new SummaryListRow(
                    messages.text("procurement.commitment.preview.value"),
                    messages.text("procurement.commitment.preview.chooseMeasure")));
            return rows;
        }
        BigDecimal total = form.check(measures, quarters(contract)).totalTarget();
        if (chosen.unit() != null) {
            rows.add(new SummaryListRow(
                    messages.text("procurement.commitment.preview.target"),
                    total == null
                            ? messages.text("procurement.commitment.preview.noTarget")
                            : Numbers.text(total) + " " + unit(chosen)));
        }
        ValuedCommitments.Value value = total == null
                ? null
                : values.preview(
                        user.councilId(),
                        contract.id(),
                        commitment == null ? null : commitment.id(),
                        chosen.id(),
                        total,
                        form.deadweight(),
                        form.attribution(),
                        today);
        if (value == null || value.gross() == null) {
            rows.add(new SummaryListRow(
                    messages.text("procurement.commitment.preview.value"),
                    messages.text("procurement.commitment.preview.noValue." + chosen.kind())));
            return rows;
        }
        rows.add(new SummaryListRow(
                messages.text("procurement.commitment.preview.proxy"),
                messages.text(
                        value.estimated()
                                ? "procurement.commitment.preview.proxyEstimated"
                                : "procurement.commitment.preview.proxyFrozen",
                        value.proxyPerUnit(),
                        unit(chosen),
                        value.proxyYear().toString())));
        rows.add(new SummaryListRow(
                messages.text("procurement.commitment.gross"), value.gross().toString()));
        rows.add(new SummaryListRow(
                messages.text("procurement.commitment.net"), value.net().toString()));
        BigDecimal targetPercent =
                councils.getCouncil(user.councilId()).settings().targetPercent();
        SocialValueShare withThis = values.valuesOf(user.councilId(), contract.id(), targetPercent, today)
                .shareWith(commitment == null ? null : commitment.id(), value);
        String share = withThis.percentOfContractValue() == null
                ? messages.text("procurement.commitment.preview.noShare")
                : withThis.targetPercent() == null
                        ? messages.text(
                                "procurement.commitment.preview.share",
                                withThis.committedGross(),
                                Copy.percent(withThis.percentOfContractValue()))
                        : messages.text(
                                "procurement.commitment.preview.shareTarget",
                                withThis.committedGross(),
                                Copy.percent(withThis.percentOfContractValue()),
                                Copy.percent(withThis.targetPercent()));
        rows.add(new SummaryListRow(messages.text("procurement.commitment.preview.contractTotal"), share));
        return rows;
    }

    private String unit(MeasureChoice measure) {
        return measure.unit() == null
                ? ""
                : messages.text("procurement.unit." + measure.unit().name());
    }

    /** One group of the measure picker: a theme and outcome, with the measures whose natural primary outcome it is. */
    record MeasureGroup(String idPrefix, String legend, List<Option> measures) {}

    private List<MeasureGroup> measureGroups(List<MeasureChoice> measures, FrameworkView framework) {
        Map<Long, String> legends = new LinkedHashMap<>();
        framework
                .themes()
                .forEach(theme -> theme.outcomes()
                        .forEach(outcome -> legends.put(outcome.id(), theme.name() + ": " + outcome.name())));
        Map<Long, List<Option>> grouped = new LinkedHashMap<>();
        legends.keySet().forEach(id -> grouped.put(id, new ArrayList<>()));
        List<Option> others = new ArrayList<>();
        for (MeasureChoice m : measures) {
            Option option = new Option(m.id(), m.name(), hint(m));
            Long first = m.outcomeIds().isEmpty() ? null : m.outcomeIds().get(0);
            if (first != null && grouped.containsKey(first)) {
                grouped.get(first).add(option);
            } else {
                others.add(option);
            }
        }
        List<MeasureGroup> groups = new ArrayList<>();
        grouped.forEach((outcomeId, options) -> {
            if (!options.isEmpty()) {
                groups.add(new MeasureGroup(null, legends.get(outcomeId), options));
            }
        });
        if (!others.isEmpty()) {
            groups.add(new MeasureGroup(null, messages.text("procurement.commitment.otherMeasures"), others));
        }
        List<MeasureGroup> numbered = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            numbered.add(new MeasureGroup(
                    i == 0 ? "measureId" : "measureId-g" + (i + 1),
                    groups.get(i).legend(),
                    groups.get(i).measures()));
        }
        return numbered;
    }

    private String hint(MeasureChoice m) {
        String kind = messages.text("procurement.commitment.kind." + m.kind());
        return m.unit() == null ? kind : messages.text("procurement.commitment.measureHint", kind, unit(m), m.code());
    }

    private List<Option> outcomeOptions(FrameworkView framework, MeasureChoice chosen) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", messages.text("procurement.commitment.chooseOutcome")));
        framework
                .themes()
                .forEach(theme -> theme.outcomes().forEach(outcome -> {
                    boolean offered = chosen == null
                            ? !outcome.retired()
                            : chosen.outcomeIds().contains(outcome.id());
                    if (offered) {
                        options.add(new Option(outcome.id(), theme.name() + ": " + outcome.name()));
                    }
                }));
        return options;
    }

    /** The totals row and the share against the target, as the page shows them. */
    private List<SummaryListRow> totals(ValuedCommitments valued) {
        List<SummaryListRow> rows = new ArrayList<>();
        rows.add(new SummaryListRow(
                messages.text("procurement.commitment.contractValue"),
                valued.contractValue().toString()));
        rows.add(new SummaryListRow(
                messages.text("procurement.commitment.totalGross"),
                valued.totalGross().toString()));
        rows.add(new SummaryListRow(
                messages.text("procurement.commitment.totalNet"),
                valued.totalNet().toString()));
        rows.add(new SummaryListRow(
                messages.text("procurement.commitment.share"),
                valued.percentOfContractValue() == null
                        ? messages.text("procurement.commitment.preview.noShare")
                        : Copy.percent(valued.percentOfContractValue())));
        rows.add(new SummaryListRow(
                messages.text("procurement.commitment.councilTarget"),
                valued.targetPercent() == null
                        ? messages.text("procurement.commitment.noTarget")
                        : messages.text(
                                Boolean.TRUE.equals(valued.meetsTarget())
                                        ? "procurement.commitment.targetMet"
                                        : "procurement.commitment.targetNotMet",
                                Copy.percent(valued.targetPercent()))));
        return rows;
    }
}
