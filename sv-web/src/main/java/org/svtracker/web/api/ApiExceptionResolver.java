package org.svtracker.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.svtracker.domain.commitment.CommitmentNotFound;
import org.svtracker.domain.contract.ContractNotFound;
import org.svtracker.domain.council.CouncilNotFound;
import org.svtracker.domain.framework.FrameworkNotFound;
import org.svtracker.domain.measure.MeasureNotFound;
import org.svtracker.domain.returns.ReturnNotFound;
import org.svtracker.domain.returns.ReturnRefused;
import org.svtracker.domain.token.IdempotencyKeyReused;
import org.svtracker.web.errors.PageNotFound;
import org.svtracker.web.layout.Messages;
import tools.jackson.databind.DatabindException;

/**
 * Every failure of a request under /api becomes an RFC 9457 problem detail, never an HTML page and
 * never a stack trace: whatever controller answered (the annual report's JSON included), and also
 * when none did (no such route, a method or content type the route does not take). It runs before
 * Spring's own resolvers and leaves every other path to them and to the error pages.
 */
@Component
record ApiExceptionResolver(ProblemResponses problems, Messages messages, ReturnRefusals returnRefusals)
        implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    @Override
    public int getOrder() {
        // After DefaultErrorAttributes (which only notes the exception), before everything else.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") || response.isCommitted()) {
            return null;
        }
        try {
            ProblemDetail problem = problemFor(ex, response);
            if (problem.getStatus() >= 500) {
                log.error("API request {} {} failed", request.getMethod(), path, ex);
            }
            problems.write(request, response, problem);
            return new ModelAndView();
        } catch (IOException e) {
            log.warn("Could not write the problem detail of {} {}", request.getMethod(), path, e);
            return null;
        }
    }

    private ProblemDetail problemFor(Exception ex, HttpServletResponse response) {
        if (ex instanceof ApiRefusal refusal) {
            return problems.withErrors(
                    problems.problem(refusal.status(), refusal.detailKey(), refusal.detailArguments()),
                    refusal.errors());
        }
        if (ex instanceof ReturnRefused refused) {
            return problemFor(returnRefusals.toApi(refused, null), response);
        }
        if (ex instanceof CouncilNotFound
                || ex instanceof ContractNotFound
                || ex instanceof CommitmentNotFound
                || ex instanceof ReturnNotFound
                || ex instanceof MeasureNotFound
                || ex instanceof FrameworkNotFound
                || ex instanceof PageNotFound
                || ex instanceof NoResourceFoundException) {
            return problems.problem(HttpStatus.NOT_FOUND, "api.problem.404.detail");
        }
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return invalidFields(invalid.getBindingResult());
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            List<FieldProblem> errors = new ArrayList<>();
            invalid.getParameterValidationResults()
                    .forEach(result -> result.getResolvableErrors()
                            .forEach(error -> errors.add(new FieldProblem(
                                    result.getMethodParameter().getParameterName(), messages.text(error)))));
            return problems.withErrors(problems.problem(HttpStatus.BAD_REQUEST, "api.problem.400.detail"), errors);
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            List<FieldProblem> errors = new ArrayList<>();
            if (unreadable.getCause() instanceof DatabindException databind
                    && !databind.getPath().isEmpty()) {
                String field = databind.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[");
                errors.add(new FieldProblem(field, problems.message("api.problem.400.fieldType")));
            }
            return problems.withErrors(problems.problem(HttpStatus.BAD_REQUEST, "api.problem.400.malformed"), errors);
        }
        if (ex instanceof TypeMismatchException mismatch) {
            return problems.withErrors(
                    problems.problem(HttpStatus.BAD_REQUEST, "api.problem.400.detail"),
                    List.of(new FieldProblem(
                            mismatch.getPropertyName(), problems.message("api.problem.400.fieldType"))));
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return problems.withErrors(
                    problems.problem(HttpStatus.BAD_REQUEST, "api.problem.400.detail"),
                    List.of(new FieldProblem(
                            missing.getHeaderName(), problems.message("api.problem.400.missingHeader"))));
        }
        if (ex instanceof MissingServletRequestPartException missing) {
            return problems.withErrors(
                    problems.problem(HttpStatus.BAD_REQUEST, "api.problem.400.detail"),
                    List.of(new FieldProblem(
                            missing.getRequestPartName(), problems.message("api.problem.400.missingPart"))));
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "api.problem.413.detail");
        }
        if (ex instanceof MultipartException) {
            return problems.problem(HttpStatus.BAD_REQUEST, "api.problem.400.multipart");
        }
        if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
            String allowed = unsupported.getSupportedHttpMethods() == null
                    ? ""
                    : unsupported.getSupportedHttpMethods().stream()
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
            response.setHeader("Allow", allowed);
            return problems.problem(
                    HttpStatus.METHOD_NOT_ALLOWED, "api.problem.405.detail", unsupported.getMethod(), allowed);
        }
        if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
            String accepted = unsupported.getSupportedMediaTypes().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            response.setHeader("Accept", accepted);
            return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.415.detail", accepted);
        }
        if (ex instanceof IdempotencyKeyReused) {
            return problems.withErrors(
                    problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.422.idempotencyKeyReused"),
                    List.of(new FieldProblem(
                            "Idempotency-Key", problems.message("api.problem.422.idempotencyKeyReusedField"))));
        }
        if (ex instanceof ObjectOptimisticLockingFailureException) {
            return problems.problem(HttpStatus.CONFLICT, "api.problem.409.stale");
        }
        if (ex instanceof DataIntegrityViolationException) {
            return problems.problem(HttpStatus.CONFLICT, "api.problem.409.detail");
        }
        if (ex instanceof AccessDeniedException) {
            return problems.problem(HttpStatus.FORBIDDEN, "api.problem.403.detail");
        }
        if (ex instanceof IllegalArgumentException refused) {
            // The domain's refusals say in plain words what is wrong with the request.
            return problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.refused", refused.getMessage());
        }
        if (ex instanceof IllegalStateException refused) {
            return problems.problem(HttpStatus.CONFLICT, "api.problem.refused", refused.getMessage());
        }
        if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatusCode status = known.getStatusCode();
            known.getHeaders().forEach((name, values) -> response.setHeader(name, String.join(", ", values)));
            return problems.problem(status, "api.problem.4xx.detail");
        }
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.500.detail");
    }

    private ProblemDetail invalidFields(BindingResult result) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), messages.text(error)));
        }
        result.getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), messages.text(error))));
        return problems.withErrors(
                problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.422.detail"), errors);
    }
}
