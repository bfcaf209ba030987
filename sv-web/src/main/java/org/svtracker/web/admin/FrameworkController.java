package org.svtracker.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.framework.FrameworkCodeTaken;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.security.SignedInUser;

/**
 * The council's priority framework: its current edition's themes and outcomes; adding a theme or
 * an outcome, renaming them, retiring an outcome.
 */
@Controller
class FrameworkController {

    private final Frameworks frameworks;
    private final FormSubmissions submissions;
    private final Clock clock;

    FrameworkController(Frameworks frameworks, FormSubmissions submissions, Clock clock) {
        this.frameworks = frameworks;
        this.submissions = submissions;
        this.clock = clock;
    }

    @GetMapping("/admin/framework")
    String framework(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute(
                "framework",
                frameworks.frameworkInForce(user.councilId(), today()).orElse(null));
        model.addAttribute("councilName", user.councilName());
        return "admin/framework";
    }

    @GetMapping("/admin/framework/themes/new")
    String newTheme(@AuthenticationPrincipal SignedInUser user, Model model) {
        frameworks.currentFramework(user.councilId(), today());
        return themeForm(new FrameworkForms.NewEntry("", "", FormSubmissions.newToken()), List.of(), model);
    }

    @PostMapping("/admin/framework/themes/new")
    String addTheme(
            @ModelAttribute FrameworkForms.NewEntry form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        long editionId = frameworks.currentFramework(user.councilId(), today()).editionId();
        List<ErrorItem> errors = form.problems(FrameworkForms.MAX_THEME_NAME);
        if (!errors.isEmpty()) {
            return themeForm(form, errors, model);
        }
        try {
            String location = submissions.once(form.formToken(), user.getUsername(), () -> {
                long id = frameworks.addTheme(
                        user.councilId(),
                        editionId,
                        form.code().strip(),
                        form.name().strip(),
                        user.actor());
                return "/admin/framework#theme-" + id;
            });
            redirect.addFlashAttribute("changed", "councilAdmin.framework.themeAdded");
            return "redirect:" + location;
        } catch (FrameworkCodeTaken e) {
            return themeForm(
                    form, List.of(new ErrorItem("code", "councilAdmin.framework.code.taken", e.code())), model);
        }
    }

    private String themeForm(FrameworkForms.NewEntry form, List<ErrorItem> errors, Model model) {
        return formPage(
                model,
                form,
                errors,
                null,
                "councilAdmin.framework.newTheme.title",
                "/admin/framework/themes/new",
                true,
                "councilAdmin.framework.themeName");
    }

    @GetMapping("/admin/framework/themes/{themeId}/outcomes/new")
    String newOutcome(@PathVariable long themeId, @AuthenticationPrincipal SignedInUser user, Model model) {
        return outcomeForm(
                themeId, new FrameworkForms.NewEntry("", "", FormSubmissions.newToken()), List.of(), user, model);
    }

    @PostMapping("/admin/framework/themes/{themeId}/outcomes/new")
    String addOutcome(
            @PathVariable long themeId,
            @ModelAttribute FrameworkForms.NewEntry form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        frameworks.theme(user.councilId(), themeId);
        List<ErrorItem> errors = form.problems(FrameworkForms.MAX_OUTCOME_NAME);
        if (!errors.isEmpty()) {
            return outcomeForm(themeId, form, errors, user, model);
        }
        try {
            String location = submissions.once(form.formToken(), user.getUsername(), () -> {
                long id = frameworks.addOutcome(
                        user.councilId(),
                        themeId,
                        form.code().strip(),
                        form.name().strip(),
                        user.actor());
                return "/admin/framework#outcome-" + id;
            });
            redirect.addFlashAttribute("changed", "councilAdmin.framework.outcomeAdded");
            return "redirect:" + location;
        } catch (FrameworkCodeTaken e) {
            return outcomeForm(
                    themeId,
                    form,
                    List.of(new ErrorItem("code", "councilAdmin.framework.code.taken", e.code())),
                    user,
                    model);
        }
    }

    private String outcomeForm(
            long themeId, FrameworkForms.NewEntry form, List<ErrorItem> errors, SignedInUser user, Model model) {
        var theme = frameworks.theme(user.councilId(), themeId);
        return formPage(
                model,
                form,
                errors,
                theme.name(),
                "councilAdmin.framework.newOutcome.title",
                "/admin/framework/themes/" + themeId + "/outcomes/new",
                true,
                "councilAdmin.framework.outcomeName");
    }

    @GetMapping("/admin/framework/themes/{themeId}/rename")
    String renameThemeForm(@PathVariable long themeId, @AuthenticationPrincipal SignedInUser user, Model model) {
        var theme = frameworks.theme(user.councilId(), themeId);
        return renameThemePage(
                themeId, new FrameworkForms.Rename(theme.name(), theme.version()), List.of(), user, model);
    }

