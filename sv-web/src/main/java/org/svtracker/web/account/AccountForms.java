package org.svtracker.web.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.svtracker.domain.account.PasswordPolicy;
import org.svtracker.web.layout.ErrorItem;

/**
 * The checks the account forms share (a person's name, an email address, a new password) and the
 * pages of the links in mails: the new password page and the one for a link that is not valid.
 */
final class AccountForms {

    static final int MAX_EMAIL = 100;
    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AccountForms() {}

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    static void checkName(String name, List<ErrorItem> errors) {
        if (name.isEmpty()) {
            errors.add(new ErrorItem("displayName", "accounts.error.nameMissing"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new ErrorItem("displayName", "accounts.error.nameTooLong", MAX_NAME));
        }
    }

    static void checkEmail(String email, List<ErrorItem> errors) {
        if (email.isEmpty()) {
            errors.add(new ErrorItem("email", "accounts.error.emailMissing"));
        } else if (email.length() > MAX_EMAIL) {
            errors.add(new ErrorItem("email", "accounts.error.emailTooLong", MAX_EMAIL));
        } else if (!EMAIL.matcher(email).matches()) {
            errors.add(new ErrorItem("email", "accounts.error.emailFormat"));
        }
    }

    /** The page asking for a new password and its confirmation, posting to {@code action}. */
    static String newPasswordPage(String action, List<ErrorItem> errors, Model model, String view) {
        model.addAttribute("action", action);
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        model.addAttribute("errors", errors);
        return view;
    }

    /** Unknown, expired and used links get the same page, so a link tells nothing about others. */
    static String linkNotValid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "account/link-not-valid";
    }

    /** A new password and its confirmation. */
    static List<ErrorItem> checkNewPassword(String password, String confirmation) {
        List<ErrorItem> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new ErrorItem("password", "accounts.error.passwordMissing"));
        } else {
            PasswordPolicy.problemWith(password)
                    .ifPresent(problem -> errors.add(
                            problem == PasswordPolicy.Problem.TOO_SHORT
                                    ? new ErrorItem(
                                            "password",
                                            "accounts.error.passwordTooShort",
                                            PasswordPolicy.MINIMUM_LENGTH)
                                    : new ErrorItem("password", "accounts.error.passwordTooCommon")));
            if (errors.isEmpty() && !password.equals(confirmation)) {
                errors.add(new ErrorItem("confirmPassword", "accounts.error.passwordsDiffer"));
            }
        }
        return errors;
    }
}
