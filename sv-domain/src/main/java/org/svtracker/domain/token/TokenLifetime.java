package org.svtracker.domain.token;

/** How long a personal access token works: the three choices the form offers. */
public enum TokenLifetime {
    DAYS_30(30),
    DAYS_90(90),
    DAYS_365(365);

    private final int days;

    TokenLifetime(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** The lifetime of a number of days, as the form sends it. */
    public static TokenLifetime ofDays(int days) {
        for (TokenLifetime lifetime : values()) {
            if (lifetime.days == days) {
                return lifetime;
            }
        }
        throw new IllegalArgumentException("A token lasts 30, 90 or 365 days, not " + days);
    }
}
