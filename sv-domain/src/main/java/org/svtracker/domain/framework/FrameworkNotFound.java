package org.svtracker.domain.framework;

public final class FrameworkNotFound extends RuntimeException {

    private FrameworkNotFound(String message) {
        super(message);
    }

    public static FrameworkNotFound forCouncil(long councilId) {
        return new FrameworkNotFound("Council " + councilId + " has no framework in force");
    }

    public static FrameworkNotFound forTheme(long themeId) {
        return new FrameworkNotFound("No theme " + themeId + " in this council");
    }

    public static FrameworkNotFound forOutcome(long outcomeId) {
        return new FrameworkNotFound("No outcome " + outcomeId + " in this council");
    }
}
