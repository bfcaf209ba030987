package org.svtracker.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
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
record FrameworkController(Frameworks frameworks, FormSubmissions submissions, Clock clock) {

    private static final FormPage NEW_THEME = new FormPage(
            null,
            "councilAdmin.framework.newTheme.title",
            "/admin/framework/themes/new",
            true,
            "councilAdmin.framework.themeName",
            FrameworkForms.MAX_THEME_NAME,
            "councilAdmin.framework.themeAdded");

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
        return formPage(newEntry(), List.of(), NEW_THEME, model);
    }

    @PostMapping("/admin/framework/themes/new")
    String addTheme(
            @ModelAttribute FrameworkForms.NewEntry form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        long editionId = frameworks.currentFramework(user.councilId(), today()).editionId();
        return add(
                form,
                NEW_THEME,
                user,
                model,
                redirect,
                () -> "theme-"
                        + frameworks.addTheme(
                                user.councilId(),
                                editionId,
                                form.code().strip(),
                                form.name().strip(),
                                user.actor()));
    }

    @GetMapping("/admin/framework/themes/{themeId}/outcomes/new")
    String newOutcome(@PathVariable long themeId, @AuthenticationPrincipal SignedInUser user, Model model) {
        return formPage(newEntry(), List.of(), newOutcome(user, themeId), model);
    }

    @PostMapping("/admin/framework/themes/{themeId}/outcomes/new")
    String addOutcome(
            @PathVariable long themeId,
            @ModelAttribute FrameworkForms.NewEntry form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return add(
                form,
                newOutcome(user, themeId),
                user,
                model,
                redirect,
                () -> "outcome-"
                        + frameworks.addOutcome(
                                user.councilId(),
                                themeId,
                                form.code().strip(),
                                form.name().strip(),
                                user.actor()));
    }

    @GetMapping("/admin/framework/themes/{themeId}/rename")
    String renameThemeForm(@PathVariable long themeId, @AuthenticationPrincipal SignedInUser user, Model model) {
        Renamed theme = theme(user, themeId);
        return formPage(theme.form(), List.of(), theme.page(), model);
    }

    @PostMapping("/admin/framework/themes/{themeId}/rename")
    String renameTheme(
            @PathVariable long themeId,
            @ModelAttribute FrameworkForms.Rename form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return rename(
                form,
                () -> theme(user, themeId),
                model,
                redirect,
                () -> frameworks.renameTheme(
                        user.councilId(), themeId, form.version(), form.name().strip(), user.actor()));
    }

    @GetMapping("/admin/framework/outcomes/{outcomeId}/rename")
    String renameOutcomeForm(@PathVariable long outcomeId, @AuthenticationPrincipal SignedInUser user, Model model) {
        Renamed outcome = outcome(user, outcomeId);
        return formPage(outcome.form(), List.of(), outcome.page(), model);
    }

    @PostMapping("/admin/framework/outcomes/{outcomeId}/rename")
    String renameOutcome(
            @PathVariable long outcomeId,
            @ModelAttribute FrameworkForms.Rename form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return rename(
                form,
                () -> outcome(user, outcomeId),
                model,
                redirect,
                () -> frameworks.renameOutcome(
                        user.councilId(), outcomeId, form.version(), form.name().strip(), user.actor()));
    }

    /** Adds a theme or an outcome once per form token; {@code added} saves it and names its anchor on the framework page. */
    private String add(
            FrameworkForms.NewEntry form,
            FormPage page,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect,
            Supplier<String> added) {
        List<ErrorItem> errors = form.problems(page.maxName());
        if (!errors.isEmpty()) {
            return formPage(form, errors, page, model);
        }
        try {
            String location =
                    submissions.once(form.formToken(), user.getUsername(), () -> "/admin/framework#" + added.get());
            redirect.addFlashAttribute("changed", page.doneKey());
            return "redirect:" + location;
        } catch (FrameworkCodeTaken e) {
            return formPage(
                    form, List.of(new ErrorItem("code", "councilAdmin.framework.code.taken", e.code())), page, model);
        }
    }

    /** Renames a theme or an outcome; when someone else changed it meanwhile, shows it as it is now. */
    private String rename(
            FrameworkForms.Rename form,
            Supplier<Renamed> current,
            Model model,
            RedirectAttributes redirect,
            Runnable save) {
        Renamed shown = current.get();
        List<ErrorItem> errors = form.problems(shown.page().maxName());
        if (!errors.isEmpty()) {
            return formPage(form, errors, shown.page(), model);
        }
        try {
            save.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            Renamed now = current.get();
            return formPage(
                    now.form(), List.of(new ErrorItem("name", "councilAdmin.framework.stale")), now.page(), model);
        }
        redirect.addFlashAttribute("changed", shown.page().doneKey());
        return "redirect:/admin/framework#" + shown.anchor();
    }

    private FormPage newOutcome(SignedInUser user, long themeId) {
        return new FormPage(
                frameworks.theme(user.councilId(), themeId).name(),
                "councilAdmin.framework.newOutcome.title",
                "/admin/framework/themes/" + themeId + "/outcomes/new",
                true,
                "councilAdmin.framework.outcomeName",
                FrameworkForms.MAX_OUTCOME_NAME,
                "councilAdmin.framework.outcomeAdded");
    }

    private Renamed theme(SignedInUser user, long themeId) {
        var theme = frameworks.theme(user.councilId(), themeId);
        return renamed("theme", themeId, theme.name(), theme.version(), theme.code(), FrameworkForms.MAX_THEME_NAME);
    }

    private Renamed outcome(SignedInUser user, long outcomeId) {
        var outcome = frameworks.outcome(user.councilId(), outcomeId);
        return renamed(
                "outcome",
                outcomeId,
                outcome.name(),
                outcome.version(),
                outcome.code() + " – " + outcome.themeName(),
                FrameworkForms.MAX_OUTCOME_NAME);
    }

    /** A theme or an outcome ({@code kind}), whose paths, anchors and messages are named alike. */
    private static Renamed renamed(String kind, long id, String name, long version, String caption, int maxName) {
        String titled = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        return new Renamed(
                name,
                version,
                kind + "-" + id,
                new FormPage(
                        caption,
                        "councilAdmin.framework.rename" + titled + ".title",
                        "/admin/framework/" + kind + "s/" + id + "/rename",
                        false,
                        "councilAdmin.framework." + kind + "Name",
                        maxName,
                        "councilAdmin.framework." + kind + "Renamed"));
    }

    private static FrameworkForms.NewEntry newEntry() {
        return new FrameworkForms.NewEntry("", "", FormSubmissions.newToken());
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

    /**
     * What one form page of the framework shows: adding a theme or an outcome, or renaming either;
     * the caption above its title, its action, whether it asks for a code, its name's label and length.
     */
    private record FormPage(
            String caption,
            String titleKey,
            String action,
            boolean withCode,
            String nameLabel,
            int maxName,
            String doneKey) {}

    /** A theme or an outcome as it is now, with the page that renames it and its anchor on the framework page. */
    private record Renamed(String name, long version, String anchor, FormPage page) {
        FrameworkForms.Rename form() {
            return new FrameworkForms.Rename(name, version);
        }
    }

    /** The one form page of the framework. */
    private static String formPage(Object form, List<ErrorItem> errors, FormPage page, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (page.caption() != null) {
            model.addAttribute("caption", page.caption());
        }
        model.addAttribute("titleKey", page.titleKey());
        model.addAttribute("action", page.action());
        model.addAttribute("withCode", page.withCode());
        model.addAttribute("nameLabel", page.nameLabel());
        return "admin/framework-form";
    }
}
