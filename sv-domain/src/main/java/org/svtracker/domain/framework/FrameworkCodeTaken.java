package org.svtracker.domain.framework;

/** A theme or outcome code that the edition already uses: codes identify them in files and reports. */
public final class FrameworkCodeTaken extends IllegalArgumentException {

    private final String code;

    private FrameworkCodeTaken(String code) {
        super("This edition already uses the code " + code);
        this.code = code;
    }

    public static FrameworkCodeTaken forCode(String code) {
        return new FrameworkCodeTaken(code);
    }

    public String code() {
        return code;
    }
}
