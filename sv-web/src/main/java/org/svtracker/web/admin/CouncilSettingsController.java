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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.council.Councils;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.security.SignedInUser;

/** A council admin's settings: threshold, target, minimum weighting and RAG bands. */
@Controller
record CouncilSettingsController(Councils councils, Clock clock) {

    @GetMapping("/admin/settings")
    String settings(@AuthenticationPrincipal SignedInUser user, Model model) {
        var current = councils.settingsOf(user.councilId());
        return page(SettingsForm.of(current.settings(), current.version()), List.of(), model, user);
    }

    @PostMapping("/admin/settings")
    String change(
            @ModelAttribute SettingsForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        List<ErrorItem> errors = form.problems();
        if (!errors.isEmpty()) {
            return page(form, errors, model, user);
        }
        try {
            councils.changeSettings(user.councilId(), form.version(), form.settings(), user.actor());
        } catch (ObjectOptimisticLockingFailureException e) {
            var current = councils.settingsOf(user.councilId());
            model.addAttribute("stale", true);
            return page(
                    SettingsForm.of(current.settings(), current.version()),
                    List.of(new ErrorItem("settings-form", "councilAdmin.settings.stale")),
                    model,
                    user);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/settings";
    }

    private String page(SettingsForm form, List<ErrorItem> errors, Model model, SignedInUser user) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("councilName", user.councilName());
        model.addAttribute(
                "statutory", councils.statutoryThresholdOn(LocalDate.now(clock)).orElse(null));
        return "admin/settings";
    }
}
