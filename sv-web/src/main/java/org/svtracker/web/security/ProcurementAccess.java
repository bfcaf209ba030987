package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/**
 * Access rules: Contracts register, creating, editing and awarding contracts, commitments at award.
 * The register and a contract's overview and commitments are read by the three council staff roles
 * that work on contracts; changes are made by procurement officers and council admins, except
 * starting delivery and closing, which contract managers also do.
 */
final class ProcurementAccess {

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/contracts", Access.CONTRACT_STAFF),
            // Before /contracts/{id}, which would otherwise match "new".
            new Rule(HttpMethod.GET, "/contracts/new", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/new", Access.PROCUREMENT),
            new Rule(HttpMethod.GET, "/contracts/{id}", Access.CONTRACT_STAFF),
            new Rule(HttpMethod.GET, "/contracts/{id}/edit", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/edit", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/start-tender", Access.PROCUREMENT),
            new Rule(HttpMethod.GET, "/contracts/{id}/award", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/award", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/award/new-supplier", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/start-delivery", Access.CONTRACT_STAFF),
            new Rule(HttpMethod.POST, "/contracts/{id}/close", Access.CONTRACT_STAFF),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments", Access.CONTRACT_STAFF),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/new", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/new", Access.PROCUREMENT),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/{commitmentId}/edit", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/{commitmentId}/edit", Access.PROCUREMENT),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/{commitmentId}/remove", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/{commitmentId}/remove", Access.PROCUREMENT));

    private ProcurementAccess() {}
}
