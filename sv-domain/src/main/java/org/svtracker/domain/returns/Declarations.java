package org.svtracker.domain.returns;

/**
 * The two declarations a return is submitted with: its data relates only to this contract and this
 * period, and it relates to a commitment in this contract.
 */
public record Declarations(boolean contractAndPeriod, boolean commitment) {

    /** Both made, as a return must be to be submitted. */
    public static final Declarations BOTH = new Declarations(true, true);

    /** None made: a form sent without either box ticked. */
    public static final Declarations NONE = new Declarations(false, false);

    public boolean both() {
        return contractAndPeriod && commitment;
    }
}
