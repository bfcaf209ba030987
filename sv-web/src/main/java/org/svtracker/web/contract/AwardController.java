package org.svtracker.web.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.supplier.CompaniesHouseNumber;
import org.svtracker.domain.supplier.SupplierSize;
import org.svtracker.domain.supplier.SupplierSummary;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.web.form.DateParts;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/**
 * Awarding a contract in tender: to a supplier found by name or Companies House number (a GET
 * search, so it works without JavaScript), or to a supplier registered on the same page.
 */
@Controller
record AwardController(Contracts contracts, Suppliers suppliers, Messages messages, Clock clock) {

    @GetMapping("/contracts/{id}/award")
    String award(
            @PathVariable long id,
            @RequestParam(required = false) String q,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        ContractView contract = contracts.contract(user.councilId(), id);
        if (contract.status() != ContractStatus.IN_TENDER) {
            return "redirect:/contracts/" + id;
        }
        LocalDate today = LocalDate.now(clock);
        return page(
                contract,
                new AwardForms.ExistingSupplier(null, DateParts.of(today), contract.version(), q),
                AwardForms.NewSupplierForm.blank(today),
                List.of(),
                model);
    }

    @PostMapping("/contracts/{id}/award")
    String awardToExisting(
            @PathVariable long id,
            @ModelAttribute AwardForms.ExistingSupplier form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        ContractView contract = contracts.contract(user.councilId(), id);
        if (isStale(contract, form.version())) {
            return notInTender(
                    id, contract.supplierId() != null && contract.supplierId().equals(form.chosen()), redirect);
        }
        List<ErrorItem> errors = new ArrayList<>(form.check());
        SupplierSummary supplier =
                form.chosen() == null ? null : suppliers.findById(form.chosen()).orElse(null);
        if (form.chosen() != null && supplier == null) {
            errors.add(new ErrorItem("supplierId", "procurement.award.error.supplierMissing"));
        }
        if (!errors.isEmpty()) {
            return page(contract, form, AwardForms.NewSupplierForm.blank(LocalDate.now(clock)), errors, model);
        }
        return awarded(user, contract, supplier.id(), form.awardedOn().toDate().orElseThrow(), redirect);
    }

    @PostMapping("/contracts/{id}/award/new-supplier")
    String awardToNew(
            @PathVariable long id,
            @ModelAttribute AwardForms.NewSupplierForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        ContractView contract = contracts.contract(user.councilId(), id);
        if (isStale(contract, form.version())) {
            boolean sameAward = contract.supplierId() != null
                    && form.name() != null
                    && suppliers
                            .findById(contract.supplierId())
                            .map(s -> s.name().equalsIgnoreCase(form.name().trim()))
                            .orElse(false);
            return notInTender(id, sameAward, redirect);
        }
        List<ErrorItem> errors = new ArrayList<>(form.check());
        if (errors.isEmpty()) {
            errors.addAll(alreadyRegistered(form));
        }
        LocalDate today = LocalDate.now(clock);
        AwardForms.ExistingSupplier search =
                new AwardForms.ExistingSupplier(null, DateParts.of(today), contract.version(), null);
        if (!errors.isEmpty()) {
            return page(contract, search, form, errors, model);
        }
        long supplierId;
        try {
            supplierId = suppliers.registerSupplier(form.toNewSupplier(), user.actor());
        } catch (DataIntegrityViolationException e) {
            return page(
                    contract, search, form, List.of(new ErrorItem("name", "procurement.award.error.nameTaken")), model);
        }
        return awarded(user, contract, supplierId, form.newAwardedOn().toDate().orElseThrow(), redirect);
    }

    private String awarded(
            SignedInUser user, ContractView contract, long supplierId, LocalDate on, RedirectAttributes redirect) {
        return LifecycleStep.take(
                contract.id(),
                redirect,
                "awarded",
                () -> contracts.awardContract(
                        user.councilId(), contract.id(), contract.version(), supplierId, on, user.actor()));
    }

    /** A second click of the same award finds it done: that is its success, not a conflict. */
    private static String notInTender(long id, boolean sameAward, RedirectAttributes redirect) {
        redirect.addFlashAttribute(sameAward ? "saved" : "stale", sameAward ? "awarded" : true);
        return "redirect:/contracts/" + id;
    }

    private static boolean isStale(ContractView contract, Long version) {
        return version == null || version != contract.version() || contract.status() != ContractStatus.IN_TENDER;
    }

    /** A supplier with the same Companies House number or name is already registered: choose it instead. */
    private List<ErrorItem> alreadyRegistered(AwardForms.NewSupplierForm form) {
        List<ErrorItem> errors = new ArrayList<>();
        if (!Numbers.isBlank(form.companiesHouseNumber())) {
            String number =
                    CompaniesHouseNumber.normalise(form.companiesHouseNumber()).orElseThrow();
            suppliers.search(number).stream()
                    .filter(s -> number.equals(s.companiesHouseNumber()))
                    .findFirst()
                    .ifPresent(s -> errors.add(
                            new ErrorItem("companiesHouseNumber", "procurement.award.error.numberTaken", s.name())));
        }
        String name = form.name().trim().toLowerCase(Locale.ROOT);
        suppliers.search(form.name().trim()).stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst()
                .ifPresent(s -> errors.add(new ErrorItem("name", "procurement.award.error.nameTaken")));
        return errors;
    }

    private String page(
            ContractView contract,
            AwardForms.ExistingSupplier search,
            AwardForms.NewSupplierForm newSupplier,
            List<ErrorItem> errors,
            Model model) {
        List<SupplierSummary> results =
                search.q() == null || search.q().isBlank() ? List.of() : suppliers.search(search.q());
        List<Option> resultOptions =
                results.stream().map(s -> new Option(s.id(), s.name(), hint(s))).toList();
        model.addAttribute("contract", contract);
        model.addAttribute("search", search);
        model.addAttribute("results", resultOptions);
        model.addAttribute("searched", search.q() != null && !search.q().isBlank());
        model.addAttribute("newSupplier", newSupplier);
        model.addAttribute("errors", errors);
        model.addAttribute("sizeOptions", sizeOptions());
        model.addAttribute("vcseOptions", List.of(new Option("true", messages.text("procurement.award.vcseLabel"))));
        return "contract/award";
    }

    private String hint(SupplierSummary s) {
        List<String> parts = new ArrayList<>();
        parts.add(
                s.companiesHouseNumber() == null
                        ? messages.text("procurement.award.noCompanyNumber")
                        : messages.text("procurement.award.companyNumber", s.companiesHouseNumber()));
        parts.add(messages.text("procurement.size." + s.size()));
        if (s.vcse()) {
            parts.add(messages.text("procurement.award.vcse"));
        }
        if (s.postcode() != null) {
            parts.add(s.postcode());
        }
        return String.join(", ", parts);
    }

    private List<Option> sizeOptions() {
        List<Option> options = new ArrayList<>();
        for (SupplierSize size : SupplierSize.values()) {
            options.add(new Option(
                    size.name(),
                    messages.text("procurement.size." + size),
                    messages.text("procurement.size." + size + ".hint")));
        }
        return options;
    }
}
