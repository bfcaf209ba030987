package org.svtracker.web.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.delivery.CommitmentLine;
import org.svtracker.domain.delivery.DeliveryRecords;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.returns.ReturnRefused;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.returns.ReturnForm;
import org.svtracker.web.security.SignedInUser;

/**
 * A contract manager records a return for a supplier without portal access: submitted at once,
 * with both declarations, marked everywhere as recorded on the supplier's behalf by them.
 */
@Controller
record OnBehalfController(
        Contracts contracts,
        Returns returns,
        DeliveryRecords records,
        FormSubmissions submissions,
        Suppliers suppliers,
        Messages messages,
        Clock clock) {

    /** What the form sends back, as typed. */
    record OnBehalfForm(
            String commitmentId, String period, String quantity, String narrative, List<String> declarations) {

        boolean declared(String which) {
            return declarations != null && declarations.contains(which);
        }
    }

    @GetMapping("/contracts/{id}/returns/new")
    String form(
            @PathVariable long id,
            @RequestParam(required = false) String commitment,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        ContractView contract = contracts.contract(user.councilId(), id);
        List<CommitmentLine> lines = records.commitmentsOfContract(user.councilId(), id);
        List<Quarter> quarters = quartersOf(contract);
        String chosenPeriod = period != null
                ? period
                : quarters.isEmpty() ? null : quarters.get(quarters.size() - 1).label();
        return show(
                contract,
                lines,
                quarters,
                new OnBehalfForm(commitment, chosenPeriod, null, null, List.of()),
                FormSubmissions.newToken(),
                List.of(),
                model);
    }

    @PostMapping("/contracts/{id}/returns/new")
    String record(
            @PathVariable long id,
            @RequestParam(required = false) String commitmentId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String narrative,
            @RequestParam(required = false) List<String> declarations,
            @RequestParam(required = false) MultipartFile evidence,
            @RequestParam(required = false) String formToken,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        long councilId = user.councilId();
        ContractView contract = contracts.contract(councilId, id);
        List<CommitmentLine> lines = records.commitmentsOfContract(councilId, id);
        List<Quarter> quarters = quartersOf(contract);
        OnBehalfForm form = new OnBehalfForm(
                commitmentId, period, quantity, narrative, declarations == null ? List.of() : declarations);
        if (contract.status() != ContractStatus.LIVE) {
            return show(contract, lines, quarters, form, formToken, List.of(), model);
        }
        List<ErrorItem> errors = new ArrayList<>();
        Optional<CommitmentLine> line = lines.stream()
                .filter(c -> String.valueOf(c.id()).equals(commitmentId))
                .findFirst();
        if (line.isEmpty()) {
            errors.add(new ErrorItem("commitmentId", "contractManagement.onBehalf.error.commitment"));
        }
        Optional<Quarter> quarter =
                quarters.stream().filter(q -> q.label().equals(period)).findFirst();
        if (quarter.isEmpty()) {
            errors.add(new ErrorItem("period", "contractManagement.onBehalf.error.period"));
        }
        ReturnForm typed = ReturnForm.of(quantity, narrative, form.declarations());
        errors.addAll(typed.errors());
        if (!errors.isEmpty()) {
            // The form's own problems first; the domain's rules add what else is wrong with it.
            errors.addAll(typed.ruleErrors(line.map(CommitmentLine::kind).orElse(null), true));
            return show(contract, lines, quarters, form, formToken, errors, model);
        }
        List<MultipartFile> files = evidence == null || evidence.isEmpty() ? List.of() : List.of(evidence);
        String where;
        try {
            where = submissions.once(formToken, user.getUsername(), () -> {
                long returnId = returns.recordReturnOnBehalf(
                        councilId,
                        line.get().id(),
                        quarter.get(),
                        typed.content(),
                        typed.declarations(),
                        ReturnForm.uploads(files),
                        user.actor());
                return "/contracts/" + id + "/delivery#return-" + returnId;
            });
        } catch (ReturnRefused refused) {
            // Nothing is recorded: not the return, nor the file that came with it.
            return show(contract, lines, quarters, form, formToken, ErrorItem.of(refused), model);
        }
        redirect.addFlashAttribute(
                "returnRecorded",
                suppliers.findById(contract.supplierId()).map(s -> s.name()).orElse(""));
        return "redirect:" + where;
    }

    private String show(
            ContractView contract,
            List<CommitmentLine> lines,
            List<Quarter> quarters,
            OnBehalfForm form,
            String formToken,
            List<ErrorItem> errors,
            Model model) {
        model.addAttribute("contract", contract);
        model.addAttribute("live", contract.status() == ContractStatus.LIVE);
        model.addAttribute(
                "commitmentOptions",
                lines.stream()
                        .map(c -> new Option(
                                String.valueOf(c.id()),
                                c.measureName(),
                                c.isNarrative()
                                        ? null
                                        : c.unit() == null ? null : c.unit().label()))
                        .toList());
        model.addAttribute(
                "declarationOptions",
                List.of(
                        new Option(
                                ReturnForm.CONTRACT_AND_PERIOD,
                                messages.text("contractManagement.declaration.contractAndPeriod")),
                        new Option(ReturnForm.COMMITMENT, messages.text("contractManagement.declaration.commitment"))));
        model.addAttribute(
                "periodOptions",
                quarters.stream()
                        .sorted(java.util.Comparator.reverseOrder())
                        .map(q -> new Option(q.label(), q.label()))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("formToken", formToken);
        model.addAttribute("errors", errors);
        return "delivery/record-return";
    }

    /** The quarters a return can be recorded for: from the contract's start to the last quarter ended. */
    private List<Quarter> quartersOf(ContractView contract) {
        Quarter lastEnded = Quarter.of(LocalDate.now(clock)).previous();
        LocalDate to = contract.endDate().isBefore(lastEnded.end()) ? contract.endDate() : lastEnded.end();
        if (to.isBefore(contract.startDate())) {
            return List.of();
        }
        return Quarter.between(contract.startDate(), to);
    }
}
