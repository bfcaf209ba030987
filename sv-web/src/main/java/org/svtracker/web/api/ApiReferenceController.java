package org.svtracker.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The public API reference, rendered on the server from the OpenAPI description at /v3/api-docs. */
@Controller
record ApiReferenceController(OpenApiWebMvcResource openApi, JsonMapper json) {

    @GetMapping("/api-reference")
    String reference(HttpServletRequest request, Model model) throws Exception {
        byte[] description = openApi.openapiJson(request, "/v3/api-docs", Locale.UK);
        model.addAttribute("reference", ApiReference.from(json.readTree(description), json));
        return "api/reference";
    }
}
