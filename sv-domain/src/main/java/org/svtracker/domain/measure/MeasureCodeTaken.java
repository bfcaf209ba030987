package org.svtracker.domain.measure;

/** Another measure of the council's library already has this code: codes identify measures in files. */
public final class MeasureCodeTaken extends IllegalArgumentException {

    private MeasureCodeTaken(String code) {
        super("The library already has a measure " + code);
    }

    public static MeasureCodeTaken forCode(String code) {
        return new MeasureCodeTaken(code);
    }
}
