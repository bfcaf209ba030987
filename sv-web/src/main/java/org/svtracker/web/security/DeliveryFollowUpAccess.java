package org.svtracker.web.security;

import java.util.List;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Remedies, case studies and beyond-procurement activities. */
final class DeliveryFollowUpAccess {

    static final List<Rule> RULES = List.of();

    private DeliveryFollowUpAccess() {}
}
