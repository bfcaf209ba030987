package org.svtracker.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Checks the throttle and the form before the password, and counts every failed password check. */
final class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().trim();
        Object password = attempt.getCredentials();
        if (username.isEmpty()) {
            throw SignInRefused.because(SignInProblem.USERNAME_MISSING);
        }
        if (password == null || password.toString().isEmpty()) {
            throw SignInRefused.because(SignInProblem.PASSWORD_MISSING);
        }
        if (throttle.isBlocked(username)) {
            throw SignInRefused.because(SignInProblem.THROTTLED);
        }
        try {
            Authentication result =
                    passwordCheck.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            throttle.recordSuccess(username);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
