package org.svtracker.web.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt refused before any password was checked. */
final class SignInRefused extends AuthenticationException {

    private final transient SignInProblem problem;

    private SignInRefused(SignInProblem problem) {
        super(problem.name());
        this.problem = problem;
    }

    static SignInRefused because(SignInProblem problem) {
        return new SignInRefused(problem);
    }

    SignInProblem problem() {
        return problem;
    }
}
