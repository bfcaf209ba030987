package org.svtracker.web.report;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The heading of the OpenAPI description served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI socialValueTrackerApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Social Value Tracker API")
                        .version("v1")
                        .description("Councils' social value: commitments, delivery and the annual report."
                                + " Delivered (verified) and claimed (submitted) values are always kept apart.")
                        .license(new License().name("Open source")));
    }
}
