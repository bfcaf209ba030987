package org.svtracker.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@ExtendWith(OutputCaptureExtension.class)
class CorrelationIdFilterTests {

    private final CorrelationIdFilter filter = new CorrelationIdFilter();

    @Test
    void aFailedRequestIsLoggedWithItsIdAndTheStackTrace(CapturedOutput output) {
        var request = new MockHttpServletRequest("GET", "/contracts");
        var response = new MockHttpServletResponse();

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
                    throw new IllegalStateException("database went away");
                }))
                .isInstanceOf(IllegalStateException.class);

        String id = response.getHeader("X-Correlation-Id");
        assertThat(id).matches("[0-9a-f]{12}");
        assertThat(output).contains("correlation id " + id).contains("database went away");
        assertThat(MDC.get("correlationId")).isNull();
    }

    @Test
    void theIdIsInTheLoggingContextWhileTheRequestRuns() throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        var response = new MockHttpServletResponse();
        String[] seen = new String[1];

        filter.doFilter(request, response, (req, res) -> seen[0] = MDC.get("correlationId"));

        assertThat(seen[0]).isEqualTo(response.getHeader("X-Correlation-Id"));
    }

    @Test
    void everyRequestGetsADifferentId() throws Exception {
        var first = new MockHttpServletResponse();
        var second = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/"), first, (req, res) -> {});
        filter.doFilter(new MockHttpServletRequest("GET", "/"), second, (req, res) -> {});

        assertThat(first.getHeader("X-Correlation-Id")).isNotEqualTo(second.getHeader("X-Correlation-Id"));
    }
}
