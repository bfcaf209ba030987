package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.domain.account.Role;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Contract delivery pages, the review queue, returns recorded on a supplier's behalf. */
final class ContractManagementAccess {

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/contracts/{id}/delivery", Access.CONTRACT_STAFF),
            new Rule(
                    HttpMethod.POST,
                    "/contracts/{id}/delivery/commitments/{commitmentId}/rag",
                    Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.GET, "/contracts/{id}/history", Access.CONTRACT_STAFF),
            new Rule(HttpMethod.GET, "/contracts/{id}/returns/{returnId}/evidence/{evidenceId}", Access.CONTRACT_STAFF),
            new Rule(HttpMethod.GET, "/contracts/{id}/returns/new", Access.roles(Role.CONTRACT_MANAGER)),
            new Rule(HttpMethod.POST, "/contracts/{id}/returns/new", Access.roles(Role.CONTRACT_MANAGER)),
            new Rule(HttpMethod.GET, "/reviews", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.GET, "/reviews/{returnId}", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/reviews/{returnId}/verify", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/reviews/{returnId}/query", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/reviews/{returnId}/reject", Access.CONTRACT_MANAGEMENT));

    private ContractManagementAccess() {}
}
