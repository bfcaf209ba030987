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
            new Rule(HttpMethod.GET, "/admin/settings", ADMIN),
            new Rule(HttpMethod.POST, "/admin/settings", ADMIN),
            new Rule(HttpMethod.GET, "/admin/framework", ADMIN),
            new Rule(HttpMethod.GET, "/admin/framework/themes/new", ADMIN),
            new Rule(HttpMethod.POST, "/admin/framework/themes/new", ADMIN),
            new Rule(HttpMethod.GET, "/admin/framework/themes/{themeId}/rename", ADMIN),
            new Rule(HttpMethod.POST, "/admin/framework/themes/{themeId}/rename", ADMIN),
            new Rule(HttpMethod.GET, "/admin/framework/themes/{themeId}/outcomes/new", ADMIN),
            new Rule(HttpMethod.POST, "/admin/framework/themes/{themeId}/outcomes/new", ADMIN),
            new Rule(HttpMethod.GET, "/admin/framework/outcomes/{outcomeId}/rename", ADMIN),
            new Rule(HttpMethod.POST, "/admin/framework/outcomes/{outcomeId}/rename", ADMIN),
            new Rule(HttpMethod.GET, "/admin/framework/outcomes/{outcomeId}/retire", ADMIN),
            new Rule(HttpMethod.POST, "/admin/framework/outcomes/{outcomeId}/retire", ADMIN),
            new Rule(HttpMethod.GET, "/admin/measures", ADMIN),
            new Rule(HttpMethod.GET, "/admin/measures/new", ADMIN),
            new Rule(HttpMethod.POST, "/admin/measures/new", ADMIN),
            new Rule(HttpMethod.GET, "/admin/measures/import", ADMIN),
            new Rule(HttpMethod.POST, "/admin/measures/import", ADMIN),
            new Rule(HttpMethod.GET, "/admin/measures/import/example.csv", ADMIN),
            new Rule(HttpMethod.GET, "/admin/measures/shared", ADMIN),
            new Rule(HttpMethod.GET, "/admin/measures/shared/{sharedId}/adopt", ADMIN),
            new Rule(HttpMethod.POST, "/admin/measures/shared/{sharedId}/adopt", ADMIN),
            new Rule(HttpMethod.GET, "/admin/measures/{measureId}", ADMIN),
            new Rule(HttpMethod.GET, "/admin/measures/{measureId}/edit", ADMIN),
            new Rule(HttpMethod.POST, "/admin/measures/{measureId}/edit", ADMIN),
            new Rule(HttpMethod.GET, "/admin/measures/{measureId}/proxies/new", ADMIN),
            new Rule(HttpMethod.POST, "/admin/measures/{measureId}/proxies/new", ADMIN));

    private CouncilAdminAccess() {}
}
