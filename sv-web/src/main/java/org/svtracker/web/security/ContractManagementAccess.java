package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.domain.account.Role;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: Contract delivery pages, the review queue, returns recorded on a supplier's behalf. */
final class ContractManagementAccess {

    /** The council's staff who work on contracts; councillors read the report instead. */
    private static final Access STAFF =
            Access.roles(Role.COUNCIL_ADMIN, Role.PROCUREMENT_OFFICER, Role.CONTRACT_MANAGER);

    /** Who decides on returns and sets a narrative commitment's RAG. */
    private static final Access REVIEWERS = Access.roles(Role.CONTRACT_MANAGER, Role.COUNCIL_ADMIN);

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/contracts/{id}/delivery", STAFF),
            new Rule(HttpMethod.POST, "/contracts/{id}/delivery/commitments/{commitmentId}/rag", REVIEWERS),
            new Rule(HttpMethod.GET, "/contracts/{id}/history", STAFF),
            new Rule(HttpMethod.GET, "/contracts/{id}/returns/{returnId}/evidence/{evidenceId}", STAFF),
            new Rule(HttpMethod.GET, "/contracts/{id}/returns/new", Access.roles(Role.CONTRACT_MANAGER)),
            new Rule(HttpMethod.POST, "/contracts/{id}/returns/new", Access.roles(Role.CONTRACT_MANAGER)),
            new Rule(HttpMethod.GET, "/reviews", REVIEWERS),
            new Rule(HttpMethod.GET, "/reviews/{returnId}", REVIEWERS),
            new Rule(HttpMethod.POST, "/reviews/{returnId}/verify", REVIEWERS),
            new Rule(HttpMethod.POST, "/reviews/{returnId}/query", REVIEWERS),
            new Rule(HttpMethod.POST, "/reviews/{returnId}/reject", REVIEWERS));

    private ContractManagementAccess() {}
}
