package org.svtracker.web.security;

import java.util.List;
import org.svtracker.web.security.AccessRules.Rule;

/** Access rules: The commitments template: download, upload, preview and confirm. */
final class BidTemplateAccess {

    static final List<Rule> RULES = List.of();

    private BidTemplateAccess() {}
}
