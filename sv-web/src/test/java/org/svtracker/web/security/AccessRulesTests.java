package org.svtracker.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.svtracker.domain.account.Role;
import org.svtracker.web.WebIntegrationTest;

@WebIntegrationTest
class AccessRulesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    /** Every route the application answers, as (method, example path). */
    record Route(HttpMethod method, String pattern, String examplePath) {}

    @Test
    void everyRequestMappingHasAnExplicitAccessRule() {
        List<Route> routes = allRoutes();
        assertThat(routes).isNotEmpty();

        assertThat(routes)
                .allSatisfy(route -> assertThat(AccessRules.ruleFor(route.method(), route.examplePath()))
                        .as("access rule for %s %s", route.method(), route.pattern())
                        .isPresent());
    }

    @Test
    void everyRouteThatIsNotPublicSendsAVisitorToSignIn() {
        for (Route route : allRoutes()) {
            var rule = AccessRules.ruleFor(route.method(), route.examplePath()).orElseThrow();
            if (rule.access().isPublic()) {
                continue;
            }
            var request = route.method() == HttpMethod.GET
                    ? mvc.get().uri(route.examplePath())
                    : mvc.method(route.method())
                            .uri(route.examplePath())
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf());
            if (route.examplePath().startsWith("/api/")) {
                // The JSON API never redirects: it answers 401 with a bearer challenge, as a problem detail.
                assertThat(request)
                        .as("%s %s without a token", route.method(), route.pattern())
                        .hasStatus(401)
                        .hasHeader("WWW-Authenticate", "Bearer realm=\"social-value-tracker\"")
                        .contentType()
                        .isCompatibleWith("application/problem+json");
                continue;
            }
            assertThat(request)
                    .as("%s %s without signing in", route.method(), route.pattern())
                    .hasStatus3xxRedirection()
                    .redirectedUrl()
                    .endsWith("/sign-in");
        }
    }

    @Test
    void aPathWithoutARuleIsRefusedToEveryone() {
        assertThat(AccessRules.ruleFor(HttpMethod.GET, "/no/such/route")).isEmpty();
        assertThat(AccessRules.ruleFor(HttpMethod.DELETE, "/")).isEmpty();
    }

    @Test
    void theHomePageIsOpenToEveryRoleAndNothingIsPublicByAccident() {
        var home = AccessRules.ruleFor(HttpMethod.GET, "/").orElseThrow();
        assertThat(home.access().roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(home.access().isPublic()).isFalse();
        assertThat(AccessRules.all().stream().filter(r -> r.access().isPublic()).map(AccessRules.Rule::pattern))
                .containsExactlyInAnyOrder(
                        "/sign-in",
                        "/sign-in",
                        "/accessibility",
                        "/privacy",
                        "/error",
                        "/webjars/**",
                        "/assets/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.svg",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/v3/api-docs.yaml",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/published/{council}/{year}",
                        "/published/{council}/{year}/versions/{version}",
                        "/published/{council}/{year}/report.pdf",
                        "/published/{council}/{year}/report.xlsx",
                        "/published/{council}/{year}/csv/{section}",
                        "/invitations/{token}",
                        "/invitations/{token}",
                        "/password-reset",
                        "/password-reset",
                        "/password-reset/complete",
                        "/password-reset/{token}",
                        "/password-reset/{token}",
                        "/api-reference");
    }

    private List<Route> allRoutes() {
        List<Route> routes = new ArrayList<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    Set<RequestMethod> effective = methods.isEmpty() ? Set.of(RequestMethod.values()) : methods;
                    for (String pattern : info.getPatternValues()) {
                        for (RequestMethod method : effective) {
                            if (method == RequestMethod.OPTIONS || method == RequestMethod.TRACE) {
                                continue; // answered by the framework, not by our handlers
                            }
                            routes.add(new Route(method.asHttpMethod(), pattern, examplePath(pattern)));
                        }
                    }
                }));
        return routes;
    }

    private static String examplePath(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", "1").replace("**", "x");
    }
}
