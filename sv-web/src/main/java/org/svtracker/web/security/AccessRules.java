package org.svtracker.web.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.svtracker.domain.account.Role;

/**
 * Every route of the application with who may use it. Anything not listed is refused to everyone;
 * a test fails if a request mapping has no rule here. Tenant rules (a council's or supplier's own
 * data only) are enforced below this, in the queries.
 */
public final class AccessRules {

    /** Who may use a route: everyone, or the signed-in users of the roles named. */
    public record Access(boolean isPublic, Set<Role> roles) {
        static Access everyone() {
            return new Access(true, Set.of());
        }

        static Access roles(Role... roles) {
            return new Access(false, Set.copyOf(Arrays.asList(roles)));
        }

        static Access everyRole() {
            return new Access(false, EnumSet.allOf(Role.class));
        }

        /** The council's staff who work on contracts; councillors read the report instead. */
        static final Access CONTRACT_STAFF = roles(Role.PROCUREMENT_OFFICER, Role.CONTRACT_MANAGER, Role.COUNCIL_ADMIN);

        /** Who changes contracts and works their commitments with the bidder. */
        static final Access PROCUREMENT = roles(Role.PROCUREMENT_OFFICER, Role.COUNCIL_ADMIN);

        /** Who manages delivery: decides on returns, follows up, invites the suppliers' contacts. */
        static final Access CONTRACT_MANAGEMENT = roles(Role.CONTRACT_MANAGER, Role.COUNCIL_ADMIN);

        public boolean allows(Role role) {
            return isPublic || roles.contains(role);
        }
    }

    /** One rule: a path pattern, optionally for one HTTP method only. */
    public record Rule(HttpMethod method, String pattern, Access access) {
        private static final PathPatternParser PARSER = new PathPatternParser();

        boolean matches(HttpMethod requestMethod, String path) {
            PathPattern parsed = PARSER.parse(pattern);
            return (method == null || method.equals(requestMethod)) && parsed.matches(PathContainer.parsePath(path));
        }
    }

    static final Role[] COUNCIL_STAFF = {
        Role.COUNCIL_ADMIN, Role.PROCUREMENT_OFFICER, Role.CONTRACT_MANAGER, Role.COUNCILLOR
    };

    private static final List<Rule> CORE = List.of(
            // Public: signing in, the pages every service must have, assets, errors, health.
            new Rule(HttpMethod.GET, "/sign-in", Access.everyone()),
            new Rule(HttpMethod.POST, "/sign-in", Access.everyone()),
            new Rule(HttpMethod.GET, "/accessibility", Access.everyone()),
            new Rule(HttpMethod.GET, "/privacy", Access.everyone()),
            new Rule(null, "/error", Access.everyone()),
            new Rule(HttpMethod.GET, "/webjars/**", Access.everyone()),
            new Rule(HttpMethod.GET, "/assets/**", Access.everyone()),
            new Rule(HttpMethod.GET, "/css/**", Access.everyone()),
            new Rule(HttpMethod.GET, "/js/**", Access.everyone()),
            new Rule(HttpMethod.GET, "/favicon.svg", Access.everyone()),
            new Rule(HttpMethod.GET, "/v3/api-docs", Access.everyone()),
            new Rule(HttpMethod.GET, "/v3/api-docs/**", Access.everyone()),
            new Rule(HttpMethod.GET, "/v3/api-docs.yaml", Access.everyone()),
            new Rule(HttpMethod.GET, "/actuator/health", Access.everyone()),
            new Rule(HttpMethod.GET, "/actuator/health/**", Access.everyone()),
            new Rule(HttpMethod.GET, "/published/{council}/{year}", Access.everyone()),
            new Rule(HttpMethod.GET, "/published/{council}/{year}/versions/{version}", Access.everyone()),
            new Rule(HttpMethod.GET, "/published/{council}/{year}/report.pdf", Access.everyone()),
            new Rule(HttpMethod.GET, "/published/{council}/{year}/report.xlsx", Access.everyone()),
            new Rule(HttpMethod.GET, "/published/{council}/{year}/csv/{section}", Access.everyone()),
            // Every signed-in user.
            new Rule(HttpMethod.GET, "/", Access.everyRole()),
            // The annual report: council staff and councillors, of their own council (checked by the controller).
            new Rule(HttpMethod.GET, "/reports", Access.roles(COUNCIL_STAFF)),
            new Rule(HttpMethod.GET, "/reports/{council}/{year}", Access.roles(COUNCIL_STAFF)),
            new Rule(HttpMethod.GET, "/reports/{council}/{year}/returns", Access.roles(COUNCIL_STAFF)),
            new Rule(HttpMethod.GET, "/reports/{council}/{year}/commitments", Access.roles(COUNCIL_STAFF)),
            new Rule(HttpMethod.GET, "/reports/{council}/{year}/report.pdf", Access.roles(COUNCIL_STAFF)),
            new Rule(HttpMethod.GET, "/reports/{council}/{year}/report.xlsx", Access.roles(COUNCIL_STAFF)),
            new Rule(HttpMethod.GET, "/reports/{council}/{year}/csv/{section}", Access.roles(COUNCIL_STAFF)),
            new Rule(HttpMethod.POST, "/reports/{council}/{year}/publish", Access.roles(Role.COUNCIL_ADMIN)),
            new Rule(HttpMethod.GET, "/api/v1/councils/{council}/reports/{year}", Access.roles(COUNCIL_STAFF)),
            new Rule(HttpMethod.POST, "/sign-out", Access.everyRole()));

    /** The core rules, then each area's own list (one file per area keeps the lists short). */
    private static final List<Rule> RULES = Stream.of(
                    CORE,
                    ProcurementAccess.RULES,
                    BidTemplateAccess.RULES,
                    ContractManagementAccess.RULES,
                    DeliveryFollowUpAccess.RULES,
                    CouncilAdminAccess.RULES,
                    AccountAccess.RULES,
                    PortalAccess.RULES,
                    ApiAccess.RULES)
            .flatMap(List::stream)
            .toList();

    private AccessRules() {}

    public static List<Rule> all() {
        return RULES;
    }

    /** The first rule that covers a request, as Spring Security will apply it. */
    public static Optional<Rule> ruleFor(HttpMethod method, String path) {
        return RULES.stream().filter(r -> r.matches(method, path)).findFirst();
    }

    static void apply(
            AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    requests) {
        for (Rule rule : RULES) {
            var matcher = rule.method() == null
                    ? requests.requestMatchers(rule.pattern())
                    : requests.requestMatchers(rule.method(), rule.pattern());
            if (rule.access().isPublic()) {
                matcher.permitAll();
            } else {
                matcher.hasAnyRole(
                        rule.access().roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
        requests.anyRequest().denyAll();
    }
}
