package org.svtracker.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's security: every endpoint takes a personal access token as a bearer token. */
@Configuration(proxyBeanMethods = false)
class ApiSecurityScheme {

    static final String BEARER = "personalAccessToken";

    @Bean
    OpenApiCustomizer personalAccessTokens() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            BEARER,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("svt_ personal access token")
                                    .description("A personal access token created under API tokens in the service,"
                                            + " sent as Authorization: Bearer svt_... Council staff tokens are"
                                            + " read-only. Errors are RFC 9457 problem details"
                                            + " (application/problem+json)."));
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
        };
    }
}
