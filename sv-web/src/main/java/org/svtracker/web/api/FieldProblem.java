package org.svtracker.web.api;

/** One field-level error of a problem detail: the request field (a JSON path or a part name) and what is wrong. */
public record FieldProblem(String field, String detail) {}
