package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: The commitments template: download, upload, preview and confirm. */
final class BidTemplateAccess {

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/template.xlsx", Access.PROCUREMENT),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/template.csv", Access.PROCUREMENT),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/upload", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/upload", Access.PROCUREMENT),
            new Rule(HttpMethod.GET, "/contracts/{id}/commitments/upload/{upload}", Access.PROCUREMENT),
            new Rule(HttpMethod.POST, "/contracts/{id}/commitments/upload/{upload}/confirm", Access.PROCUREMENT));

    private BidTemplateAccess() {}
}
