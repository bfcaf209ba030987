package org.svtracker.web.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.account.AccountNotFound;
import org.svtracker.domain.account.AlreadyRegistered;
import org.svtracker.domain.account.Invitations;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.account.SupplierChoice;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.web.errors.PageNotFound;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/**
 * The three ways to invite someone: a council's staff invite a supplier's contact, a council admin
 * invites staff with a role, a supplier's user invites a colleague. Each sends one mail per form
 * sent, however often the button is pressed.
 */
@Controller
record InviteController(Invitations invitations, FormSubmissions submissions, Letters letters, Messages messages) {

    private static final List<Role> STAFF_ROLES =
            List.of(Role.COUNCIL_ADMIN, Role.PROCUREMENT_OFFICER, Role.CONTRACT_MANAGER, Role.COUNCILLOR);

    /** What the person sent, kept when the form comes back with errors. */
    record InviteForm(String displayName, String email, String supplierId, String role, String formToken) {
        static InviteForm empty() {
            return new InviteForm("", "", "", "", FormSubmissions.newToken());
        }
    }

    // A council's staff invite a supplier contact.

    @GetMapping("/supplier-invitations/new")
    String supplierInvitation(@AuthenticationPrincipal SignedInUser user, Model model) {
        return supplierForm(user, InviteForm.empty(), List.of(), model);
    }

    @PostMapping("/supplier-invitations/new")
    String inviteSupplierContact(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String supplierId,
            @RequestParam(defaultValue = "") String formToken,
            Model model,
            RedirectAttributes redirect) {
        var form = new InviteForm(
                AccountForms.clean(displayName), AccountForms.clean(email), supplierId.strip(), "", formToken);
        List<SupplierChoice> suppliers = invitations.suppliersOfCouncil(user.councilId());
        List<ErrorItem> errors = new ArrayList<>();
        Optional<SupplierChoice> supplier = Optional.empty();
        if (form.supplierId().isEmpty()) {
            errors.add(new ErrorItem("supplierId", "accounts.error.supplierMissing"));
        } else {
            supplier = suppliers.stream()
                    .filter(s -> String.valueOf(s.id()).equals(form.supplierId()))
                    .findFirst();
            if (supplier.isEmpty()) {
                throw PageNotFound.because("Not a supplier of this council");
            }
        }
        checkPerson(form, errors);
        if (!errors.isEmpty()) {
            return supplierForm(user, form, errors, model);
        }
        SupplierChoice chosen = supplier.get();
        String base = letters.linkBase();
        String inviter = inviterName(user);
        try {
            String target = submissions.once(form.formToken(), user.getUsername(), () -> {
                invitations.inviteSupplierContact(
                        user.councilId(),
                        chosen.id(),
                        form.email(),
                        form.displayName(),
                        user.actor(),
                        link -> letters.invitation(link, chosen.name(), inviter, base));
                return "/supplier-invitations/new";
            });
            redirect.addFlashAttribute("invited", form.email());
            redirect.addFlashAttribute("invitedTo", chosen.name());
            return "redirect:" + target;
        } catch (AlreadyRegistered e) {
            return supplierForm(user, form, List.of(new ErrorItem("email", "accounts.error.emailRegistered")), model);
        } catch (AccountNotFound e) {
            throw PageNotFound.because("Not a supplier of this council");
        }
    }

    private String supplierForm(SignedInUser user, InviteForm form, List<ErrorItem> errors, Model model) {
        List<Option> suppliers = new ArrayList<>();
        suppliers.add(new Option("", messages.text("accounts.invite.supplierChoose")));
        invitations.suppliersOfCouncil(user.councilId()).forEach(s -> suppliers.add(new Option(s.id(), s.name())));
        model.addAttribute("suppliers", suppliers);
        return inviteForm("supplier", "/supplier-invitations/new", "/", form, errors, model);
    }

    // The council admin invites staff.

    @GetMapping("/admin/users/invite")
    String staffInvitation(Model model) {
        return staffForm(InviteForm.empty(), List.of(), model);
    }

