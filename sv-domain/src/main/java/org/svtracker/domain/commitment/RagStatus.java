package org.svtracker.domain.commitment;

/** How delivery of a commitment or contract stands against what was expected by now. */
public enum RagStatus {
    NOT_STARTED("Not started"),
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green"),
    COMPLETE("Complete");

    private final String label;

    RagStatus(String label) {
        this.label = label;
    }

    /** The words shown to people, as the councils write them. */
    public String label() {
        return label;
    }
}
