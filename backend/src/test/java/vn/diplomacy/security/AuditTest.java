package vn.diplomacy.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.apiKey;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.createUser;
import static vn.diplomacy.TestSupport.login;
import static vn.diplomacy.TestSupport.loginAttempt;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTest {

    static JsonPath audit(Map<String, ?> filters) {
        return as(Role.ADMIN)
                .queryParams(filters)
                .queryParam("sort", "at")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Reads the feed from {@code after} to its end, adding the kinds seen; returns the end's cursor. */
    static String feed(String after, List<String> kinds) {
        String cursor = after;
        while (true) {
            JsonPath page = as(Role.VIEWER)
                    .queryParam("after", cursor)
                    .queryParam("size", 1000)
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> seen = page.getList("items.kind");
            kinds.addAll(seen);
            cursor = page.getString("next");
            if (seen.isEmpty()) {
                return cursor;
            }
        }
    }

    @Test
    void loginsRoleChangesAndKeyUseAreInTheAuditButNotInTheFeed() {
        String feedEnd = feed("", new java.util.ArrayList<>());
        String username = unique("auditor");
        long id = createUser(username, Role.VIEWER, "audit-password");
        loginAttempt(username, "wrong").statusCode(401);
        login(username, "audit-password");

        JsonPath logins = audit(Map.of("kind", "login", "actor", username));
        assertThat(logins.getList("items.action")).containsExactly("FAILED", "SUCCEEDED");
        assertThat(logins.getList("items[0].changes.findAll { it.field == 'reason' }.after"))
                .containsExactly("wrong password");

        as(Role.ADMIN)
                .header("If-Match", "\"0\"")
                .body(Map.of("role", "EDITOR", "enabled", true, "displayName", "Kiểm toán viên"))
                .put("/api/v1/users/{id}", id)
                .then()
                .statusCode(200);
        JsonPath roles = audit(Map.of("kind", "user", "recordId", id, "action", "UPDATED"));
        assertThat(roles.getList("items.changes.flatten().findAll { it.field == 'role' }.after"))
                .containsExactly("EDITOR");
        assertThat(roles.getString("items[0].actor")).isEqualTo("admin");

        String key = apiKey(Role.VIEWER);
        given().header("X-API-Key", key).get("/api/v1/organizations").then().statusCode(200);
        List<String> used = audit(Map.of("kind", "api-key", "action", "USED")).getList("items.actor");
        assertThat(used).anyMatch(a -> a.startsWith("api-key:"));

        List<String> kinds = new java.util.ArrayList<>();
        feed(feedEnd, kinds);
        assertThat(kinds).contains("user").doesNotContain("login");
    }

    @Test
    void onlyAdminsSearchTheAuditAndItsFiltersAreChecked() {
        as(Role.EDITOR).get("/api/v1/audit").then().statusCode(403);
        as(Role.ADMIN)
                .queryParam("action", "EXPLODED")
                .queryParam("before", "yesterday")
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("action"))
                .body("errors.field", hasItem("before"));
    }
}
