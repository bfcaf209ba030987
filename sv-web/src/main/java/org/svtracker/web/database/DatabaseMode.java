package org.svtracker.web.database;

import org.springframework.core.env.Environment;

/**
 * Where the data lives: the PostgreSQL named by {@code SV_DB_URL} (production), or an embedded
 * PostgreSQL started by the application itself (demo mode).
 */
public enum DatabaseMode {
    EXTERNAL,
    EMBEDDED;

    /** Tests switch the embedded server off ({@code sv.embedded-database.enabled=false}) and bring their own. */
    public static DatabaseMode of(Environment environment) {
        String url = environment.getProperty("sv.db.url", "");
        if (!url.isBlank()) {
            return EXTERNAL;
        }
        return environment.getProperty("sv.embedded-database.enabled", Boolean.class, true) ? EMBEDDED : null;
    }
}
