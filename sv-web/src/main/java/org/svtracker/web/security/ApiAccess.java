package org.svtracker.web.security;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.svtracker.domain.account.Role;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/**
 * Access rules: Personal access tokens and the JSON API. The API's write routes are open to every
 * method for suppliers, so that a method a route does not take answers 405 rather than 403; council
 * staff only read, and their tokens are refused any write before these rules (ApiSecurityConfiguration).
 */
final class ApiAccess {

    private static final Role[] TOKEN_HOLDERS = Stream.concat(
                    Stream.of(Role.SUPPLIER), Stream.of(AccessRules.COUNCIL_STAFF))
            .toArray(Role[]::new);

    static final List<Rule> RULES = List.of(
            // Personal access tokens: supplier users and council staff, each their own.
            new Rule(HttpMethod.GET, "/account/tokens", Access.roles(TOKEN_HOLDERS)),
            new Rule(HttpMethod.GET, "/account/tokens/new", Access.roles(TOKEN_HOLDERS)),
            new Rule(HttpMethod.POST, "/account/tokens/new", Access.roles(TOKEN_HOLDERS)),
            new Rule(HttpMethod.POST, "/account/tokens/{id}/revoke", Access.roles(TOKEN_HOLDERS)),
            // The API reference, public like the OpenAPI description it is drawn from.
            new Rule(HttpMethod.GET, "/api-reference", Access.everyone()),
            // The JSON API: suppliers read and write their own; council staff read their council's.
            new Rule(HttpMethod.GET, "/api/v1/contracts", Access.roles(TOKEN_HOLDERS)),
            new Rule(null, "/api/v1/contracts", Access.roles(Role.SUPPLIER)),
            new Rule(HttpMethod.GET, "/api/v1/returns/{id}", Access.roles(TOKEN_HOLDERS)),
            new Rule(null, "/api/v1/returns", Access.roles(Role.SUPPLIER)),
            new Rule(null, "/api/v1/returns/{id}", Access.roles(Role.SUPPLIER)),
            new Rule(null, "/api/v1/returns/{id}/submission", Access.roles(Role.SUPPLIER)),
            new Rule(null, "/api/v1/returns/{id}/evidence", Access.roles(Role.SUPPLIER)));

    private ApiAccess() {}
}
