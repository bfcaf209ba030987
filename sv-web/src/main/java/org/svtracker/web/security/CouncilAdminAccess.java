package org.svtracker.web.security;

import java.util.List;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Council settings, the framework and the measure library. */
final class CouncilAdminAccess {

    static final List<Rule> RULES = List.of();

    private CouncilAdminAccess() {}
}
