package org.svtracker.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a short id that goes into every log line of the request and onto the error
 * page, so that a user can quote it and support can find the stack trace that the page never shows.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = "correlationId";
    private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);
    private static final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = correlationIdOf(request);
        MDC.put(ATTRIBUTE, id);
        response.setHeader("X-Correlation-Id", id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            log.error("Request {} {} failed [correlation id {}]", request.getMethod(), request.getRequestURI(), id, e);
            throw e;
        } finally {
            MDC.remove(ATTRIBUTE);
        }
    }

    /** The error dispatch of a failed request keeps the request's id. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static String correlationIdOf(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String id) {
            return id;
        }
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
