package org.svtracker.domain.audit;

/**
 * What an audit event is about. The stored name is what the audit trail's {@code entity_type} column
 * holds and what history pages look their labels up by, so it never changes once written.
 */
public enum AuditedEntity {
    API_TOKEN("ApiToken"),
    BEYOND_PROCUREMENT_ACTIVITY("BeyondProcurementActivity"),
    CASE_STUDY("CaseStudy"),
    COMMITMENT("Commitment"),
    CONTRACT("Contract"),
    COUNCIL("Council"),
    EVIDENCE("Evidence"),
    FRAMEWORK_EDITION("FrameworkEdition"),
    INVITATION("Invitation"),
    MEASURE("Measure"),
    OUTCOME("Outcome"),
    PUBLISHED_REPORT("PublishedReport"),
    REMEDY("Remedy"),
    RETURN("Return"),
    SUPPLIER("Supplier"),
    THEME("Theme"),
    USER_ACCOUNT("UserAccount");

    private final String storedName;

    AuditedEntity(String storedName) {
        this.storedName = storedName;
    }

    /** The name kept in the audit trail. */
    public String storedName() {
        return storedName;
    }
}
