package org.svtracker.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST /api/v1/returns/{id}/submission: the two declarations. */
@Schema(name = "SubmissionRequest")
record SubmissionRequest(ReturnRequest.Declarations declarations) {

    /** The declarations made, or none. */
    org.svtracker.domain.returns.Declarations declared() {
        return declarations == null ? org.svtracker.domain.returns.Declarations.NONE : declarations.asDeclarations();
    }
}
