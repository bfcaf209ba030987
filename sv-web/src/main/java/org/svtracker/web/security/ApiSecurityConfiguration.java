package org.svtracker.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.svtracker.domain.token.AccessTokens;
import org.svtracker.web.api.ProblemResponses;

/**
 * The JSON API's own filter chain, ahead of the pages' chain: bearer tokens, no sessions created, no
 * redirects, no sign-in form, and every refusal as a problem detail. A browser already signed in
 * keeps its session here too (the annual report's JSON), with CSRF protection on its writes; a
 * request carrying a token needs none, as no browser adds that header by itself.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AccessTokens tokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(ApiSecurityConfiguration::isWriteWithReadOnlyToken)
                            .denyAll();
                    AccessRules.apply(requests);
                })
                .addFilterBefore(new BearerTokenFilter(tokens, problems), CsrfFilter.class)
                .csrf(csrf ->
                        csrf.ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerTokenFilter.CHALLENGE);
                            problems.write(
                                    request,
                                    response,
                                    problems.problem(HttpStatus.UNAUTHORIZED, "api.problem.401.missingToken"));
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            if (!isAuthenticated()) {
                                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerTokenFilter.CHALLENGE);
                                problems.write(
                                        request,
                                        response,
                                        problems.problem(HttpStatus.UNAUTHORIZED, "api.problem.401.missingToken"));
                                return;
                            }
                            String detail = isWriteWithReadOnlyToken(request)
                                    ? "api.problem.403.readOnlyToken"
                                    : "api.problem.403.detail";
                            problems.write(request, response, problems.problem(HttpStatus.FORBIDDEN, detail));
                        }))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** A read-only token (council staff's) may only read. */
    static boolean isWriteWithReadOnlyToken(HttpServletRequest request) {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        return !safe && authentication instanceof ApiTokenAuthentication token && token.readOnly();
    }

    private static boolean isAuthenticated() {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
