package org.svtracker.web.security;

import java.util.List;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Contracts register, creating, editing and awarding contracts, commitments at award. */
final class ProcurementAccess {

    static final List<Rule> RULES = List.of();

    private ProcurementAccess() {}
}
