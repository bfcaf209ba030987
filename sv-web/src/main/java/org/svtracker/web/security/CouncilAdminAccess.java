package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.domain.account.Role;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Council settings, the framework and the measure library. */
final class CouncilAdminAccess {

    /** Only a council admin reads or changes these pages; everyone else is refused. */
    private static final Access ADMIN = Access.roles(Role.COUNCIL_ADMIN);

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/admin/settings", ADMIN), new Rule(HttpMethod.POST, "/admin/settings", ADMIN));

    private CouncilAdminAccess() {}
}
