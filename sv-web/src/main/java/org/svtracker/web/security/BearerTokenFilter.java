package org.svtracker.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.svtracker.domain.token.AccessTokens;
import org.svtracker.domain.token.TokenHolder;
import org.svtracker.web.api.ProblemResponses;

/**
 * Reads {@code Authorization: Bearer <token>} on API requests. A valid token authenticates this one
 * request (nothing goes into a session); any other Authorization header answers 401 at once, so a
 * request never falls back to a session cookie when it meant to use a token. Without the header the
 * request goes on as it came (a signed-in browser, or anonymous).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String CHALLENGE = "Bearer realm=\"social-value-tracker\"";

    private final AccessTokens tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(AccessTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenHolder> holder = bearerToken(header).flatMap(tokens::authenticate);
        if (holder.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"");
            problems.write(
                    request, response, problems.problem(HttpStatus.UNAUTHORIZED, "api.problem.401.invalidToken"));
            return;
        }
        TokenHolder found = holder.get();
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(
                new ApiTokenAuthentication(new SignedInUser(found.account()), found.tokenId(), found.readOnly()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }

    private static Optional<String> bearerToken(String header) {
        String trimmed = header.strip();
        if (trimmed.length() < 7
                || !trimmed.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Optional.empty();
        }
        return Optional.of(trimmed.substring(7).strip());
    }
}
