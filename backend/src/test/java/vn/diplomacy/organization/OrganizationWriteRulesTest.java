package vn.diplomacy.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.unique;
import static vn.diplomacy.organization.OrganizationResourceTest.create;
import static vn.diplomacy.organization.OrganizationResourceTest.org;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class OrganizationWriteRulesTest {
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
}
