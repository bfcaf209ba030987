package org.svtracker.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Keeps what was typed as the username and why the attempt failed, then sends the user back to the
 * sign-in page (Post/Redirect/Get). Every failed password check reads the same.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_ATTEMPT = SignInFailureHandler.class.getName() + ".LAST_ATTEMPT";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        SignInProblem problem =
                exception instanceof SignInRefused refused ? refused.problem() : SignInProblem.NOT_RECOGNISED;
        String username = request.getParameter("username");
        request.getSession().setAttribute(LAST_ATTEMPT, new FailedAttempt(typed(username), problem));
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    /** What was typed, trimmed and cut to the longest username there can be. */
    private static String typed(String username) {
        String trimmed = username == null ? "" : username.trim();
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }

    record FailedAttempt(String username, SignInProblem problem) implements java.io.Serializable {}
}
