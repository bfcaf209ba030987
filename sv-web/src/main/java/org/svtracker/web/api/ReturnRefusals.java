package org.svtracker.web.api;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.svtracker.domain.returns.Declarations;
import org.svtracker.domain.returns.ReturnProblem;
import org.svtracker.domain.returns.ReturnRefused;

/**
 * A refused return as the API answers it: the domain's problems, in the same words as the pages,
 * under the API's field names ({@code whatWasDone} for what was done, {@code file} for evidence,
 * each declaration by name). A problem of the content is a 422; one of the return's state a 409.
 */
@Component
record ReturnRefusals(ProblemResponses problems) {

    /** {@code declared} are the declarations the request made, when it made any. */
    ApiRefusal toApi(ReturnRefused refused, Declarations declared) {
        List<FieldProblem> errors = fieldProblems(refused.problems(), declared);
        if (refused.conflict()) {
            return ApiRefusal.conflict(errors.get(0).detail(), errors);
        }
        return ApiRefusal.unprocessable(errors);
    }

    List<FieldProblem> fieldProblems(List<ReturnProblem> found, Declarations declared) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ReturnProblem problem : found) {
            String detail = problems.message(problem.messageKey(), problem.argumentArray());
            for (String field : fieldsOf(problem.field(), declared)) {
                errors.add(new FieldProblem(field, detail));
            }
        }
        return errors;
    }

    private static List<String> fieldsOf(String field, Declarations declared) {
        return switch (field) {
            case ReturnProblem.NARRATIVE -> List.of("whatWasDone");
            case ReturnProblem.EVIDENCE -> List.of("file");
            case ReturnProblem.DECLARATIONS -> missingDeclarations(declared);
            default -> List.of(field);
        };
    }

    private static List<String> missingDeclarations(Declarations declared) {
        Declarations made = declared == null ? Declarations.NONE : declared;
        List<String> fields = new ArrayList<>();
        if (!made.contractAndPeriod()) {
            fields.add("declarations.contractAndPeriod");
        }
        if (!made.commitment()) {
            fields.add("declarations.commitment");
        }
        return fields;
    }
}
