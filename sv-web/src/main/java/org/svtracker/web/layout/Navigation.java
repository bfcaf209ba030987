package org.svtracker.web.layout;

import java.util.List;
import org.svtracker.domain.account.Role;

/** The service navigation of each role: only pages that role may open. */
final class Navigation {

    private Navigation() {}

    static List<NavigationItem> forRole(Role role) {
        return switch (role) {
            case PLATFORM_ADMIN -> List.of(new NavigationItem("nav.councils", "/", false));
            case SUPPLIER -> List.of(new NavigationItem("nav.home", "/", false));
            case COUNCIL_ADMIN, PROCUREMENT_OFFICER, CONTRACT_MANAGER, COUNCILLOR ->
                List.of(
                        new NavigationItem("nav.home", "/", false),
                        new NavigationItem("nav.report", "/reports", false));
        };
    }
}
