package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.domain.account.Role;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/**
 * Access rules: Remedies, case studies and beyond-procurement activities. Contract managers and
 * council admins do the follow-up work; every member of the council's staff may read its recovery
 * plans. Literal paths come before the patterns that would also match them.
 */
final class DeliveryFollowUpAccess {

    private static final Access FOLLOW_UP = Access.roles(Role.CONTRACT_MANAGER, Role.COUNCIL_ADMIN);

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/remedies", Access.roles(AccessRules.COUNCIL_STAFF)),
            new Rule(HttpMethod.GET, "/remedies/new", FOLLOW_UP),
            new Rule(HttpMethod.GET, "/remedies/{remedyId}", Access.roles(AccessRules.COUNCIL_STAFF)),
            new Rule(HttpMethod.POST, "/remedies/{remedyId}/close", FOLLOW_UP),
            new Rule(HttpMethod.POST, "/remedies/{remedyId}/penalty", FOLLOW_UP),
            new Rule(HttpMethod.GET, "/contracts/{contractId}/commitments/{commitmentId}/remedies/new", FOLLOW_UP),
            new Rule(HttpMethod.POST, "/contracts/{contractId}/commitments/{commitmentId}/remedies/new", FOLLOW_UP),
            new Rule(HttpMethod.GET, "/case-studies", FOLLOW_UP),
            new Rule(HttpMethod.GET, "/case-studies/new", FOLLOW_UP),
            new Rule(HttpMethod.POST, "/case-studies/new", FOLLOW_UP),
            new Rule(HttpMethod.GET, "/case-studies/{caseStudyId}/edit", FOLLOW_UP),
            new Rule(HttpMethod.POST, "/case-studies/{caseStudyId}/edit", FOLLOW_UP),
            new Rule(HttpMethod.POST, "/case-studies/{caseStudyId}/publish", FOLLOW_UP),
            new Rule(HttpMethod.POST, "/case-studies/{caseStudyId}/unpublish", FOLLOW_UP),
            new Rule(HttpMethod.GET, "/activities", FOLLOW_UP),
            new Rule(HttpMethod.GET, "/activities/new", FOLLOW_UP),
            new Rule(HttpMethod.POST, "/activities/new", FOLLOW_UP),
            new Rule(HttpMethod.GET, "/activities/{activityId}/edit", FOLLOW_UP),
            new Rule(HttpMethod.POST, "/activities/{activityId}/edit", FOLLOW_UP));

    private DeliveryFollowUpAccess() {}
}
