package vn.diplomacy.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.diplomacy.TestSupport;
import vn.diplomacy.security.Role;

@QuarkusTest
class HttpSecurityTest {

    @Inject
    EntityManager em;

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndApiAnswersAreNotStored() {
        for (Response r : new Response[] {
            as(Role.VIEWER).get("/api/v1/organizations"), given().get("/api/v1/nothing"), given().get("/q/health/live")
        }) {
            assertThat(r.header("Content-Security-Policy"))
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.header("Permissions-Policy")).contains("camera=()");
        }
        assertThat(as(Role.VIEWER).get("/api/v1/organizations").header("Cache-Control"))
                .isEqualTo("no-store");
        Response login = given().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", TestSupport.ADMIN_PASSWORD))
                .post("/api/v1/auth/login");
        assertThat(login.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void locationComesFromThePublicBaseUrlNotTheHostHeader() {
        Response created = as(Role.EDITOR)
                .header("Host", "evil.example")
                .body(Map.of("name", unique("Savannakhet"), "type", "LOCAL_GOVERNMENT", "countryCode", "LA"))
                .post("/api/v1/organizations");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location"))
                .startsWith("https://ngoaivu.example.gov.vn/api/v1/organizations/")
                .doesNotContain("evil");
    }

    @Test
    void oversizedAddressesHeadersAndChunkedBodiesAreProblems() {
        as(Role.VIEWER)
                .queryParam("q", "x".repeat(5000))
                .get("/api/v1/organizations")
                .then()
                .statusCode(414)
                .contentType(PROBLEM);
        as(Role.VIEWER)
                .header("X-Big", "y".repeat(20_000))
                .get("/api/v1/organizations")
                .then()
                .statusCode(431)
                .contentType(PROBLEM);
        byte[] big = ("{\"name\":\"" + "z".repeat(1_200_000) + "\"}").getBytes();
        as(Role.EDITOR)
                .body(new java.io.ByteArrayInputStream(big))
                .post("/api/v1/organizations")
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
    }

    @Test
    void apiKeysNeverManageUsersOrKeysAndCanExpire() {
        Map<String, Object> created = as(Role.ADMIN)
                .body(Map.of(
                        "name",
                        unique("Sở Kế hoạch"),
                        "role",
                        "ADMIN",
                        "expiresOn",
                        java.time.LocalDate.now().plusDays(1).toString()))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
        String secret = (String) created.get("secret");
        given().header("X-API-Key", secret).get("/api/v1/organizations").then().statusCode(200);
        given().header("X-API-Key", secret)
                .get("/api/v1/users")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("API keys never manage"));
        given().header("X-API-Key", secret)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "ADMIN"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(403);
        given().header("X-API-Key", secret)
                .contentType(ContentType.JSON)
                .body(Map.of("username", unique("minted"), "role", "ADMIN", "password", "pw " + UUID.randomUUID()))
                .post("/api/v1/users")
                .then()
                .statusCode(403);
        as(Role.ADMIN)
                .body(Map.of("name", unique("old"), "role", "VIEWER", "expiresOn", "2020-01-01"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresOn"));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update api_key set expires_on = '2020-01-01' where id = ?1")
                        .setParameter(1, ((Number) created.get("id")).longValue())
                        .executeUpdate());
        given().header("X-API-Key", secret).get("/api/v1/organizations").then().statusCode(401);
    }

    @Test
    void weakPasswordsAreRefusedAndTheFirstLoginMustChangeIt() {
        String name = unique("officer");
        for (String weak :
                new String[] {"short", "password1234", "aaaaaaaaaaaaaaaa", name + "-secret-2024", "A".repeat(73)}) {
            as(Role.ADMIN)
                    .body(Map.of("username", name, "role", "EDITOR", "password", weak))
                    .post("/api/v1/users")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("password"));
        }
        String password = "pw " + UUID.randomUUID();
        long id = TestSupport.createUser(name, Role.EDITOR, password);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update app_user set password_change_required = true where id = ?1")
                        .setParameter(1, id)
                        .executeUpdate());
        String token = TestSupport.login(name, password);
        given().auth()
                .oauth2(token)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("passwordChangeRequired", equalTo(true));
        given().auth()
                .oauth2(token)
                .get("/api/v1/organizations")
                .then()
                .statusCode(403)
                .body("detail", containsString("Change your password"));
        String next = "pw " + UUID.randomUUID();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", password, "newPassword", next))
                .post("/api/v1/auth/password")
                .then()
                .statusCode(204);
        String fresh = TestSupport.login(name, next);
        given().auth().oauth2(fresh).get("/api/v1/organizations").then().statusCode(200);
    }
}
