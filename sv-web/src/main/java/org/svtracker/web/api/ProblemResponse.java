package org.svtracker.web.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * An {@link ApiResponse} answered with an {@code application/problem+json} body: springdoc reads it
 * as the response it composes, so each refusal is declared by its code and description alone.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProblemResponse.List.class)
@ApiResponse(content = @Content(mediaType = "application/problem+json"))
@interface ProblemResponse {

    @AliasFor(annotation = ApiResponse.class, attribute = "responseCode")
    String responseCode();

    @AliasFor(annotation = ApiResponse.class, attribute = "description")
    String description();

    /** Holds the problem responses of one operation. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        ProblemResponse[] value();
    }
}
