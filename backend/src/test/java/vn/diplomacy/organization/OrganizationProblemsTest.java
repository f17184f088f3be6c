package vn.diplomacy.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.TestSupport.unique;
import static vn.diplomacy.organization.OrganizationResourceTest.org;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class OrganizationProblemsTest {
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
        rejected(Role.EDITOR, body, "/api/v1/organizations", "countryCode", "email", "name");
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