    @PostMapping("/admin/framework/themes/{themeId}/rename")
    String renameTheme(
            @PathVariable long themeId,
            @ModelAttribute FrameworkForms.Rename form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        frameworks.theme(user.councilId(), themeId);
        List<ErrorItem> errors = form.problems(FrameworkForms.MAX_THEME_NAME);
        if (!errors.isEmpty()) {
            return renameThemePage(themeId, form, errors, user, model);
        }
        try {
            frameworks.renameTheme(
                    user.councilId(), themeId, form.version(), form.name().strip(), user.actor());
        } catch (ObjectOptimisticLockingFailureException e) {
            var theme = frameworks.theme(user.councilId(), themeId);
            return renameThemePage(
                    themeId,
                    new FrameworkForms.Rename(theme.name(), theme.version()),
                    List.of(new ErrorItem("name", "councilAdmin.framework.stale")),
                    user,
                    model);
        }
        redirect.addFlashAttribute("changed", "councilAdmin.framework.themeRenamed");
        return "redirect:/admin/framework#theme-" + themeId;
    }

    private String renameThemePage(
            long themeId, FrameworkForms.Rename form, List<ErrorItem> errors, SignedInUser user, Model model) {
        var theme = frameworks.theme(user.councilId(), themeId);
        return formPage(
                model,
                form,
                errors,
                theme.code(),
                "councilAdmin.framework.renameTheme.title",
                "/admin/framework/themes/" + themeId + "/rename",
                false,
                "councilAdmin.framework.themeName");
    }

    @GetMapping("/admin/framework/outcomes/{outcomeId}/rename")
    String renameOutcomeForm(@PathVariable long outcomeId, @AuthenticationPrincipal SignedInUser user, Model model) {
        var outcome = frameworks.outcome(user.councilId(), outcomeId);
        return renameOutcomePage(
                outcomeId, new FrameworkForms.Rename(outcome.name(), outcome.version()), List.of(), user, model);
    }

    @PostMapping("/admin/framework/outcomes/{outcomeId}/rename")
    String renameOutcome(
            @PathVariable long outcomeId,
            @ModelAttribute FrameworkForms.Rename form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        frameworks.outcome(user.councilId(), outcomeId);
        List<ErrorItem> errors = form.problems(FrameworkForms.MAX_OUTCOME_NAME);
        if (!errors.isEmpty()) {
            return renameOutcomePage(outcomeId, form, errors, user, model);
        }
        try {
            frameworks.renameOutcome(
                    user.councilId(), outcomeId, form.version(), form.name().strip(), user.actor());
        } catch (ObjectOptimisticLockingFailureException e) {
            var outcome = frameworks.outcome(user.councilId(), outcomeId);
            return renameOutcomePage(
                    outcomeId,
                    new FrameworkForms.Rename(outcome.name(), outcome.version()),
                    List.of(new ErrorItem("name", "councilAdmin.framework.stale")),
                    user,
                    model);
        }
        redirect.addFlashAttribute("changed", "councilAdmin.framework.outcomeRenamed");
        return "redirect:/admin/framework#outcome-" + outcomeId;
    }

    private String renameOutcomePage(
            long outcomeId, FrameworkForms.Rename form, List<ErrorItem> errors, SignedInUser user, Model model) {
        var outcome = frameworks.outcome(user.councilId(), outcomeId);
        return formPage(
                model,
                form,
                errors,
                outcome.code() + " – " + outcome.themeName(),
                "councilAdmin.framework.renameOutcome.title",
                "/admin/framework/outcomes/" + outcomeId + "/rename",
                false,
                "councilAdmin.framework.outcomeName");
    }

    @GetMapping("/admin/framework/outcomes/{outcomeId}/retire")
    String retireForm(@PathVariable long outcomeId, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("outcome", frameworks.outcome(user.councilId(), outcomeId));
        model.addAttribute("errors", List.of());
        return "admin/retire-outcome";
    }

    @PostMapping("/admin/framework/outcomes/{outcomeId}/retire")
    String retire(
            @PathVariable long outcomeId,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        var outcome = frameworks.outcome(user.councilId(), outcomeId);
        if (!outcome.retired()) {
            try {
                frameworks.retireOutcome(user.councilId(), outcomeId, version, user.actor());
            } catch (ObjectOptimisticLockingFailureException e) {
                model.addAttribute("outcome", frameworks.outcome(user.councilId(), outcomeId));
                model.addAttribute("errors", List.of(new ErrorItem("retire", "councilAdmin.framework.retire.stale")));
                return "admin/retire-outcome";
            }
        }
        redirect.addFlashAttribute("changed", "councilAdmin.framework.outcomeRetired");
        return "redirect:/admin/framework#outcome-" + outcomeId;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The one form page of the framework: adding a theme or an outcome, renaming either. */
    private static String formPage(
            Model model,
            Object form,
            List<ErrorItem> errors,
            String caption,
            String titleKey,
            String action,
            boolean withCode,
            String nameLabel) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (caption != null) {
            model.addAttribute("caption", caption);
        }
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("action", action);
        model.addAttribute("withCode", withCode);
        model.addAttribute("nameLabel", nameLabel);
        return "admin/framework-form";
    }
}
