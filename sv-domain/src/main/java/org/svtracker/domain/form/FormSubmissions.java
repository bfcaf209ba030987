package org.svtracker.domain.form;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a create form safe against a double click. Each rendered form carries a fresh one-time
 * token ({@link #newToken()}); the submission claims it in the same transaction as the create. The
 * first claim runs the create and records its result (typically the new record's address); a
 * second submission of the same token waits for the first transaction, then gets that result
 * without creating anything. If the create fails (a validation error), the claim rolls back with it
 * and the corrected form can be sent again with the same token.
 *
 * <p>In the web layer: put {@code formToken = FormSubmissions.newToken()} in the model when showing
 * the form, render it as {@code <input type="hidden" name="formToken" th:value="${formToken}">},
 * keep the submitted one when the form comes back with errors, and redirect to what {@code once}
 * returns. A missing or foreign token raises {@link FormTokenRefused}, shown as "the form was not
 * sent" with nothing created.
 */
@Service
public class FormSubmissions {

    private final JdbcTemplate jdbc;

    public FormSubmissions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh token for a form about to be shown. */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs {@code create} once for {@code token}: returns its result, or the first submission's result
     * when this token was already used by the same user.
     *
     * @throws FormTokenRefused when the token is not one of ours or belongs to someone else's submission
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public String once(String token, String submittedBy, Supplier<String> create) {
        UUID id = parse(token);
        // On a conflict PostgreSQL waits for the transaction holding the same token to end first.
        int claimed = jdbc.update(
                "insert into form_submission (token, submitted_by) values (?, ?) on conflict (token) do nothing",
                id,
                submittedBy);
        if (claimed == 1) {
            String result = create.get();
            jdbc.update("update form_submission set result = ? where token = ?", result, id);
            return result;
        }
        return firstResult(id, submittedBy).orElseThrow(() -> new FormTokenRefused("token used by another user"));
    }

    private Optional<String> firstResult(UUID id, String submittedBy) {
        List<String> results = jdbc.query(
                "select result from form_submission where token = ? and submitted_by = ?",
                (rs, row) -> rs.getString("result"),
                id,
                submittedBy);
        return results.stream().findFirst();
    }

    private static UUID parse(String token) {
        if (token == null || token.isBlank()) {
            throw new FormTokenRefused("no token");
        }
        try {
            return UUID.fromString(token.strip());
        } catch (IllegalArgumentException e) {
            throw new FormTokenRefused("malformed token");
        }
    }
}
