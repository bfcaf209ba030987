package org.svtracker.web.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API reference page's model, read from the OpenAPI description itself, so the page and
 * /v3/api-docs cannot disagree: every operation with its parameters, request and response fields
 * and an example body built from the schemas' examples.
 */
record ApiReference(String title, String description, List<Endpoint> endpoints, List<SchemaView> schemas) {

    record Endpoint(
            String method,
            String path,
            String anchor,
            String tag,
            String summary,
            String description,
            List<Param> parameters,
            String requestMediaType,
            String requestSchema,
            String requestExample,
            List<Response> responses,
            String responseExample) {}

    record Param(String name, String in, boolean required, String type, String description, String example) {}

    record Response(String status, String description, String mediaType, String schema) {}

    record SchemaView(String name, String anchor, String description, List<Field> fields) {}

    record Field(String name, String type, boolean required, String description, String example) {}

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    static ApiReference from(JsonNode openApi, JsonMapper json) {
        JsonNode schemas = openApi.path("components").path("schemas");
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    endpoints.add(endpoint(method, path.getKey(), operation, schemas, json));
                }
            }
        }
        endpoints.sort((a, b) -> (a.path() + a.method()).compareTo(b.path() + b.method()));
        List<SchemaView> views = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            views.add(new SchemaView(
                    schema.getKey(),
                    "schema-" + schema.getKey(),
                    text(schema.getValue(), "description"),
                    fields(schema.getValue(), schemas)));
        }
        return new ApiReference(
                text(openApi.path("info"), "title"), text(openApi.path("info"), "description"), endpoints, views);
    }

    private static Endpoint endpoint(
            String method, String path, JsonNode operation, JsonNode schemas, JsonMapper json) {
        List<Param> parameters = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            parameters.add(new Param(
                    text(p, "name"),
                    text(p, "in"),
                    p.path("required").asBoolean(false),
                    typeOf(p.path("schema")),
                    text(p, "description"),
                    p.has("example") ? p.get("example").asString() : text(p.path("schema"), "example")));
        }
        String requestMediaType = null;
        String requestSchema = null;
        String requestExample = null;
        Iterator<Map.Entry<String, JsonNode>> request =
                operation.path("requestBody").path("content").properties().iterator();
        if (request.hasNext()) {
            Map.Entry<String, JsonNode> content = request.next();
            requestMediaType = content.getKey();
            JsonNode schema = content.getValue().path("schema");
            requestSchema = typeOf(schema);
            if (requestMediaType.contains("json")) {
                requestExample = json.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(example(schema, schemas, json, new LinkedHashSet<>()));
            } else {
                for (Map.Entry<String, JsonNode> part :
                        schema.path("properties").properties()) {
                    parameters.add(new Param(
                            part.getKey(),
                            "body part",
                            true,
                            typeOf(part.getValue()),
                            text(part.getValue(), "description"),
                            null));
                }
            }
        }
        List<Response> responses = new ArrayList<>();
        String responseExample = null;
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            Iterator<Map.Entry<String, JsonNode>> content =
                    response.getValue().path("content").properties().iterator();
            String mediaType = null;
            String schema = null;
            if (content.hasNext()) {
                Map.Entry<String, JsonNode> first = content.next();
                mediaType = first.getKey();
                schema =
                        first.getValue().has("schema") ? typeOf(first.getValue().path("schema")) : null;
                if (responseExample == null
                        && response.getKey().startsWith("2")
                        && first.getValue().has("schema")) {
                    responseExample = json.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(
                                    example(first.getValue().path("schema"), schemas, json, new LinkedHashSet<>()));
                }
            }
            responses.add(new Response(response.getKey(), text(response.getValue(), "description"), mediaType, schema));
        }
        responses.sort((a, b) -> a.status().compareTo(b.status()));
        String tag = operation.path("tags").isEmpty()
                ? ""
                : operation.path("tags").get(0).asString();
        return new Endpoint(
                method.toUpperCase(java.util.Locale.ROOT),
                path,
                (method + path).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""),
                tag,
                text(operation, "summary"),
                text(operation, "description"),
                parameters,
                requestMediaType,
                requestSchema,
                requestExample,
                responses,
                responseExample);
    }

    private static List<Field> fields(JsonNode schema, JsonNode schemas) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode p = property.getValue();
            String description = text(p, "description");
            if (description == null && p.has("$ref")) {
                description = text(schemas.path(refName(p)), "description");
            }
            String example = p.has("example") ? p.get("example").asString() : null;
            if (p.has("enum")) {
                List<String> values = new ArrayList<>();
                p.get("enum").forEach(v -> values.add(v.asString()));
                description = (description == null ? "" : description + ". ") + "One of " + String.join(", ", values);
            }
            fields.add(new Field(
                    property.getKey(), typeOf(p), required.contains(property.getKey()), description, example));
        }
        return fields;
    }

    private static JsonNode example(JsonNode schema, JsonNode schemas, JsonMapper json, Set<String> seen) {
        if (schema.has("$ref")) {
            String name = refName(schema);
            if (!seen.add(name)) {
                return json.createObjectNode();
            }
            JsonNode resolved = example(schemas.path(name), schemas, json, seen);
            seen.remove(name);
            return resolved;
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        String type = text(schema, "type");
        if ("array".equals(type)) {
            ArrayNode array = json.createArrayNode();
            array.add(example(schema.path("items"), schemas, json, seen));
            return array;
        }
        if ("object".equals(type) || schema.has("properties")) {
            ObjectNode object = json.createObjectNode();
            for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                object.set(p.getKey(), example(p.getValue(), schemas, json, seen));
            }
            return object;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if ("string".equals(type) && "date-time".equals(text(schema, "format"))) {
            return json.getNodeFactory().stringNode("2025-07-14T10:15:30Z");
        }
        if ("string".equals(type)) {
            return json.getNodeFactory().stringNode("string");
        }
        if ("boolean".equals(type)) {
            return json.getNodeFactory().booleanNode(true);
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return json.getNodeFactory().numberNode(1);
        }
        return json.getNodeFactory().nullNode();
    }

    /** A schema's type as people read it: string, integer, date, Commitment, list of Commitment. */
    private static String typeOf(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        if (schema.has("$ref")) {
            return refName(schema);
        }
        String type = text(schema, "type");
        if ("array".equals(type)) {
            return "list of " + typeOf(schema.path("items"));
        }
        String format = text(schema, "format");
        if (format != null && !format.equals("int32") && !format.equals("int64")) {
            return type + " (" + format + ")";
        }
        return type;
    }

    private static String refName(JsonNode schema) {
        String ref = schema.get("$ref").asString();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
