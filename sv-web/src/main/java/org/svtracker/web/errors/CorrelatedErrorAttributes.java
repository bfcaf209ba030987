package org.svtracker.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/** Error pages and error JSON carry the request's correlation id, and never an exception or a trace. */
@Component
class CorrelatedErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(
                webRequest,
                options.excluding(
                        ErrorAttributeOptions.Include.EXCEPTION,
                        ErrorAttributeOptions.Include.STACK_TRACE,
                        ErrorAttributeOptions.Include.MESSAGE,
                        ErrorAttributeOptions.Include.BINDING_ERRORS));
        Object id = webRequest.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (id == null && webRequest instanceof ServletWebRequest servlet) {
            HttpServletRequest request = servlet.getRequest();
            id = CorrelationIdFilter.correlationIdOf(request);
        }
        attributes.put(CorrelationIdFilter.ATTRIBUTE, id);
        return attributes;
    }
}
