package org.svtracker.domain.casestudy;

/** No case study with this id in the council: it does not exist, or it is another council's. */
public final class CaseStudyNotFound extends RuntimeException {

    private CaseStudyNotFound(String message) {
        super(message);
    }

    public static CaseStudyNotFound forId(long id) {
        return new CaseStudyNotFound("No case study " + id + " in this council");
    }
}
