package org.svtracker.web.security;

import java.util.List;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Personal access tokens and the JSON API. */
final class ApiAccess {

    static final List<Rule> RULES = List.of();

    private ApiAccess() {}
}
