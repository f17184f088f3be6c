package vn.diplomacy.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a scope means beyond records: a scoped ADMIN's accounts, a scoped API key, reports by province and within a
 * scope, and the change feed of a scoped reader (see ScopeWorld).
 */
@QuarkusTest
class ScopedAccountsTest {
    @Test
    void aScopedAdminManagesAccountsWithinItsScopeOnly() {
        ScopeWorld s = ScopeWorld.get();
        RequestSpecification admin = s.admin();
        Map<String, Object> user = new HashMap<>(
                Map.of("username", unique("lc.editor"), "role", "EDITOR", "password", "pw " + unique("x")));
        admin.body(user)
                .post("/api/v1/users")
                .then()
                .statusCode(403)
                .body("params.field", equalTo("scopeOrganizationId"));
        user.put("scopeOrganizationId", s.haTinh);
        s.admin().body(user).post("/api/v1/users").then().statusCode(403);
        user.put("scopeOrganizationId", s.laiChauUnit);
        long id = s.admin()
                .body(user)
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .body("scopeOrganizationId", equalTo((int) s.laiChauUnit))
                .extract()
                .jsonPath()
                .getLong("id");
        List<Long> listed = s.admin()
                .queryParam("size", 100)
                .get("/api/v1/users")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.scopeOrganizationId", Long.class);
        assertThat(listed).isNotEmpty().allMatch(scope -> scope != null);
        s.admin().get("/api/v1/users/{id}", id).then().statusCode(200);
        long nationalAdmin = as(Role.ADMIN)
                .queryParam("q", "admin")
                .get("/api/v1/users")
                .then()
                .extract()
                .jsonPath()
                .getLong("items.find { it.username == 'admin' }.id");
        s.admin().get("/api/v1/users/{id}", nationalAdmin).then().statusCode(403);
        // Widening one's own users to the whole country is refused.
        s.admin()
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/users/{id}", id))
                .body("{\"scopeOrganizationId\": null}")
                .patch("/api/v1/users/{id}", id)
                .then()
                .statusCode(403);
        s.admin()
                .body(Map.of("name", unique("key"), "role", "VIEWER"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(403);
        s.admin().get("/api/v1/audit").then().statusCode(403).body("code", equalTo("national-only"));
        s.admin()
                .body(Map.of("currency", "LAK", "date", "2031-01-02", "rate", "1.2", "source", "NHNN"))
                .post("/api/v1/exchange-rates")
                .then()
                .statusCode(403)
                .body("code", equalTo("national-only"));
        as(Role.ADMIN)
                .body(Map.of(
                        "username",
                        unique("bad"),
                        "role",
                        "VIEWER",
                        "password",
                        "pw " + unique("x"),
                        "scopeOrganizationId",
                        999999999))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scopeOrganizationId"));
    }

    @Test
    void aScopedKeyAndItsCallerSeeTheirScope() {
        ScopeWorld s = ScopeWorld.get();
        String secret = as(Role.ADMIN)
                .body(Map.of("name", unique("Sở KH-ĐT Lai Châu"), "role", "VIEWER", "scopeOrganizationId", s.laiChau))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .body("scopeOrganizationId", equalTo((int) s.laiChau))
                .extract()
                .jsonPath()
                .getString("secret");
        given().header("X-API-Key", secret)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("scope.id", equalTo((int) s.laiChau))
                .body("scope.name", equalTo(s.laiChauName));
        List<Long> ids = ScopeWorld.ids(given().header("X-API-Key", secret), "/api/v1/aid-commitments");
        assertThat(ids).contains(s.aidLaiChau).doesNotContain(s.aidHaTinh);
        s.editor().get("/api/v1/auth/me").then().body("scope.id", equalTo((int) s.laiChau));
        as(Role.VIEWER).get("/api/v1/auth/me").then().body("scope", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void reportsCountTheScopeAndGroupByProvinceAddsUpToTheWhole() {
        ScopeWorld s = ScopeWorld.get();
        for (String report : List.of("aid", "delegations", "training")) {
            String path = "/api/v1/reports/" + report;
            JsonPath mine =
                    s.viewer().get(path).then().statusCode(200).extract().jsonPath();
            JsonPath narrowed = as(Role.VIEWER)
                    .queryParam("scopeOrganizationId", s.laiChau)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            JsonPath whole =
                    as(Role.VIEWER).get(path).then().statusCode(200).extract().jsonPath();
            JsonPath byProvince = as(Role.VIEWER)
                    .queryParam("groupBy", "province")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String total = switch (report) {
                case "aid" -> "totals.projects";
                case "delegations" -> "totalDelegations";
                default -> "totalTrainees";
            };
            String perRow = switch (report) {
                case "aid" -> "projects";
                case "delegations" -> "delegations";
                default -> "trainees";
            };
            assertThat(mine.getLong(total)).as(report).isPositive().isEqualTo(narrowed.getLong(total));
            assertThat(whole.getLong(total)).as(report).isGreaterThan(mine.getLong(total));
            List<Number> rows = byProvince.getList("rows." + perRow);
            assertThat(rows.stream().mapToLong(Number::longValue).sum())
                    .as(report)
                    .isEqualTo(byProvince.getLong(total));
            assertThat(byProvince.getLong(total)).as(report).isEqualTo(whole.getLong(total));
            Map<String, Object> laiChauRow = byProvince.getMap("rows.find { it.key == '" + s.laiChau + "' }");
            assertThat(((Number) laiChauRow.get(perRow)).longValue()).as(report).isEqualTo(mine.getLong(total));
        }
        assertThat(as(Role.VIEWER)
                        .queryParam("groupBy", "province")
                        .get("/api/v1/reports/aid")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("rows.find { it.key == '" + s.laiChau + "' }.label"))
                .isEqualTo(s.laiChauName);
    }

    @Test
    void aScopedReaderFollowsTheChangeFeedOfItsScopeAndTheSharedRegistry() {
        ScopeWorld s = ScopeWorld.get();
        // Read to the end first: other tests may write meanwhile, which is fine.
        String cursor = AuditTest.feed("", new java.util.ArrayList<>());
        long mine = created(Role.EDITOR, s.delegationBody(s.laiChauUnit), "/api/v1/delegations");
        long theirs = created(Role.EDITOR, s.delegationBody(s.haTinh), "/api/v1/delegations");
        long unit = created(
                Role.EDITOR,
                Map.of(
                        "name",
                        unique("Sở Ngoại vụ Hà Tĩnh"),
                        "type",
                        "GOVERNMENT_AGENCY",
                        "countryCode",
                        "VN",
                        "parentId",
                        s.haTinh),
                "/api/v1/organizations");
        // A record inside another (an agreement in a partnership) belongs where its parent does.
        long agreement = created(
                Role.EDITOR,
                Map.of("code", unique("MOU"), "kind", "MEMORANDUM_OF_UNDERSTANDING", "title", "Biên bản ghi nhớ"),
                "/api/v1/partnerships/{id}/agreements",
                s.kinds.get(0).inScope());
        JsonPath feed = s.viewer()
                .queryParam("after", cursor)
                .queryParam("size", 1000)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> events = feed.getList("items.collect { it.kind + '/' + it.recordId }", String.class);
        assertThat(events)
                .contains("delegation/" + mine, "organization/" + unit, "agreement/" + agreement)
                .doesNotContain("delegation/" + theirs);
        JsonPath national = as(Role.VIEWER)
                .queryParam("after", cursor)
                .queryParam("size", 1000)
                .get("/api/v1/changes")
                .then()
                .extract()
                .jsonPath();
        assertThat(national.getList("items.collect { it.kind + '/' + it.recordId }", String.class))
                .contains("delegation/" + mine, "delegation/" + theirs);
    }
}
