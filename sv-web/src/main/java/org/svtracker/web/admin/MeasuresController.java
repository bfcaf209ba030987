package org.svtracker.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.FrameworkView.OutcomeView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.measure.MeasureCodeTaken;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.web.errors.PageNotFound;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/** The council's measure library: the list, a measure with its proxies by year, adding and changing. */
@Controller
record MeasuresController(
        MeasureLibrary library, Frameworks frameworks, FormSubmissions submissions, Messages messages, Clock clock) {

    @GetMapping("/admin/measures")
    String list(
            @RequestParam(required = false) Long theme,
            @RequestParam(required = false) String kind,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        long councilId = user.councilId();
        FrameworkView framework =
                frameworks.frameworkInForce(councilId, today()).orElse(null);
        Map<Long, OutcomeView> outcomes = frameworks.allOutcomes(councilId);
        MeasureKind wantedKind = kind == null || kind.isBlank() ? null : kindOf(kind);
        Set<Long> themeOutcomes = theme == null ? null : themeOutcomes(framework, theme);
        FinancialYear year = FinancialYear.of(today());
        List<MeasureRow> rows = library.library(councilId).stream()
                .filter(m -> wantedKind == null || m.kind() == wantedKind)
                .filter(m -> themeOutcomes == null || m.outcomeIds().stream().anyMatch(themeOutcomes::contains))
                .map(m -> MeasureRow.of(m, outcomes, year))
                .toList();
        List<Option> themes = new ArrayList<>();
        themes.add(new Option("", messages.text("councilAdmin.measures.filter.allThemes")));
        if (framework != null) {
            framework.themes().forEach(t -> themes.add(new Option(t.id(), t.name())));
        }
        List<Option> kinds = new ArrayList<>();
        kinds.add(new Option("", messages.text("councilAdmin.measures.filter.allKinds")));
        for (MeasureKind k : MeasureKind.values()) {
            kinds.add(new Option(k.name(), messages.text("councilAdmin.measure.kind." + k.name())));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("themes", themes);
        model.addAttribute("kinds", kinds);
        model.addAttribute("theme", theme);
        model.addAttribute("kind", wantedKind == null ? "" : wantedKind.name());
        model.addAttribute("filtered", theme != null || wantedKind != null);
        model.addAttribute("year", year);
        model.addAttribute("councilName", user.councilName());
        return "admin/measures";
    }

    @GetMapping("/admin/measures/{measureId}")
    String measure(@PathVariable long measureId, @AuthenticationPrincipal SignedInUser user, Model model) {
        MeasureView measure = library.measure(user.councilId(), measureId);
        MeasureRow row = MeasureRow.of(measure, frameworks.allOutcomes(user.councilId()), currentYear());
        model.addAttribute("row", row);
        model.addAttribute("proxies", row.proxyLines());
        return "admin/measure";
    }

    @GetMapping("/admin/measures/new")
    String newMeasure(@AuthenticationPrincipal SignedInUser user, Model model) {
        return measureForm(null, MeasureForm.blank(FormSubmissions.newToken()), List.of(), user, model);
    }

    @PostMapping("/admin/measures/new")
    String addMeasure(
            @ModelAttribute MeasureForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        checkOutcomes(user, form, List.of());
        List<ErrorItem> errors = form.problems(false);
        if (!errors.isEmpty()) {
            return measureForm(null, form, errors, user, model);
        }
        try {
            String location = submissions.once(
                    form.formToken(),
                    user.getUsername(),
                    () -> "/admin/measures/" + library.addMeasure(user.councilId(), form.details(), user.actor()));
            redirect.addFlashAttribute("changed", "councilAdmin.measure.added");
            return "redirect:" + location;
        } catch (MeasureCodeTaken e) {
            return measureForm(
                    null, form, List.of(new ErrorItem("code", "councilAdmin.measure.code.taken")), user, model);
        }
    }

    @GetMapping("/admin/measures/{measureId}/edit")
    String editMeasure(@PathVariable long measureId, @AuthenticationPrincipal SignedInUser user, Model model) {
        MeasureView measure = library.measure(user.councilId(), measureId);
        return measureForm(measure, MeasureForm.of(measure), List.of(), user, model);
    }

    @PostMapping("/admin/measures/{measureId}/edit")
    String describeMeasure(
            @PathVariable long measureId,
            @ModelAttribute MeasureForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        MeasureView measure = library.measure(user.councilId(), measureId);
        checkOutcomes(user, form, measure.outcomeIds());
        List<ErrorItem> errors = form.problems(!measure.proxies().isEmpty());
        if (!errors.isEmpty()) {
            return measureForm(measure, form, errors, user, model);
        }
        try {
            library.describeMeasure(
                    user.councilId(),
                    measureId,
                    form.version() == null ? -1 : form.version(),
                    form.details(),
                    user.actor());
        } catch (ObjectOptimisticLockingFailureException e) {
            MeasureView current = library.measure(user.councilId(), measureId);
            return measureForm(
                    current,
                    MeasureForm.of(current),
                    List.of(new ErrorItem("code", "councilAdmin.measure.stale")),
                    user,
                    model);
        } catch (MeasureCodeTaken e) {
            return measureForm(
                    measure, form, List.of(new ErrorItem("code", "councilAdmin.measure.code.taken")), user, model);
        }
        redirect.addFlashAttribute("changed", "councilAdmin.measure.changed");
        return "redirect:/admin/measures/" + measureId;
    }

    /**
     * Outcome ids of another council, or retired ones the measure did not serve, are not choices
     * this form offered: such a request is refused as not found, and changes nothing.
     */
    private void checkOutcomes(SignedInUser user, MeasureForm form, List<Long> servedBefore) {
        Map<Long, OutcomeView> outcomes = frameworks.allOutcomes(user.councilId());
        for (Long id : form.outcomeIds()) {
            OutcomeView outcome = outcomes.get(id);
            if (outcome == null || (outcome.retired() && !servedBefore.contains(id))) {
                throw PageNotFound.because("Not an outcome this measure may serve: " + id);
            }
        }
    }

    private String measureForm(
            MeasureView measure, MeasureForm form, List<ErrorItem> errors, SignedInUser user, Model model) {
        FrameworkView framework =
                frameworks.frameworkInForce(user.councilId(), today()).orElse(null);
        Set<Long> served = measure == null ? Set.of() : Set.copyOf(measure.outcomeIds());
        List<OutcomeGroup> groups = new ArrayList<>();
        if (framework != null) {
            for (var theme : framework.themes()) {
                List<Option> items = theme.outcomes().stream()
                        .filter(o -> !o.retired() || served.contains(o.id()))
                        .map(o -> new Option(
                                o.id(),
                                o.code() + ": " + o.name(),
                                o.retired() ? messages.text("councilAdmin.measure.outcomes.retiredHint") : null))
                        .toList();
                if (!items.isEmpty()) {
                    groups.add(new OutcomeGroup(theme.code(), theme.name(), items));
                }
            }
        }
        Set<Long> inForce = framework == null
                ? Set.of()
                : framework.outcomes().stream().map(OutcomeView::id).collect(Collectors.toSet());
        Map<Long, OutcomeView> all = frameworks.allOutcomes(user.councilId());
        List<Option> earlier = served.stream()
                .filter(id -> !inForce.contains(id) && all.containsKey(id))
                .map(all::get)
                .map(o -> new Option(o.id(), o.code() + ": " + o.name()))
                .toList();
        if (!earlier.isEmpty()) {
            groups.add(new OutcomeGroup("earlier", messages.text("councilAdmin.measure.outcomes.earlier"), earlier));
        }
        List<Option> units = new ArrayList<>();
        units.add(new Option("", messages.text("councilAdmin.measure.unit.none")));
        for (MeasureUnit unit : MeasureUnit.values()) {
            units.add(new Option(unit.name(), unit.label()));
        }
        List<Option> kinds = new ArrayList<>();
        for (MeasureKind kind : MeasureKind.values()) {
            kinds.add(new Option(
                    kind.name(),
                    messages.text("councilAdmin.measure.kind." + kind.name()),
                    messages.text("councilAdmin.measure.kind." + kind.name() + ".hint")));
        }
        model.addAttribute("measure", measure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("groups", groups);
        model.addAttribute("units", units);
        model.addAttribute("kinds", kinds);
        return "admin/measure-form";
    }

    /** One theme's outcomes as a group of checkboxes; the first group's first box carries the error. */
    record OutcomeGroup(String code, String name, List<Option> items) {}

    @GetMapping("/admin/measures/{measureId}/proxies/new")
    String newProxy(@PathVariable long measureId, @AuthenticationPrincipal SignedInUser user, Model model) {
        MeasureView measure = valued(user, measureId);
        return proxyForm(
                measure,
                new ProxyForm(currentYear().toString(), "", "", "", FormSubmissions.newToken()),
                List.of(),
                model);
    }

    @PostMapping("/admin/measures/{measureId}/proxies/new")
    String setProxy(
            @PathVariable long measureId,
            @ModelAttribute ProxyForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        MeasureView measure = valued(user, measureId);
        List<ErrorItem> errors = form.problems();
        if (!errors.isEmpty()) {
            return proxyForm(measure, form, errors, model);
        }
        String location = submissions.once(form.formToken(), user.getUsername(), () -> {
            library.setProxy(
                    user.councilId(),
                    measureId,
                    form.year(),
                    form.value(),
                    form.source().strip(),
                    form.licence().strip(),
                    user.actor());
            return "/admin/measures/" + measureId;
        });
        redirect.addFlashAttribute("changed", "councilAdmin.proxy.saved");
        return "redirect:" + location;
    }

    private MeasureView valued(SignedInUser user, long measureId) {
        MeasureView measure = library.measure(user.councilId(), measureId);
        if (measure.kind() != MeasureKind.VALUED) {
            throw PageNotFound.because("Only a valued measure has proxy values: " + measureId);
        }
        return measure;
    }

    private String proxyForm(MeasureView measure, ProxyForm form, List<ErrorItem> errors, Model model) {
        model.addAttribute("measure", measure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "years",
                measure.proxies().stream()
                        .map(p -> p.financialYear().toString())
                        .collect(Collectors.joining(", ")));
        return "admin/proxy-form";
    }

    private static Set<Long> themeOutcomes(FrameworkView framework, long themeId) {
        if (framework == null) {
            throw PageNotFound.because("No framework to filter by");
        }
        return framework.themes().stream()
                .filter(t -> t.id() == themeId)
                .findFirst()
                .map(t -> t.outcomes().stream().map(OutcomeView::id).collect(Collectors.toSet()))
                .orElseThrow(() -> PageNotFound.because("No theme " + themeId + " in this framework"));
    }

    private static MeasureKind kindOf(String kind) {
        try {
            return MeasureKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw PageNotFound.because("No kind " + kind);
        }
    }

    private FinancialYear currentYear() {
        return FinancialYear.of(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
