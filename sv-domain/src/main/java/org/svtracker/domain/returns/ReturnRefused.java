package org.svtracker.domain.returns;

import java.util.List;
import java.util.stream.Collectors;
import org.svtracker.domain.evidence.EvidenceRefused;

/**
 * A return the service will not record or change, with every problem found. Nothing of the request
 * is kept. A conflict is a refusal because of where the return stands (it is with the council, or
 * the quarter has a return already) rather than because of what was sent.
 */
public final class ReturnRefused extends RuntimeException {

    private final List<ReturnProblem> problems;
    private final boolean conflict;

    private ReturnRefused(List<ReturnProblem> problems, boolean conflict) {
        super(problems.stream().map(ReturnProblem::messageKey).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    static ReturnRefused invalid(List<ReturnProblem> problems) {
        return new ReturnRefused(problems, false);
    }

    static ReturnRefused conflict(ReturnProblem problem) {
        return new ReturnRefused(List.of(problem), true);
    }

    /** The return is with the council (submitted or decided), so the supplier can no longer change it. */
    static ReturnRefused notEditable(ReturnStatus status) {
        return conflict(ReturnProblem.of(ReturnProblem.RETURN, "return.refused.notEditable." + status.name()));
    }

    /** Only a submitted return is verified, queried or rejected. */
    static ReturnRefused notSubmitted(ReturnStatus status) {
        return conflict(ReturnProblem.of(ReturnProblem.RETURN, "return.refused.notSubmitted." + status.name()));
    }

    static ReturnRefused alreadyReturned(String measureName, String period) {
        return conflict(
                ReturnProblem.of(ReturnProblem.PERIOD, "return.refused.period.alreadyReturned", measureName, period));
    }

    /** An evidence file the evidence policy refused, said the way every other problem of a return is. */
    static ReturnRefused evidence(EvidenceRefused refused) {
        return invalid(List.of(problemOf(refused)));
    }

    static ReturnProblem problemOf(EvidenceRefused refused) {
        return ReturnProblem.of(
                ReturnProblem.EVIDENCE,
                "return.refused.evidence." + refused.reason().name(),
                refused.fileName() == null ? "" : refused.fileName(),
                refused.limitMegabytes());
    }

    public List<ReturnProblem> problems() {
        return problems;
    }

    /** Whether the return's state, not the request's content, is what stands in the way. */
    public boolean conflict() {
        return conflict;
    }

    /** Whether one of the problems is about that field. */
    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
