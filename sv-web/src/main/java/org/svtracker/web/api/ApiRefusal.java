package org.svtracker.web.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request the API refuses, with the field-level errors that say why; answered as a problem detail. */
final class ApiRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String detailKey;
    private final Object[] detailArguments;
    private final List<FieldProblem> errors;

    private ApiRefusal(HttpStatus status, String detailKey, List<FieldProblem> errors, Object... detailArguments) {
        super(detailKey);
        this.status = status;
        this.detailKey = detailKey;
        this.detailArguments = detailArguments.clone();
        this.errors = List.copyOf(errors);
    }

    /** 422: the request is well formed but its content cannot be accepted. */
    static ApiRefusal unprocessable(List<FieldProblem> errors) {
        return new ApiRefusal(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.422.detail", errors);
    }

    static ApiRefusal unprocessable(String field, String detail) {
        return unprocessable(List.of(new FieldProblem(field, detail)));
    }

    /** 409: the resource's state refuses the request; the detail says why in words. */
    static ApiRefusal conflict(String detail, List<FieldProblem> errors) {
        return new ApiRefusal(HttpStatus.CONFLICT, "api.problem.refused", errors, detail);
    }

    /** 400: a required header is missing or malformed. */
    static ApiRefusal badRequest(String field, String detail) {
        return new ApiRefusal(
                HttpStatus.BAD_REQUEST, "api.problem.400.detail", List.of(new FieldProblem(field, detail)));
    }

    HttpStatus status() {
        return status;
    }

    String detailKey() {
        return detailKey;
    }

    Object[] detailArguments() {
        return detailArguments.clone();
    }

    List<FieldProblem> errors() {
        return errors;
    }
}
