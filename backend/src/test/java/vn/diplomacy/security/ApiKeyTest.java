package vn.diplomacy.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.organizationAttempt;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {
    @Test
    void keyWorksInBothHeadersUntilRevoked() {
        String name = unique("Sở KH&ĐT sync");
        JsonPath created = as(Role.ADMIN)
                .body(Map.of("name", name, "role", "VIEWER"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .body("secret", startsWith("dpk_"))
                .extract()
                .jsonPath();
        String secret = created.getString("secret");
        long id = created.getLong("id");

        given().header("X-API-Key", secret).get("/api/v1/organizations").then().statusCode(200);
        given().auth()
                .oauth2(secret)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("kind", equalTo("API_KEY"))
                .body("role", equalTo("VIEWER"));
        organizationAttempt(given().header("X-API-Key", secret)).statusCode(403);

        as(Role.ADMIN)
                .get("/api/v1/api-keys/{id}", id)
                .then()
                .statusCode(200)
                .body("secret", nullValue())
                .body("lastUsedAt", notNullValue())
                .body("active", equalTo(true));

        String etag = as(Role.ADMIN).get("/api/v1/api-keys/{id}", id).header("ETag");
        as(Role.ADMIN)
                .header("If-Match", etag)
                .delete("/api/v1/api-keys/{id}", id)
                .then()
                .statusCode(204);
        given().header("X-API-Key", secret).get("/api/v1/organizations").then().statusCode(401);
        as(Role.ADMIN)
                .queryParam("active", "false")
                .queryParam("q", name)
                .get("/api/v1/api-keys")
                .then()
                .statusCode(200)
                .body("items[0].revokedAt", notNullValue())
                .body("items[0].secret", nullValue());
    }

    @Test
    void unknownKeyIs401AndOnlyAdminsManageKeys() {
        given().header("X-API-Key", "dpk_unknown")
                .get("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        as(Role.EDITOR).get("/api/v1/api-keys").then().statusCode(403);
        rejected(Role.ADMIN, Map.of("name", "", "role", "VIEWER"), "/api/v1/api-keys", "name");
    }

    @Test
    void idempotentReplayDoesNotRepeatTheSecret() {
        String key = unique("idem");
        Map<String, String> body = Map.of("name", unique("agency"), "role", "EDITOR");
        for (boolean replay : new boolean[] {false, true}) {
            var answer = as(Role.ADMIN)
                    .header("Idempotency-Key", key)
                    .body(body)
                    .post("/api/v1/api-keys")
                    .then()
                    .statusCode(201);
            // The replay answers the same key, without its secret: it was shown once, at creation.
            answer.body("secret", replay ? nullValue() : notNullValue());
            if (replay) {
                answer.header("Idempotent-Replayed", "true");
            }
        }
    }
}
