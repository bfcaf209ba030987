package org.svtracker.web.followup;

import java.util.ArrayList;
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
import org.svtracker.domain.casestudy.CaseStudies;
import org.svtracker.domain.casestudy.CaseStudyView;
import org.svtracker.domain.casestudy.ContractChoice;
import org.svtracker.domain.casestudy.PublicationUnchanged;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.web.form.Edits;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/** Case studies: written, attached to a contract and an outcome, published into the annual report or taken back. */
@Controller
record CaseStudiesController(
        CaseStudies caseStudies, FormSubmissions submissions, Messages messages, OutcomeOptions outcomes) {

    @GetMapping("/case-studies")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("caseStudies", caseStudies.caseStudiesOf(user.councilId()));
        return "followup/case-studies";
    }

    @GetMapping("/case-studies/new")
    String newCaseStudy(@AuthenticationPrincipal SignedInUser user, Model model) {
        return form(user, null, CaseStudyForm.empty(FormSubmissions.newToken()), List.of(), model);
    }

    @PostMapping("/case-studies/new")
    String write(
            @ModelAttribute CaseStudyForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        List<ErrorItem> errors = checked(user, form, null);
        if (!errors.isEmpty()) {
            return form(user, null, form, errors, model);
        }
        String target = submissions.once(form.formToken(), user.getUsername(), () -> {
            long id = caseStudies.writeCaseStudy(
                    user.councilId(),
                    Choices.id(form.contractId()).orElseThrow(),
                    Choices.id(form.outcomeId()).orElseThrow(),
                    form.title().strip(),
                    form.story().strip(),
                    user.actor());
            return "/case-studies/" + id + "/edit";
        });
        redirect.addFlashAttribute("success", "followUp.caseStudy.written");
        return "redirect:" + target;
    }

    @GetMapping("/case-studies/{caseStudyId}/edit")
    String edit(@PathVariable long caseStudyId, @AuthenticationPrincipal SignedInUser user, Model model) {
        CaseStudyView current = caseStudies.caseStudy(user.councilId(), caseStudyId);
        return form(user, current, CaseStudyForm.of(current), List.of(), model);
    }

    @PostMapping("/case-studies/{caseStudyId}/edit")
    String revise(
            @PathVariable long caseStudyId,
            @ModelAttribute CaseStudyForm form,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        CaseStudyView current = caseStudies.caseStudy(user.councilId(), caseStudyId);
        return Edits.save(
                form.version(),
                current.version(),
                checked(user, form, current),
                () -> stale(user, caseStudies.caseStudy(user.councilId(), caseStudyId), model),
                errors -> form(user, current, form, errors, model),
                () -> {
                    caseStudies.reviseCaseStudy(
                            user.councilId(),
                            caseStudyId,
                            form.version(),
                            Choices.id(form.contractId()).orElseThrow(),
                            Choices.id(form.outcomeId()).orElseThrow(),
                            form.title().strip(),
                            form.story().strip(),
                            user.actor());
                    redirect.addFlashAttribute("success", "followUp.caseStudy.saved");
                    return "redirect:/case-studies/" + caseStudyId + "/edit";
                });
    }

    @PostMapping("/case-studies/{caseStudyId}/publish")
    String publish(
            @PathVariable long caseStudyId,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return changeStatus(caseStudyId, version, true, user, model, redirect);
    }

    @PostMapping("/case-studies/{caseStudyId}/unpublish")
    String unpublish(
            @PathVariable long caseStudyId,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return changeStatus(caseStudyId, version, false, user, model, redirect);
    }

    private String changeStatus(
            long caseStudyId,
            Long version,
            boolean publish,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        CaseStudyView current = caseStudies.caseStudy(user.councilId(), caseStudyId);
        if (version == null || version != current.version() || current.published() == publish) {
            return stale(user, current, model);
        }
        try {
            if (publish) {
                caseStudies.publish(user.councilId(), caseStudyId, version, user.actor());
            } else {
                caseStudies.unpublish(user.councilId(), caseStudyId, version, user.actor());
            }
        } catch (ObjectOptimisticLockingFailureException | PublicationUnchanged e) {
            return stale(user, caseStudies.caseStudy(user.councilId(), caseStudyId), model);
        }
        redirect.addFlashAttribute(
                "success", publish ? "followUp.caseStudy.published" : "followUp.caseStudy.unpublished");
        return "redirect:/case-studies/" + caseStudyId + "/edit";
    }

    /** Someone else changed it: the form shows it as it is now, and nothing was saved. */
    private String stale(SignedInUser user, CaseStudyView current, Model model) {
        return form(
                user,
                current,
                CaseStudyForm.of(current),
                List.of(new ErrorItem("title", "followUp.caseStudy.error.stale")),
                model);
    }

    /** Validation problems; a contract or outcome id that is not the council's own is not found. */
    private List<ErrorItem> checked(SignedInUser user, CaseStudyForm form, CaseStudyView current) {
        Choices.requireOffered(
                Choices.id(form.contractId()),
                caseStudies.contractChoices(user.councilId()).stream()
                        .map(ContractChoice::id)
                        .toList());
        outcomes.requireOffered(user.councilId(), form.outcomeId(), current == null ? null : current.outcomeId());
        return form.problems();
    }

    private String form(
            SignedInUser user, CaseStudyView current, CaseStudyForm form, List<ErrorItem> errors, Model model) {
        List<Option> contracts = new ArrayList<>();
        contracts.add(new Option("", messages.text("followUp.caseStudy.chooseContract")));
        caseStudies
                .contractChoices(user.councilId())
                .forEach(c -> contracts.add(
                        new Option(c.id(), c.reference() + " " + c.title() + " (" + c.supplierName() + ")")));
        model.addAttribute("caseStudy", current);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("contracts", contracts);
        model.addAttribute("outcomes", outcomes.of(user.councilId(), current == null ? null : current.outcomeId()));
        return current == null ? "followup/case-study-new" : "followup/case-study-edit";
    }
}
