package org.svtracker.web.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.svtracker.web.security.AccessRules.Access;
import org.svtracker.web.security.AccessRules.Rule;

/**
 * Access rules: Remedies, case studies and beyond-procurement activities. Contract managers and
 * council admins do the follow-up work; every member of the council's staff may read its recovery
 * plans. Literal paths come before the patterns that would also match them.
 */
final class DeliveryFollowUpAccess {

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/remedies", Access.roles(AccessRules.COUNCIL_STAFF)),
            new Rule(HttpMethod.GET, "/remedies/new", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.GET, "/remedies/{remedyId}", Access.roles(AccessRules.COUNCIL_STAFF)),
            new Rule(HttpMethod.POST, "/remedies/{remedyId}/close", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/remedies/{remedyId}/penalty", Access.CONTRACT_MANAGEMENT),
            new Rule(
                    HttpMethod.GET,
                    "/contracts/{contractId}/commitments/{commitmentId}/remedies/new",
                    Access.CONTRACT_MANAGEMENT),
            new Rule(
                    HttpMethod.POST,
                    "/contracts/{contractId}/commitments/{commitmentId}/remedies/new",
                    Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.GET, "/case-studies", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.GET, "/case-studies/new", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/case-studies/new", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.GET, "/case-studies/{caseStudyId}/edit", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/case-studies/{caseStudyId}/edit", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/case-studies/{caseStudyId}/publish", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/case-studies/{caseStudyId}/unpublish", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.GET, "/activities", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.GET, "/activities/new", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/activities/new", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.GET, "/activities/{activityId}/edit", Access.CONTRACT_MANAGEMENT),
            new Rule(HttpMethod.POST, "/activities/{activityId}/edit", Access.CONTRACT_MANAGEMENT));

    private DeliveryFollowUpAccess() {}
}
