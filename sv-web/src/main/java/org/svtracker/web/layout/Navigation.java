package org.svtracker.web.layout;

import java.util.List;
import org.svtracker.domain.account.Role;

/** The service navigation of each role: only pages that role may open. */
final class Navigation {

    private static final NavigationItem HOME = new NavigationItem("nav.home", "/", false);
    private static final NavigationItem CONTRACTS = new NavigationItem("nav.contracts", "/contracts", false);
    private static final NavigationItem REPORT = new NavigationItem("nav.report", "/reports", false);

    private Navigation() {}

    static List<NavigationItem> forRole(Role role) {
        return switch (role) {
            case PLATFORM_ADMIN -> List.of(new NavigationItem("nav.councils", "/", false));
            case SUPPLIER ->
                List.of(
                        new NavigationItem("nav.portal", "/", false),
                        new NavigationItem("nav.supplierUsers", "/portal/users", false),
                        new NavigationItem("nav.tokens", "/account/tokens", false));
            case PROCUREMENT_OFFICER -> List.of(HOME, CONTRACTS, REPORT);
            case CONTRACT_MANAGER ->
                List.of(
                        HOME,
                        CONTRACTS,
                        new NavigationItem("nav.reviews", "/reviews", false),
                        new NavigationItem("nav.remedies", "/remedies", false),
                        new NavigationItem("nav.caseStudies", "/case-studies", false),
                        new NavigationItem("nav.activities", "/activities", false),
                        REPORT);
            case COUNCIL_ADMIN ->
                List.of(
                        HOME,
                        CONTRACTS,
                        new NavigationItem("nav.settings", "/admin/settings", false),
                        new NavigationItem("nav.framework", "/admin/framework", false),
                        new NavigationItem("nav.measures", "/admin/measures", false),
                        new NavigationItem("nav.users", "/admin/users", false),
                        REPORT);
            case COUNCILLOR -> List.of(HOME, REPORT);
        };
    }
}
