package org.svtracker.web.followup;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.beyond.ActivityKind;
import org.svtracker.domain.beyond.ActivityView;
import org.svtracker.domain.beyond.BeyondProcurement;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.web.form.Edits;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/** Beyond-procurement activities: social value the council creates itself, recorded against its outcomes. */
@Controller
record ActivitiesController(
        BeyondProcurement beyond, FormSubmissions submissions, Messages messages, OutcomeOptions outcomes) {

    @GetMapping("/activities")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<List<Object>> rows = new ArrayList<>();
        for (ActivityView a : beyond.activitiesOf(user.councilId())) {
            rows.add(List.of(
                    Cells.link(a.title(), "/activities/" + a.id() + "/edit"),
                    messages.text("followUp.activity.kind." + a.kind().name()),
                    a.outcomeName(),
                    a.financialYear().toString(),
                    a.quantity() == null
                            ? messages.text("followUp.activities.narrative")
                            : a.quantity().toPlainString() + " " + a.unit().label()));
        }
        model.addAttribute("rows", rows);
        return "followup/activities";
    }

    @GetMapping("/activities/new")
    String newActivity(@AuthenticationPrincipal SignedInUser user, Model model) {
        return form(user, null, ActivityForm.empty(FormSubmissions.newToken()), List.of(), model);
    }

    @PostMapping("/activities/new")
    String record(
            @ModelAttribute ActivityForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        List<ErrorItem> errors = checked(user, form, null);
        if (!errors.isEmpty()) {
            return form(user, null, form, errors, model);
        }
        String target = submissions.once(form.formToken(), user.getUsername(), () -> {
            beyond.recordActivity(user.councilId(), form.toActivity(), user.actor());
            return "/activities";
        });
        redirect.addFlashAttribute("success", "followUp.activity.recorded");
        return "redirect:" + target;
    }

    @GetMapping("/activities/{activityId}/edit")
    String edit(@PathVariable long activityId, @AuthenticationPrincipal SignedInUser user, Model model) {
        ActivityView current = beyond.activity(user.councilId(), activityId);
        return form(user, current, ActivityForm.of(current), List.of(), model);
    }

    @PostMapping("/activities/{activityId}/edit")
    String revise(
            @PathVariable long activityId,
            @ModelAttribute ActivityForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        ActivityView current = beyond.activity(user.councilId(), activityId);
        return Edits.save(
                form.version(),
                current.version(),
                checked(user, form, current),
                () -> stale(user, beyond.activity(user.councilId(), activityId), model),
                errors -> form(user, current, form, errors, model),
                () -> {
                    beyond.reviseActivity(
                            user.councilId(), activityId, form.version(), form.toActivity(), user.actor());
                    redirect.addFlashAttribute("success", "followUp.activity.saved");
                    return "redirect:/activities";
                });
    }

    private String stale(SignedInUser user, ActivityView current, Model model) {
        return form(
                user,
                current,
                ActivityForm.of(current),
                List.of(new ErrorItem("kind", "followUp.activity.error.stale")),
                model);
    }

    private List<ErrorItem> checked(SignedInUser user, ActivityForm form, ActivityView current) {
        outcomes.requireOffered(user.councilId(), form.outcomeId(), current == null ? null : current.outcomeId());
        return form.problems();
    }

    private String form(
            SignedInUser user, ActivityView current, ActivityForm form, List<ErrorItem> errors, Model model) {
        List<Option> kinds = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            kinds.add(new Option(
                    kind.name(),
                    messages.text("followUp.activity.kind." + kind.name()),
                    messages.text("followUp.activity.kindHint." + kind.name())));
        }
        List<Option> units = new ArrayList<>();
        units.add(new Option("", messages.text("followUp.activity.noUnit")));
        for (MeasureUnit unit : MeasureUnit.values()) {
            units.add(new Option(unit.name(), unit.label()));
        }
        model.addAttribute("activity", current);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", kinds);
        model.addAttribute("units", units);
        model.addAttribute("outcomes", outcomes.of(user.councilId(), current == null ? null : current.outcomeId()));
        return "followup/activity-form";
    }
}
