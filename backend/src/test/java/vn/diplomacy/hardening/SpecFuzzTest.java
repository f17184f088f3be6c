package vn.diplomacy.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.TestSupport;
import vn.diplomacy.security.Role;

/**
 * Walks every operation of the committed OpenAPI document with malformed input of the kinds the hardening review
 * found (wrong types, out-of-range dates, huge numbers, control characters, duplicate keys, broken JSON and
 * multipart, odd ids and query values) as an ADMIN, and requires that nothing answers 5xx and every 4xx is a problem.
 */
@QuarkusTest
class SpecFuzzTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    // From a trusted proxy's address (test profile), so that fuzzed logins count against their own source.
    private static final String SOURCE = "10.250.0.1";
    private static final List<String> BAD_IDS =
            List.of("0", "-1", "abc", "1;x=1", "%EF%BC%91", "99999999999999999999", "1.5");
    private static final List<String> BAD_QUERY = List.of(
            "",
            "x",
            "-1",
            "1e999",
            "+99999-01-01",
            "%00",
            "%ED%A0%80",
            "１",
            "true",
            "2024-13-45",
            "9".repeat(30),
            "a".repeat(3000));
    private static final List<JsonNode> BAD_VALUES = List.of(
            F.numberNode(12345),
            F.numberNode(2.7),
            F.booleanNode(true),
            F.textNode("text"),
            F.objectNode(),
            F.arrayNode(),
            F.textNode("+99999-01-01"),
            F.textNode("-0001-01-01"),
            F.textNode("2027-03-01T23:59:59Z"),
            F.numberNode(20240101),
            F.textNode("1e2147483647"),
            F.textNode("a\u0000b"),
            F.textNode("\ud800"),
            F.textNode("x".repeat(70_000)),
            F.numberNode(-1),
            F.textNode("XAU"),
            F.nullNode());
    private static final List<String> BAD_BODIES =
            List.of("", "{", "[]", "null", "1", "\"text\"", "{\"a\":1}}", "{} []", "{\"x\":1,\"x\":2}");

    private JsonNode spec;
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noOperationAnswers5xxToMalformedInput() throws Exception {
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(Path.of("..", "openapi.yaml"))) {
            spec = JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(reader));
        }
        String token = TestSupport.token(Role.ADMIN);
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations++;
                    fuzz(token, path.getKey(), method, op);
                }
            }
        }
        System.out.printf(
                "SpecFuzzTest: %d operations, %d requests, %d bad answers%n", operations, sent, failures.size());
        assertThat(operations).isGreaterThanOrEqualTo(89);
        assertThat(failures).as("answers that were 5xx or not problem+json").isEmpty();
    }

    private void fuzz(String token, String template, String method, JsonNode op) {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            ("path".equals(p.path("in").asText())
                            ? pathParams
                            : "query".equals(p.path("in").asText()) ? queryParams : new ArrayList<String>())
                    .add(p.path("name").asText());
        }
        String valid = template.replaceAll("\\{[^}]+}", "1");
        for (String param : pathParams) {
            for (String bad : BAD_IDS) {
                send(
                        token,
                        method,
                        template.replace("{" + param + "}", bad).replaceAll("\\{[^}]+}", "1"),
                        null,
                        null,
                        null);
            }
        }
        for (String param : queryParams) {
            for (String bad : BAD_QUERY) {
                send(token, method, valid + "?" + param + "=" + bad, null, null, null);
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (type.startsWith("multipart/")) {
                for (String body : List.of(
                        "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx",
                        "--B\r\nno separator",
                        "garbage",
                        "--B--\r\n")) {
                    send(token, method, valid, "multipart/form-data; boundary=B", body, null);
                }
                continue;
            }
            for (String body : BAD_BODIES) {
                send(token, method, valid, type, body, "\"0\"");
            }
            JsonNode schema = resolve(content.path(type).path("schema"));
            if (!schema.path("properties").isObject()) {
                continue;
            }
            ObjectNode base = (ObjectNode) example(schema, 0);
            for (String field : fields(schema)) {
                for (JsonNode bad : BAD_VALUES) {
                    ObjectNode mutated = base.deepCopy();
                    mutated.set(field, bad);
                    send(token, method, valid, type, mutated.toString(), "\"0\"");
                }
                JsonNode fieldSchema = resolve(schema.path("properties").path(field));
                if (fieldSchema.path("properties").isObject()) {
                    for (String inner : fields(fieldSchema)) {
                        for (JsonNode bad : BAD_VALUES) {
                            ObjectNode mutated = base.deepCopy();
                            ObjectNode child = mutated.putObject(field);
                            child.setAll((ObjectNode) example(fieldSchema, 1));
                            child.set(inner, bad);
                            send(token, method, valid, type, mutated.toString(), "\"0\"");
                        }
                    }
                }
            }
        }
    }

    private void send(String token, String method, String url, String contentType, String body, String ifMatch) {
        RequestSpecification request = given().urlEncodingEnabled(false)
                .auth()
                .oauth2(token)
                .header("X-Forwarded-For", SOURCE)
                .config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .defaultContentCharset(StandardCharsets.UTF_8)
                                .encodeContentTypeAs(
                                        "application/merge-patch+json", io.restassured.http.ContentType.TEXT)
                                .encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT)));
        if (contentType != null) {
            request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        Response r = request.request(method.toUpperCase(), url);
        sent++;
        String type = String.valueOf(r.contentType());
        if (r.statusCode() >= 500 || r.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(method.toUpperCase() + " " + abbreviate(url) + " " + abbreviate(body) + " → " + r.statusCode()
                    + " " + type + " " + abbreviate(r.asString()));
        }
    }

    private List<String> fields(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            return spec.at(
                    "/components/schemas/" + ref.asText().substring(ref.asText().lastIndexOf('/') + 1));
        }
        JsonNode all = schema.get("allOf");
        return all != null && all.size() > 0 ? resolve(all.get(0)) : schema;
    }

    /** A plausible value for the schema, so that one bad field at a time is what the server sees. */
    private JsonNode example(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "string" ->
                F.textNode(
                        switch (format) {
                            case "date" -> "2026-05-01";
                            case "date-time" -> "2026-05-01T00:00:00Z";
                            default ->
                                schema.path("examples")
                                                .path(0)
                                                .asText("Hà Tĩnh")
                                                .equals("admin")
                                        ? "fuzz-nobody"
                                        : schema.path("examples").path(0).asText("Hà Tĩnh");
                        });
            case "integer" -> F.numberNode(1);
            case "number" -> F.numberNode(1);
            case "boolean" -> F.booleanNode(false);
            case "array" -> {
                ArrayNode array = F.arrayNode();
                if (depth < 2) {
                    array.add(example(schema.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = F.objectNode();
                if (depth < 3) {
                    schema.path("properties")
                            .fields()
                            .forEachRemaining(e -> object.set(e.getKey(), example(e.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
