package org.svtracker.domain.account;

/** What a user does in the product; each role sees its own pages. */
public enum Role {
    PLATFORM_ADMIN("Platform admin"),
    COUNCIL_ADMIN("Council admin"),
    PROCUREMENT_OFFICER("Procurement officer"),
    CONTRACT_MANAGER("Contract manager"),
    SUPPLIER("Supplier user"),
    COUNCILLOR("Councillor");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Council staff belong to exactly one council. */
    public boolean isCouncilStaff() {
        return this == COUNCIL_ADMIN || this == PROCUREMENT_OFFICER || this == CONTRACT_MANAGER || this == COUNCILLOR;
    }
}
