package org.svtracker.domain.returns;

import java.util.List;

/**
 * One reason a return was refused: the field it is about ({@code quantity}, {@code narrative},
 * {@code declarations}, {@code period}, {@code evidence} or {@code return} for the return as a
 * whole), the key of the message that says what is wrong, and the message's arguments. Every way
 * of recording a return shows the same message for the same problem.
 */
public record ReturnProblem(String field, String messageKey, List<Object> arguments) {

    public static final String QUANTITY = "quantity";
    public static final String NARRATIVE = "narrative";
    public static final String DECLARATIONS = "declarations";
    public static final String PERIOD = "period";
    public static final String EVIDENCE = "evidence";
    public static final String RETURN = "return";
    public static final String REASON = "reason";

    public ReturnProblem {
        arguments = List.copyOf(arguments);
    }

    static ReturnProblem of(String field, String messageKey, Object... arguments) {
        return new ReturnProblem(field, messageKey, List.of(arguments));
    }

    /** The arguments as the message source takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
