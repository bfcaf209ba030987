package org.svtracker.domain.beyond;

/** The kinds of social value a council creates outside procurement (Oxfordshire and Surrey policies). */
public enum ActivityKind {
    ASSET_SHARING,
    INCLUSIVE_EMPLOYMENT,
    PARTNERSHIP,
    GRANT,
    MARKET_SHAPING,
    BELOW_THRESHOLD_SPEND
}
