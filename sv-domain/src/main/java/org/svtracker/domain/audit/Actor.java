package org.svtracker.domain.audit;

/**
 * Who made a change, as the audit trail records it. A user of the service has an id; the demo
 * loader and other system work act as {@link #system(String)}.
 */
public record Actor(Long userId, String name) {

    public static Actor system(String name) {
        return new Actor(null, name);
    }

    public static Actor user(long userId, String name) {
        return new Actor(userId, name);
    }
}
