package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.domain.account.Role;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/**
 * Access rules: Contracts register, creating, editing and awarding contracts, commitments at award.
 * The register and a contract's overview and commitments are read by the three council staff roles
 * that work on contracts; changes are made by procurement officers and council admins, except
 * starting delivery and closing, which contract managers also do.
 */
final class ProcurementAccess {

    private static final Access READERS =
            Access.roles(Role.PROCUREMENT_OFFICER, Role.CONTRACT_MANAGER, Role.COUNCIL_ADMIN);
    private static final Access EDITORS = Access.roles(Role.PROCUREMENT_OFFICER, Role.COUNCIL_ADMIN);

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/contracts", READERS),
            // Before /contracts/{id}, which would otherwise match "new".
            new Rule(HttpMethod.GET, "/contracts/new", EDITORS),
            new Rule(HttpMethod.POST, "/contracts/new", EDITORS),
            new Rule(HttpMethod.GET, "/contracts/{id}", READERS),
            new Rule(HttpMethod.GET, "/contracts/{id}/edit", EDITORS),
            new Rule(HttpMethod.POST, "/contracts/{id}/edit", EDITORS),
            new Rule(HttpMethod.POST, "/contracts/{id}/start-tender", EDITORS),
            new Rule(HttpMethod.GET, "/contracts/{id}/award", EDITORS),
            new Rule(HttpMethod.POST, "/contracts/{id}/award", EDITORS),
            new Rule(HttpMethod.POST, "/contracts/{id}/award/new-supplier", EDITORS),
            new Rule(HttpMethod.POST, "/contracts/{id}/start-delivery", READERS),
            new Rule(HttpMethod.POST, "/contracts/{id}/close", READERS),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments", READERS),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/new", EDITORS),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/new", EDITORS),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/{commitmentId}/edit", EDITORS),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/{commitmentId}/edit", EDITORS),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/{commitmentId}/remove", EDITORS),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/{commitmentId}/remove", EDITORS));

    private ProcurementAccess() {}
}
