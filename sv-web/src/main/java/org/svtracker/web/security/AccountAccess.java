package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.domain.account.Role;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Users, invitations, password reset and the demo outbox. */
final class AccountAccess {

    static final List<Rule> RULES = List.of(
            // Following a link from a mail, and asking for one, happen before anyone signs in.
            new Rule(HttpMethod.GET, "/invitations/{token}", Access.everyone()),
            new Rule(HttpMethod.POST, "/invitations/{token}", Access.everyone()),
            new Rule(HttpMethod.GET, "/password-reset", Access.everyone()),
            new Rule(HttpMethod.POST, "/password-reset", Access.everyone()),
            new Rule(HttpMethod.GET, "/password-reset/complete", Access.everyone()),
            new Rule(HttpMethod.GET, "/password-reset/{token}", Access.everyone()),
            new Rule(HttpMethod.POST, "/password-reset/{token}", Access.everyone()),
            // Council staff invite contacts of the suppliers they hold contracts with.
            new Rule(HttpMethod.GET, "/supplier-invitations/new", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/supplier-invitations/new", Access.CONTRACT_MANAGEMENT),
            // The council admin manages the council's users.
            new Rule(HttpMethod.GET, "/admin/users", Access.roles(Role.COUNCIL_ADMIN)),
            new Rule(HttpMethod.GET, "/admin/users/invite", Access.roles(Role.COUNCIL_ADMIN)),
            new Rule(HttpMethod.POST, "/admin/users/invite", Access.roles(Role.COUNCIL_ADMIN)),
            new Rule(HttpMethod.POST, "/admin/users/{id}/disable", Access.roles(Role.COUNCIL_ADMIN)),
            new Rule(HttpMethod.POST, "/admin/users/{id}/enable", Access.roles(Role.COUNCIL_ADMIN)),
            // A supplier's users see and invite their colleagues.
            new Rule(HttpMethod.GET, "/portal/users", Access.roles(Role.SUPPLIER)),
            new Rule(HttpMethod.GET, "/portal/users/invite", Access.roles(Role.SUPPLIER)),
            new Rule(HttpMethod.POST, "/portal/users/invite", Access.roles(Role.SUPPLIER)),
            // The demo outbox (404 outside demo mode).
            new Rule(HttpMethod.GET, "/outbox", Access.roles(Role.PLATFORM_ADMIN)),
            new Rule(HttpMethod.GET, "/outbox/{id}", Access.roles(Role.PLATFORM_ADMIN)));

    private AccountAccess() {}
}
