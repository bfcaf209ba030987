package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.domain.account.Role;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/**
 * Access rules: The supplier portal: contracts, returns and evidence. Supplier users only; which
 * supplier's records they reach is decided by the queries, from the signed-in user.
 */
final class PortalAccess {

    private static final Access SUPPLIERS = Access.roles(Role.SUPPLIER);

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/portal/contracts/{contractId}", SUPPLIERS),
            new Rule(HttpMethod.GET, "/portal/commitments/{commitmentId}/returns/new", SUPPLIERS),
            new Rule(HttpMethod.POST, "/portal/commitments/{commitmentId}/returns/new", SUPPLIERS),
            new Rule(HttpMethod.GET, "/portal/returns/{returnId}", SUPPLIERS),
            new Rule(HttpMethod.GET, "/portal/returns/{returnId}/edit", SUPPLIERS),
            new Rule(HttpMethod.POST, "/portal/returns/{returnId}/edit", SUPPLIERS),
            new Rule(HttpMethod.GET, "/portal/returns/{returnId}/evidence/{evidenceId}", SUPPLIERS),
            new Rule(HttpMethod.POST, "/portal/returns/{returnId}/evidence/{evidenceId}/remove", SUPPLIERS));

    private PortalAccess() {}
}
