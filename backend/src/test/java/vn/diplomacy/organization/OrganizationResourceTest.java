package vn.diplomacy.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class OrganizationResourceTest {
    private static final String PROBLEM = "application/problem+json";

    static Map<String, Object> org(String name, String type, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("countryCode", country);
        return body;
    }

    static ExtractableResponse<Response> create(Map<String, Object> body) {
        return as(Role.EDITOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract();
    }

    @Test
    void createReadUpdateDelete() {
        String name = unique("Bolikhamxay");
        ExtractableResponse<Response> created = create(org(name, "LOCAL_GOVERNMENT", "LA"));
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/organizations/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.jsonPath().getString("createdBy")).startsWith("editor-");

        as(Role.VIEWER)
                .get("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("countryCode", equalTo("LA"));

        Map<String, Object> replacement = org(name, "LOCAL_GOVERNMENT", "LA");
        replacement.put("localName", "ແຂວງບໍລິຄໍາໄຊ");
        replacement.put("website", "https://bolikhamxay.gov.la");
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .body(replacement)
                .put("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("localName", equalTo("ແຂວງບໍລິຄໍາໄຊ"));

        as(Role.EDITOR)
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body("{\"notes\":\"special friendship\",\"website\":null}")
                .patch("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("notes", equalTo("special friendship"))
                .body("website", equalTo(null))
                .body("localName", equalTo("ແຂວງບໍລິຄໍາໄຊ"));

        as(Role.EDITOR)
                .header("If-Match", "\"2\"")
                .delete("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(204);
        as(Role.VIEWER)
                .get("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void searchIgnoresAccentsAndTheLetterD() {
        String tag = unique("zq");
        long haTinh = create(org("Hà Tĩnh " + tag, "LOCAL_GOVERNMENT", "VN"))
                .jsonPath()
                .getLong("id");
        long daNang = create(org("Đà Nẵng " + tag, "LOCAL_GOVERNMENT", "VN"))
                .jsonPath()
                .getLong("id");

        as(Role.VIEWER)
                .queryParam("q", "ha tinh " + tag)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) haTinh)))
                .body("totalItems", equalTo(1));
        as(Role.VIEWER)
                .queryParam("q", "Ha Tinh")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) haTinh));
        as(Role.VIEWER)
                .queryParam("q", "da nang " + tag)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) daNang)));
        as(Role.VIEWER)
                .queryParam("q", "ĐÀ NẴNG " + tag.toUpperCase())
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) daNang)));
    }

    @Test
    void theAcronymIsKeptAndFoundByTheSearch() {
        String tag = unique("acr");
        Map<String, Object> body = org("Ủy ban nhân dân tỉnh Hà Tĩnh " + tag, "GOVERNMENT_AGENCY", "VN");
        body.put("acronym", " UBND ");
        long id = create(body).jsonPath().getLong("id");
        as(Role.VIEWER)
                .get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .body("acronym", equalTo("UBND"));
        as(Role.VIEWER)
                .queryParam("q", "UBND")
                .queryParam("size", "100")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        body.put("acronym", "A".repeat(41));
        as(Role.EDITOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("acronym"));
    }

    @Test
    void filtersSortAndPaging() {
        String tag = unique("page");
        for (String n : List.of("Cc", "Aa", "Bb")) {
            create(org(n + " " + tag, "INTERNATIONAL_NGO", "GB"));
        }
        create(org("Dd " + tag, "EMBASSY", "GB"));

        as(Role.VIEWER)
                .queryParam("q", tag)
                .queryParam("type", "INTERNATIONAL_NGO")
                .queryParam("sort", "-name")
                .queryParam("size", 2)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Cc " + tag, "Bb " + tag)))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        as(Role.VIEWER)
                .queryParam("q", tag)
                .queryParam("type", "INTERNATIONAL_NGO")
                .queryParam("sort", "-name")
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Aa " + tag)));
        as(Role.VIEWER)
                .queryParam("countryCode", "GB")
                .queryParam("q", tag)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.countryCode", everyItem(equalTo("GB")));
    }

    @Test
    void updatedSinceReturnsOnlyLaterChanges() {
        String tag = unique("sync");
        create(org("Old " + tag, "OTHER", "VN"));
        Instant later = Instant.now().plusSeconds(3600);
        as(Role.VIEWER)
                .queryParam("q", tag)
                .queryParam("updatedSince", later.toString())
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        as(Role.VIEWER)
                .queryParam("q", tag)
                .queryParam("updatedSince", "2020-01-01T00:00:00Z")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void badListParametersAre400() {
        as(Role.VIEWER)
                .queryParam("size", 101)
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("size"));
        as(Role.VIEWER)
                .queryParam("page", "-1")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("page"));
        as(Role.VIEWER)
                .queryParam("sort", "password")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        as(Role.VIEWER)
                .queryParam("colour", "red")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("colour"));
        as(Role.VIEWER)
                .queryParam("type", "PLANET")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("LOCAL_GOVERNMENT"));
        as(Role.VIEWER)
                .queryParam("countryCode", "XX")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("countryCode"));
        as(Role.VIEWER)
                .queryParam("updatedSince", "yesterday")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("updatedSince"));
    }

    @Test
    void invalidBodiesAre400WithFieldErrors() {
        Map<String, Object> body = org("", "EMBASSY", "XX");
        body.put("email", "not-an-email");
        as(Role.EDITOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("countryCode", "email", "name")));
        as(Role.EDITOR)
                .body(org("X", "PLANET", "LA"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        as(Role.EDITOR)
                .body("{\"name\":\"X\",\"type\":\"OTHER\",\"countryCode\":\"LA\",\"parentId\":\"abc\"}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        as(Role.EDITOR)
                .body("{\"name\":\"X\",\"type\":\"OTHER\",\"countryCode\":\"LA\",\"colour\":1}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        as(Role.EDITOR)
                .body("{\"name\": ")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo("Malformed request"));
        Map<String, Object> orphan = org(unique("Orphan"), "OTHER", "LA");
        orphan.put("parentId", 999999999);
        as(Role.EDITOR)
                .body(orphan)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void problemsNeverLeakInternals() {
        String body = as(Role.EDITOR)
                .body("{\"name\": [")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(body).doesNotContain("com.fasterxml", "Exception", "at [Source");
    }

    @Test
    void duplicatesAndReferencesAre409() {
        String name = unique("Oxfam");
        create(org(name, "INTERNATIONAL_NGO", "GB"));
        as(Role.EDITOR)
                .body(org(name, "INTERNATIONAL_NGO", "GB"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("already exists"));
        // The same name in another country is another organization.
        create(org(name, "INTERNATIONAL_NGO", "US"));

        long province = create(org(unique("Yunnan"), "LOCAL_GOVERNMENT", "CN"))
                .jsonPath()
                .getLong("id");
        Map<String, Object> county = org(unique("Hekou"), "LOCAL_GOVERNMENT", "CN");
        county.put("parentId", province);
        long countyId = create(county).jsonPath().getLong("id");
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/organizations/{id}", province)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("1 child organization"));
        as(Role.VIEWER)
                .queryParam("parentId", province)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) countyId)))
                .body("items[0].parent.id", equalTo((int) province));

        // A parent may not become its own descendant.
        Map<String, Object> cycle = org(
                (String) as(Role.VIEWER)
                        .get("/api/v1/organizations/{id}", province)
                        .jsonPath()
                        .getString("name"),
                "LOCAL_GOVERNMENT",
                "CN");
        cycle.put("parentId", countyId);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .body(cycle)
                .put("/api/v1/organizations/{id}", province)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void ifMatchIsRequiredAndChecked() {
        long id = create(org(unique("Savannakhet"), "LOCAL_GOVERNMENT", "LA"))
                .jsonPath()
                .getLong("id");
        Map<String, Object> body = org(unique("Savannakhet"), "LOCAL_GOVERNMENT", "LA");
        as(Role.EDITOR)
                .body(body)
                .put("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        as(Role.EDITOR)
                .header("If-Match", "\"7\"")
                .body(body)
                .put("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        as(Role.EDITOR).delete("/api/v1/organizations/{id}", id).then().statusCode(428);
        as(Role.EDITOR)
                .header("If-Match", "\"3\"")
                .delete("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(412);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(200);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"notes\":\"x\"}")
                .patch("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(412);
    }

    @Test
    void idempotencyKeyReplaysOrRefuses() {
        String key = unique("key");
        Map<String, Object> body = org(unique("World Vision"), "INTERNATIONAL_NGO", "US");
        ExtractableResponse<Response> first = as(Role.EDITOR)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract();
        ExtractableResponse<Response> again = as(Role.EDITOR)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertThat(again.jsonPath().getLong("id")).isEqualTo(first.jsonPath().getLong("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        as(Role.VIEWER)
                .queryParam("q", (String) body.get("name"))
                .get("/api/v1/organizations")
                .then()
                .body("totalItems", equalTo(1));

        body.put("notes", "changed");
        as(Role.EDITOR)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .contentType(PROBLEM);
    }

    @Test
    void rolesAreEnforced() {
        given().get("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", notNullValue());
        given().auth()
                .oauth2("not-a-token")
                .get("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        as(Role.VIEWER)
                .body(org(unique("Nope"), "OTHER", "VN"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        long id = create(org(unique("Keep"), "OTHER", "VN")).jsonPath().getLong("id");
        as(Role.VIEWER)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(403);
    }

    @Test
    void protocolErrorsAreProblems() {
        as(Role.VIEWER)
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/no-such-thing"));
        as(Role.EDITOR).put("/api/v1/organizations").then().statusCode(405).contentType(PROBLEM);
        as(Role.EDITOR)
                .contentType(ContentType.TEXT)
                .body("name=x")
                .post("/api/v1/organizations")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        String big = "{\"name\":\"" + "a".repeat(1_100_000) + "\"}";
        as(Role.EDITOR)
                .body(big)
                .post("/api/v1/organizations")
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
        as(Role.VIEWER)
                .get("/api/v1/organizations/999999999")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("requestId", notNullValue());
    }

    @Test
    void requestIdIsEchoed() {
        as(Role.VIEWER)
                .header("X-Request-Id", "abc-123")
                .get("/api/v1/organizations/999999998")
                .then()
                .statusCode(404)
                .header("X-Request-Id", "abc-123")
                .body("requestId", equalTo("abc-123"));
    }
}
