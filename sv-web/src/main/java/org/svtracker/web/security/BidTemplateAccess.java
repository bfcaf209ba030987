package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.domain.account.Role;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: The commitments template: download, upload, preview and confirm. */
final class BidTemplateAccess {

    /** Who works a contract's commitments with the bidder: the procurement officer, and the council admin. */
    private static final Access OFFICERS = Access.roles(Role.PROCUREMENT_OFFICER, Role.COUNCIL_ADMIN);

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/template.xlsx", OFFICERS),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/template.csv", OFFICERS),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/upload", OFFICERS),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/upload", OFFICERS),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/upload/{upload}", OFFICERS),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/upload/{upload}/confirm", OFFICERS));

    private BidTemplateAccess() {}
}
