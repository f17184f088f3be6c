package vn.diplomacy;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.diplomacy.security.Role;

/** Logs in through the real API; each role's user is created once per test JVM with a unique name. */
public final class TestSupport {
    // What the app bootstrapped admin with: the test profile's value, unless the environment overrides it.
    public static final String ADMIN_PASSWORD = ConfigProvider.getConfig().getValue("app.admin-password", String.class);
    public static final String PROBLEM = "application/problem+json";
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    private TestSupport() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static synchronized String token(Role role) {
        return TOKENS.computeIfAbsent(role, r -> {
            if (r == Role.ADMIN) {
                return login("admin", ADMIN_PASSWORD);
            }
            String username = unique(r.name().toLowerCase());
            String password = "pw " + UUID.randomUUID();
            createUser(username, r, password);
            return login(username, password);
        });
    }

    public static RequestSpecification as(Role role) {
        // JSON is UTF-8 (RFC 8259); REST Assured would encode unknown types such as merge-patch+json as ISO-8859-1.
        // Set per request: Quarkus replaces the global RestAssured config for each test class.
        return given().config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .defaultContentCharset(StandardCharsets.UTF_8)
                                .encodeContentTypeAs("application/merge-patch+json", ContentType.JSON)))
                .auth()
                .oauth2(token(role))
                .contentType(ContentType.JSON);
    }

    /** POSTs {@code body} as {@code role}, expects 201 and returns the new record's id. */
    public static long created(Role role, Object body, String path, Object... pathParams) {
        return as(role).body(body)
                .post(path, pathParams)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** POSTs {@code body} as {@code role} and expects a 400 problem naming exactly these fields, in this order. */
    public static void rejected(Role role, Object body, String path, String... fields) {
        as(role).body(body)
                .post(path)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.equalTo(java.util.List.of(fields)));
    }

    /** Like {@link #rejected} where the problem may name more fields than these. */
    public static void rejectedAmong(Role role, Object body, String path, String... fields) {
        as(role).body(body)
                .post(path)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItems(fields));
    }

    /** A new API key with this role; returns its secret (shown once, at creation). */
    public static String apiKey(Role role) {
        return as(Role.ADMIN)
                .body(Map.of("name", unique("agency"), "role", role.name()))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("secret");
    }

    /** The ETag of a record read as {@code role} (expects 200). */
    public static String etagOf(Role role, String path, Object... pathParams) {
        return as(role).get(path, pathParams).then().statusCode(200).extract().header("ETag");
    }

    public static long createUser(String username, Role role, String password) {
        return given().auth()
                .oauth2(token(Role.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "role", role.name(), "password", password))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A login attempt's answer, whatever its status. */
    public static io.restassured.response.ValidatableResponse loginAttempt(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login")
                .then();
    }

    /** An attempt to create an organization with {@code request}'s credentials, whatever its status. */
    public static io.restassured.response.ValidatableResponse organizationAttempt(RequestSpecification request) {
        return request.contentType(ContentType.JSON)
                .body(Map.of("name", unique("X"), "type", "OTHER", "countryCode", "VN"))
                .post("/api/v1/organizations")
                .then();
    }

    public static String login(String username, String password) {
        return loginAttempt(username, password)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("accessToken");
    }
}
