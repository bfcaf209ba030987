package org.svtracker.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.svtracker.web.layout.Messages;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details for everything under /api: the security filters' 401 and 403 and
 * the exception resolver's answers. The title and detail come from messages/api.properties; the body
 * carries the request's correlation id, never an exception or a stack trace.
 */
@Component
public class ProblemResponses {

    private final Messages messages;
    private final JsonMapper json;

    ProblemResponses(Messages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem whose title is {@code api.problem.<status>.title} and detail the message of {@code detailKey}. */
    public ProblemDetail problem(HttpStatusCode status, String detailKey, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        String reason = status instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
        problem.setTitle(messages.text(new DefaultMessageSourceResolvable(
                new String[] {"api.problem." + status.value() + ".title"}, null, reason)));
        problem.setDetail(message(detailKey, arguments));
        return problem;
    }

    /** Adds the field-level errors, as an {@code errors} array of {@code field} and {@code detail}. */
    public ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", List.copyOf(errors));
        }
        return problem;
    }

    public String message(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    /** Writes the problem as {@code application/problem+json}, with its instance and the correlation id. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json.writeValueAsBytes(body(request, problem)));
        response.flushBuffer();
    }

    private static Map<String, Object> body(HttpServletRequest request, ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "type",
                problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        Object correlationId = request.getAttribute("correlationId");
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
