package org.svtracker.domain.supplier;

/** Organisation size as government defines SMEs: micro, small, medium, or large. */
public enum SupplierSize {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    public boolean isSme() {
        return this != LARGE;
    }
}
