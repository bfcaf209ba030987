package org.svtracker.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.measure.MeasureCodeTaken;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureNotFound;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.web.errors.PageNotFound;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/** The shared library, which belongs to no council: a council adopts a measure into its own library. */
@Controller
record SharedMeasuresController(
        MeasureLibrary library, Frameworks frameworks, FormSubmissions submissions, Clock clock) {

    @GetMapping("/admin/measures/shared")
    String shared(@AuthenticationPrincipal SignedInUser user, Model model) {
        Set<String> own = library.library(user.councilId()).stream()
                .map(MeasureView::code)
                .collect(Collectors.toSet());
        FinancialYear year = FinancialYear.of(LocalDate.now(clock));
        model.addAttribute(
                "rows",
                library.sharedLibrary().stream()
                        .map(m -> new SharedRow(MeasureRow.of(m, java.util.Map.of(), year), own.contains(m.code())))
                        .toList());
        return "admin/shared";
    }

    record SharedRow(MeasureRow row, boolean adopted) {}

    @GetMapping("/admin/measures/shared/{sharedId}/adopt")
    String adoptForm(@PathVariable long sharedId, @AuthenticationPrincipal SignedInUser user, Model model) {
        return page(shared(sharedId), FormSubmissions.newToken(), List.of(), List.of(), user, model);
    }

    @PostMapping("/admin/measures/shared/{sharedId}/adopt")
    String adopt(
            @PathVariable long sharedId,
            @RequestParam(required = false) List<Long> outcomeIds,
            @RequestParam(required = false) String formToken,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        MeasureView shared = shared(sharedId);
        List<Long> chosen = outcomeIds == null ? List.of() : outcomeIds;
        Set<Long> open = openOutcomes(user);
        if (!open.containsAll(chosen)) {
            throw PageNotFound.because("Not an outcome a measure may serve: " + chosen);
        }
        if (chosen.isEmpty()) {
            return page(
                    shared,
                    formToken,
                    chosen,
                    List.of(new ErrorItem(MeasureForm.OUTCOMES_FIELD, "councilAdmin.measure.outcomes.missing")),
                    user,
                    model);
        }
        try {
            String location = submissions.once(
                    formToken,
                    user.getUsername(),
                    () -> "/admin/measures/"
                            + library.adoptSharedMeasure(user.councilId(), sharedId, chosen, user.actor()));
            redirect.addFlashAttribute("changed", "councilAdmin.shared.adopted");
            return "redirect:" + location;
        } catch (MeasureCodeTaken e) {
            return page(
                    shared,
                    formToken,
                    chosen,
                    List.of(new ErrorItem("outcomes", "councilAdmin.shared.taken")),
                    user,
                    model);
        }
    }

    private MeasureView shared(long sharedId) {
        return library.sharedLibrary().stream()
                .filter(m -> m.id() == sharedId)
                .findFirst()
                .orElseThrow(() -> MeasureNotFound.forId(sharedId));
    }

    private Set<Long> openOutcomes(SignedInUser user) {
        return frameworks
                .frameworkInForce(user.councilId(), LocalDate.now(clock))
                .map(f -> f.outcomes().stream()
                        .filter(o -> !o.retired())
                        .map(FrameworkView.OutcomeView::id)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private String page(
            MeasureView shared,
            String formToken,
            List<Long> chosen,
            List<ErrorItem> errors,
            SignedInUser user,
            Model model) {
        List<MeasuresController.OutcomeGroup> groups = new ArrayList<>();
        frameworks.frameworkInForce(user.councilId(), LocalDate.now(clock)).ifPresent(f -> {
            for (var theme : f.themes()) {
                List<Option> items = theme.outcomes().stream()
                        .filter(o -> !o.retired())
                        .map(o -> new Option(o.id(), o.code() + ": " + o.name()))
                        .toList();
                if (!items.isEmpty()) {
                    groups.add(new MeasuresController.OutcomeGroup(theme.code(), theme.name(), items));
                }
            }
        });
        model.addAttribute("shared", shared);
        model.addAttribute(
                "formToken", formToken == null || formToken.isBlank() ? FormSubmissions.newToken() : formToken);
        model.addAttribute("chosen", chosen);
        model.addAttribute("groups", groups);
        model.addAttribute("errors", errors);
        return "admin/adopt";
    }
}
