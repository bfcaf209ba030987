package org.svtracker.web.security;

import java.util.List;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Users, invitations, password reset and the demo outbox. */
final class AccountAccess {

    static final List<Rule> RULES = List.of();

    private AccountAccess() {}
}
