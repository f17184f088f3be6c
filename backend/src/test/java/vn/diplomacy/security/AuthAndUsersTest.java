package vn.diplomacy.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.createUser;
import static vn.diplomacy.TestSupport.login;
import static vn.diplomacy.TestSupport.loginAttempt;
import static vn.diplomacy.TestSupport.organizationAttempt;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthAndUsersTest {

    @Test
    void loginAndMe() {
        String username = unique("staff");
        createUser(username, Role.EDITOR, "secret-password");
        loginAttempt(username, "secret-password")
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .body("user.role", equalTo("EDITOR"));
        String token = login(username, "secret-password");
        given().auth()
                .oauth2(token)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(username))
                .body("role", equalTo("EDITOR"))
                .body("kind", equalTo("USER"));
    }

    @Test
    void wrongPasswordIs401AndFiveFailuresLockFor15Minutes() {
        String username = unique("victim");
        createUser(username, Role.VIEWER, "right-password");
        for (int i = 0; i < 5; i++) {
            loginAttempt(username, "wrong").statusCode(401).contentType(PROBLEM);
        }
        loginAttempt(username, "right-password")
                .statusCode(429)
                .contentType(PROBLEM)
                .header("Retry-After", notNullValue());
        // Unknown users are limited too, so the answer does not reveal which usernames exist.
        loginAttempt(unique("ghost"), "x").statusCode(401);
    }

    @Test
    void loginBodyIsValidated() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "admin"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void disabledUserIsRefusedAtOnce() {
        String username = unique("leaver");
        long id = createUser(username, Role.EDITOR, "leaver-password");
        String token = login(username, "leaver-password");
        given().auth().oauth2(token).get("/api/v1/organizations").then().statusCode(200);

        as(Role.ADMIN)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"enabled\":false}")
                .patch("/api/v1/users/{id}", id)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        given().auth()
                .oauth2(token)
                .get("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        loginAttempt(username, "leaver-password").statusCode(401);
    }

    @Test
    void roleChangeAppliesToExistingTokens() {
        String username = unique("promoted");
        long id = createUser(username, Role.VIEWER, "promoted-password");
        String token = login(username, "promoted-password");
        organizationAttempt(given().auth().oauth2(token)).statusCode(403);
        as(Role.ADMIN)
                .header("If-Match", "\"0\"")
                .body(Map.of("role", "EDITOR", "enabled", true))
                .put("/api/v1/users/{id}", id)
                .then()
                .statusCode(200)
                .body("role", equalTo("EDITOR"));
        organizationAttempt(given().auth().oauth2(token)).statusCode(201);
    }

    @Test
    void passwordResetRevokesTokensAndOwnChangeWorks() {
        String username = unique("forgetful");
        long id = createUser(username, Role.VIEWER, "first-password");
        String token = login(username, "first-password");
        as(Role.ADMIN)
                .body(Map.of("newPassword", "second-password"))
                .post("/api/v1/users/{id}/password", id)
                .then()
                .statusCode(428);
        as(Role.ADMIN)
                .header("If-Match", "\"0\"")
                .body(Map.of("newPassword", "second-password"))
                .post("/api/v1/users/{id}/password", id)
                .then()
                .statusCode(200);
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(401);

        String second = login(username, "second-password");
        changePassword(second, "wrong-one", "third-password")
                .statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        changePassword(second, "second-password", "short")
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        changePassword(second, "second-password", "third-password").statusCode(204);
        login(username, "third-password");
    }

    @Test
    void usersAreForAdminsOnly() {
        as(Role.EDITOR).get("/api/v1/users").then().statusCode(403).contentType(PROBLEM);
        as(Role.VIEWER)
                .body(Map.of("username", unique("x"), "role", "ADMIN", "password", "12345678"))
                .post("/api/v1/users")
                .then()
                .statusCode(403);
        as(Role.ADMIN)
                .queryParam("role", "ADMIN")
                .get("/api/v1/users")
                .then()
                .statusCode(200)
                .body("items.username", hasItem("admin"));
    }

    @Test
    void userInputIsValidatedAndUnique() {
        as(Role.ADMIN)
                .body(Map.of("username", "Bad Name!", "role", "GOD", "password", "1"))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
        as(Role.ADMIN)
                .body(Map.of("username", "Bad Name!", "role", "VIEWER", "password", "1"))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"));
        as(Role.ADMIN)
                .body(Map.of("username", "admin", "role", "VIEWER", "password", "lao cai bat xat 2024"))
                .post("/api/v1/users")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void theLastAdminCannotBeDisabled() {
        long adminId = as(Role.ADMIN)
                .queryParam("q", "admin")
                .queryParam("role", "ADMIN")
                .get("/api/v1/users")
                .jsonPath()
                .getLong("items.find { it.username == 'admin' }.id");
        String etag = as(Role.ADMIN).get("/api/v1/users/{id}", adminId).header("ETag");
        as(Role.ADMIN)
                .header("If-Match", etag)
                .body(Map.of("role", "ADMIN", "enabled", false))
                .put("/api/v1/users/{id}", adminId)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    private static io.restassured.response.ValidatableResponse changePassword(
            String token, String current, String next) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next))
                .post("/api/v1/auth/password")
                .then();
    }
}
