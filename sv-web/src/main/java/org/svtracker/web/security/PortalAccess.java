package org.svtracker.web.security;

import java.util.List;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: The supplier portal: contracts, returns and evidence. */
final class PortalAccess {

    static final List<Rule> RULES = List.of();

    private PortalAccess() {}
}
