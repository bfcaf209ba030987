package org.svtracker.web.security;

import java.util.List;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Contract delivery pages, the review queue, returns recorded on a supplier's behalf. */
final class ContractManagementAccess {

    static final List<Rule> RULES = List.of();

    private ContractManagementAccess() {}
}
