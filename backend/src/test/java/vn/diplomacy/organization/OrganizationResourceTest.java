package vn.diplomacy.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
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

        Map<String, Object> child = org("Ee " + tag, "INTERNATIONAL_NGO", "GB");
        child.put(
                "parentId",
                create(org("Ff " + tag, "INTERNATIONAL_NGO", "GB")).jsonPath().getLong("id"));
        create(child);
        for (String topLevel : List.of("true", "false")) {
            as(Role.VIEWER)
                    .queryParam("q", tag)
                    .queryParam("topLevel", topLevel)
                    .queryParam("sort", "name")
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200)
                    .body(
                            "items.name",
                            equalTo(
                                    topLevel.equals("true")
                                            ? List.of("Aa " + tag, "Bb " + tag, "Cc " + tag, "Dd " + tag, "Ff " + tag)
                                            : List.of("Ee " + tag)));
        }
        as(Role.VIEWER)
                .queryParam("topLevel", "yes")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400);
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
}
