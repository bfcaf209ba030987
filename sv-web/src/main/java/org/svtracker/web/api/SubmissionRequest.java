package org.svtracker.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;

/** The body of POST /api/v1/returns/{id}/submission: the two declarations. */
@Schema(name = "SubmissionRequest")
record SubmissionRequest(@Valid ReturnRequest.Declarations declarations) {}