    @PostMapping("/admin/users/invite")
    String inviteStaff(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String formToken,
            Model model,
            RedirectAttributes redirect) {
        var form = new InviteForm(AccountForms.clean(displayName), AccountForms.clean(email), "", role, formToken);
        List<ErrorItem> errors = new ArrayList<>();
        checkPerson(form, errors);
        Optional<Role> chosen =
                STAFF_ROLES.stream().filter(r -> r.name().equals(form.role())).findFirst();
        if (chosen.isEmpty()) {
            errors.add(new ErrorItem("role", "accounts.error.roleMissing"));
        }
        if (!errors.isEmpty()) {
            return staffForm(form, errors, model);
        }
        String base = letters.linkBase();
        String inviter = inviterName(user);
        try {
            String target = submissions.once(form.formToken(), user.getUsername(), () -> {
                invitations.inviteCouncilStaff(
                        user.councilId(),
                        form.email(),
                        form.displayName(),
                        chosen.get(),
                        user.actor(),
                        link -> letters.invitation(link, user.councilName(), inviter, base));
                return "/admin/users";
            });
            redirect.addFlashAttribute("invited", form.email());
            return "redirect:" + target;
        } catch (AlreadyRegistered e) {
            return staffForm(form, List.of(new ErrorItem("email", "accounts.error.emailRegistered")), model);
        }
    }

    private String staffForm(InviteForm form, List<ErrorItem> errors, Model model) {
        model.addAttribute(
                "roles",
                STAFF_ROLES.stream()
                        .map(r -> new Option(
                                r.name(),
                                messages.text("role." + r.name()),
                                messages.text("accounts.invite.roleHint." + r.name())))
                        .toList());
        return inviteForm("staff", "/admin/users/invite", "/admin/users", form, errors, model);
    }

    // A supplier's user invites a colleague.

    @GetMapping("/portal/users/invite")
    String colleagueInvitation(Model model) {
        return inviteForm("colleague", "/portal/users/invite", "/portal/users", InviteForm.empty(), List.of(), model);
    }

    @PostMapping("/portal/users/invite")
    String inviteColleague(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String formToken,
            Model model,
            RedirectAttributes redirect) {
        var form = new InviteForm(AccountForms.clean(displayName), AccountForms.clean(email), "", "", formToken);
        List<ErrorItem> errors = new ArrayList<>();
        checkPerson(form, errors);
        if (!errors.isEmpty()) {
            return inviteForm("colleague", "/portal/users/invite", "/portal/users", form, errors, model);
        }
        String base = letters.linkBase();
        String inviter = inviterName(user);
        try {
            String target = submissions.once(form.formToken(), user.getUsername(), () -> {
                invitations.inviteSupplierColleague(
                        user.supplierId(),
                        form.email(),
                        form.displayName(),
                        user.actor(),
                        link -> letters.invitation(link, user.supplierName(), inviter, base));
                return "/portal/users";
            });
            redirect.addFlashAttribute("invited", form.email());
            return "redirect:" + target;
        } catch (AlreadyRegistered e) {
            return inviteForm(
                    "colleague",
                    "/portal/users/invite",
                    "/portal/users",
                    form,
                    List.of(new ErrorItem("email", "accounts.error.emailRegistered")),
                    model);
        }
    }

    private void checkPerson(InviteForm form, List<ErrorItem> errors) {
        AccountForms.checkName(form.displayName(), errors);
        int before = errors.size();
        AccountForms.checkEmail(form.email(), errors);
        if (errors.size() == before && invitations.isRegistered(form.email())) {
            errors.add(new ErrorItem("email", "accounts.error.emailRegistered"));
        }
        // The error summary lists the fields in the order the form shows them.
        errors.sort((a, b) -> Integer.compare(fieldOrder(a.fieldId()), fieldOrder(b.fieldId())));
    }

    private static int fieldOrder(String fieldId) {
        return Arrays.asList("supplierId", "displayName", "email", "role").indexOf(fieldId);
    }

    private static String inviteForm(
            String kind, String action, String back, InviteForm form, List<ErrorItem> errors, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("validDays", Invitations.VALID_FOR.toDays());
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "account/invite";
    }

    private String inviterName(SignedInUser user) {
        return messages.text("accounts.mail.inviter", user.displayName(), user.organisationName());
    }
}
