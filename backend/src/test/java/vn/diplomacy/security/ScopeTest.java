package vn.diplomacy.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.login;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Users and keys scoped to Lai Châu (an organization subtree) against records of Lai Châu and of Hà Tĩnh: every
 * operation of every record kind, for a scoped EDITOR and VIEWER, a scoped ADMIN and a scoped API key.
 */
@QuarkusTest
class ScopeTest {
    private static ScopeWorld w;

    private static synchronized ScopeWorld world() {
        if (w == null) {
            w = new ScopeWorld();
        }
        return w;
    }

    @Test
    void aScopedEditorReadsItsOwnRecordsAndNoOneElses() {
        ScopeWorld s = world();
        for (ScopeWorld.Kind kind : s.kinds) {
            List<Long> listed = ids(s.editor(), kind.path());
            assertThat(listed).as(kind.path()).contains(kind.inScope()).doesNotContain(kind.outside());
            s.editor().get(kind.path() + "/{id}", kind.inScope()).then().statusCode(200);
            for (String suffix : List.of("", "/history", "/attachments")) {
                s.editor()
                        .get(kind.path() + "/{id}" + suffix, kind.outside())
                        .then()
                        .statusCode(403)
                        .contentType(PROBLEM)
                        .body("code", equalTo("outside-scope"));
            }
        }
        // Lists across parents (every agreement) keep to the scope through the parent.
        String code = unique("MOU");
        long theirs = created(
                Role.EDITOR,
                Map.of("code", code, "kind", "MEMORANDUM_OF_UNDERSTANDING", "title", "Biên bản ghi nhớ " + code),
                "/api/v1/partnerships/{id}/agreements",
                s.partnershipHaTinh);
        assertThat(ids(s.editor().queryParam("q", code), "/api/v1/agreements")).isEmpty();
        assertThat(ids(as(Role.VIEWER).queryParam("q", code), "/api/v1/agreements"))
                .containsExactly(theirs);
        // A national viewer sees both, and narrows any list to one province with the scope filter.
        for (ScopeWorld.Kind kind : s.kinds) {
            List<Long> narrowed = ids(as(Role.VIEWER).queryParam("scopeOrganizationId", s.laiChau), kind.path());
            assertThat(narrowed).as(kind.path()).contains(kind.inScope()).doesNotContain(kind.outside());
        }
        for (ScopeWorld.Kind kind : s.kinds) {
            as(Role.VIEWER).get(kind.path() + "/{id}", kind.outside()).then().statusCode(200);
        }
    }

    @Test
    void aScopedEditorWritesOnlyWithinItsScope() {
        ScopeWorld s = world();
        for (ScopeWorld.Kind kind : s.kinds) {
            String etag = etagOf(Role.ADMIN, kind.path() + "/{id}", kind.outside());
            s.editor()
                    .contentType("application/merge-patch+json")
                    .header("If-Match", etag)
                    .body("{\"notes\": \"sửa hộ tỉnh bạn\"}")
                    .patch(kind.path() + "/{id}", kind.outside())
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("outside-scope"));
            s.editor()
                    .body(kind.body(s.haTinh))
                    .post(kind.path())
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("code", equalTo("outside-scope"))
                    .body("params.field", equalTo(kind.homeField()))
                    .body("detail", org.hamcrest.Matchers.containsString(s.laiChauName));
            long mine = s.editor()
                    .body(kind.body(s.laiChauUnit))
                    .post(kind.path())
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            // Moving one's own record out of the scope is refused too, and changes nothing.
            Map<String, Object> moved = kind.body(s.haTinh);
            s.editor()
                    .header("If-Match", etagOf(Role.ADMIN, kind.path() + "/{id}", mine))
                    .body(moved)
                    .put(kind.path() + "/{id}", mine)
                    .then()
                    .statusCode(403);
            as(Role.VIEWER)
                    .get(kind.path() + "/{id}", mine)
                    .then()
                    .body(
                            kind.homeField(),
                            equalTo(((Number) kind.body(s.laiChauUnit).get(kind.homeField())).intValue()));
            // A scoped viewer is a viewer first: writes are refused by role, reads by scope.
            s.viewer().get(kind.path() + "/{id}", mine).then().statusCode(200);
            s.viewer().get(kind.path() + "/{id}", kind.outside()).then().statusCode(403);
            s.viewer().body(kind.body(s.laiChauUnit)).post(kind.path()).then().statusCode(403);
        }
        s.editor()
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/partnerships/{id}", s.partnershipHaTinh))
                .delete("/api/v1/partnerships/{id}", s.partnershipHaTinh)
                .then()
                .statusCode(403);
        s.editor()
                .body(Map.of("code", unique("MOU"), "kind", "MEMORANDUM_OF_UNDERSTANDING", "title", "Biên bản ghi nhớ"))
                .post("/api/v1/partnerships/{id}/agreements", s.partnershipHaTinh)
                .then()
                .statusCode(403);
        as(Role.VIEWER)
                .get("/api/v1/partnerships/{id}", s.partnershipHaTinh)
                .then()
                .statusCode(200);
    }

    @Test
    void organizationsAreARegistryButVietnameseUnitsAreWrittenWithinTheScope() {
        ScopeWorld s = world();
        s.editor().get("/api/v1/organizations/{id}", s.haTinh).then().statusCode(200);
        s.editor()
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/organizations/{id}", s.haTinh))
                .body("{\"notes\": \"x\"}")
                .patch("/api/v1/organizations/{id}", s.haTinh)
                .then()
                .statusCode(403)
                .body("code", equalTo("outside-scope"));
        s.editor()
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/organizations/{id}", s.laiChauUnit))
                .body("{\"notes\": \"Phòng Hợp tác quốc tế\"}")
                .patch("/api/v1/organizations/{id}", s.laiChauUnit)
                .then()
                .statusCode(200);
        Map<String, Object> unit =
                new HashMap<>(Map.of("name", unique("Phòng"), "type", "GOVERNMENT_AGENCY", "countryCode", "VN"));
        s.editor()
                .body(unit)
                .post("/api/v1/organizations")
                .then()
                .statusCode(403)
                .body("params.field", equalTo("parentId"));
        unit.put("parentId", s.haTinh);
        s.editor().body(unit).post("/api/v1/organizations").then().statusCode(403);
        unit.put("parentId", s.laiChau);
        s.editor().body(unit).post("/api/v1/organizations").then().statusCode(201);
        // A new foreign partner joins the shared registry; an entry outside the scope is a national user's to change.
        long foreign = created(
                Role.EDITOR,
                Map.of("name", unique("Oudomxay"), "type", "LOCAL_GOVERNMENT", "countryCode", "LA"),
                "/api/v1/organizations");
        s.editor()
                .body(Map.of("name", unique("Phongsaly"), "type", "LOCAL_GOVERNMENT", "countryCode", "LA"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        s.editor()
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/organizations/{id}", foreign))
                .delete("/api/v1/organizations/{id}", foreign)
                .then()
                .statusCode(403);
    }

    @Test
    void aScopedAdminManagesAccountsWithinItsScopeOnly() {
        ScopeWorld s = world();
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
        ScopeWorld s = world();
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
        List<Long> ids = ids(given().header("X-API-Key", secret), "/api/v1/aid-commitments");
        assertThat(ids).contains(s.aidLaiChau).doesNotContain(s.aidHaTinh);
        s.editor().get("/api/v1/auth/me").then().body("scope.id", equalTo((int) s.laiChau));
        as(Role.VIEWER).get("/api/v1/auth/me").then().body("scope", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void reportsCountTheScopeAndGroupByProvinceAddsUpToTheWhole() {
        ScopeWorld s = world();
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
        ScopeWorld s = world();
        String cursor = "";
        // Read to the end first: other tests may write meanwhile, which is fine.
        for (String next = null; !cursor.equals(next); ) {
            next = cursor;
            cursor = as(Role.ADMIN)
                    .queryParam("after", cursor)
                    .queryParam("size", 1000)
                    .get("/api/v1/changes")
                    .then()
                    .extract()
                    .jsonPath()
                    .getString("next");
        }
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

    /** The ids on the first page (of 100) of a list, as this caller sees it. */
    private static List<Long> ids(RequestSpecification caller, String path) {
        return caller.queryParam("size", 100)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }

    /** The organizations, people and records the tests share: built once, by national users. */
    static final class ScopeWorld {
        private static final java.util.concurrent.atomic.AtomicInteger STARTS =
                new java.util.concurrent.atomic.AtomicInteger();

        record Kind(
                String path,
                String homeField,
                long inScope,
                long outside,
                java.util.function.LongFunction<Map<String, Object>> bodies) {
            Map<String, Object> body(long home) {
                return bodies.apply(home);
            }
        }

        final String laiChauName = unique("Ủy ban nhân dân tỉnh Lai Châu");
        final long laiChau = org(laiChauName, "LOCAL_GOVERNMENT", "VN", null);
        final long laiChauUnit = org(unique("Sở Ngoại vụ Lai Châu"), "GOVERNMENT_AGENCY", "VN", laiChau);
        final long haTinh = org(unique("Ủy ban nhân dân tỉnh Hà Tĩnh"), "LOCAL_GOVERNMENT", "VN", null);
        final long laiChauDistrict = org(unique("Huyện Phong Thổ"), "LOCAL_GOVERNMENT", "VN", laiChau);
        final long lao = org(unique("Phongsaly Province"), "LOCAL_GOVERNMENT", "LA", null);
        final long ngo = org(unique("Oxfam"), "INTERNATIONAL_NGO", "GB", null);
        final long partnershipHaTinh = created(Role.EDITOR, partnership(haTinh), "/api/v1/partnerships");
        final long aidHaTinh = created(Role.EDITOR, aid(haTinh), "/api/v1/aid-commitments");
        final long aidLaiChau = created(Role.EDITOR, aid(laiChauDistrict), "/api/v1/aid-commitments");
        final List<Kind> kinds = List.of(
                new Kind(
                        "/api/v1/partnerships",
                        "homeOrganizationId",
                        created(Role.EDITOR, partnership(laiChauUnit), "/api/v1/partnerships"),
                        partnershipHaTinh,
                        this::partnership),
                new Kind(
                        "/api/v1/delegations",
                        "homeOrganizationId",
                        created(Role.EDITOR, delegation(laiChauUnit), "/api/v1/delegations"),
                        created(Role.EDITOR, delegation(haTinh), "/api/v1/delegations"),
                        this::delegation),
                new Kind(
                        "/api/v1/training-courses",
                        "organizerOrganizationId",
                        seated(created(Role.EDITOR, course(laiChauUnit), "/api/v1/training-courses")),
                        seated(created(Role.EDITOR, course(haTinh), "/api/v1/training-courses")),
                        this::course),
                new Kind(
                        "/api/v1/aid-commitments",
                        "beneficiaryOrganizationId",
                        aidLaiChau,
                        aidHaTinh,
                        home -> aid(home == laiChauUnit ? laiChauDistrict : home)));
        private final String editorToken = scopedLogin(Role.EDITOR);
        private final String viewerToken = scopedLogin(Role.VIEWER);
        private final String adminToken = scopedLogin(Role.ADMIN);

        RequestSpecification editor() {
            return spec(editorToken);
        }

        RequestSpecification viewer() {
            return spec(viewerToken);
        }

        RequestSpecification admin() {
            return spec(adminToken);
        }

        private static RequestSpecification spec(String token) {
            return as(Role.VIEWER).auth().oauth2(token).contentType(ContentType.JSON);
        }

        private String scopedLogin(Role role) {
            String username = unique("lai.chau." + role.name().toLowerCase());
            String password = "pw " + unique("lai chau");
            as(Role.ADMIN)
                    .body(Map.of(
                            "username",
                            username,
                            "role",
                            role.name(),
                            "password",
                            password,
                            "scopeOrganizationId",
                            laiChau))
                    .post("/api/v1/users")
                    .then()
                    .statusCode(201);
            return login(username, password);
        }

        private static long org(String name, String type, String country, Long parent) {
            Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "countryCode", country));
            if (parent != null) {
                body.put("parentId", parent);
            }
            return created(Role.EDITOR, body, "/api/v1/organizations");
        }

        private Map<String, Object> partnership(long home) {
            return new HashMap<>(Map.of(
                    "homeOrganizationId", home,
                    "partnerOrganizationId", lao,
                    "type", "FRIENDSHIP",
                    "pillars", List.of("PEOPLE"),
                    "title", unique("Hữu nghị"),
                    "startDate",
                            LocalDate.of(2000, 1, 1)
                                    .plusDays(10L * STARTS.incrementAndGet())
                                    .toString(),
                    "endDate",
                            LocalDate.of(2000, 1, 1)
                                    .plusDays(10L * STARTS.get() + 5)
                                    .toString()));
        }

        Map<String, Object> delegationBody(long home) {
            return delegation(home);
        }

        private Map<String, Object> delegation(long home) {
            Map<String, Object> body = new HashMap<>();
            body.put("direction", "INCOMING");
            body.put("title", unique("Đoàn tỉnh Phongsaly"));
            body.put("counterpartOrganizationId", lao);
            body.put("homeOrganizationId", home);
            body.put("startDate", "2025-03-10");
            body.put("endDate", "2025-03-12");
            body.put("countryCode", "VN");
            body.put("level", "PROVINCIAL");
            return body;
        }

        private Map<String, Object> course(long organizer) {
            LocalDate start = LocalDate.now().plusDays(40);
            Map<String, Object> body = new HashMap<>();
            body.put("title", unique("Bồi dưỡng tiếng Lào"));
            body.put("topic", "FOREIGN_LANGUAGE");
            body.put("language", "lo");
            body.put("organizerOrganizationId", organizer);
            body.put("startDate", start.toString());
            body.put("endDate", start.plusDays(3).toString());
            body.put("registrationDeadline", start.minusDays(1).toString());
            body.put("capacity", 20);
            return body;
        }

        private Map<String, Object> aid(long beneficiary) {
            Map<String, Object> body = new HashMap<>();
            body.put("title", unique("Cấp nước sạch"));
            body.put("ngoId", ngo);
            body.put("kind", "PROJECT");
            body.put("sector", "WATER_SANITATION");
            body.put("beneficiaryOrganizationId", beneficiary);
            body.put("committed", Map.of("amount", "150000000", "currency", "VND"));
            body.put("commitmentDate", "2024-04-01");
            body.put("status", "IMPLEMENTATION");
            return body;
        }

        /** A course with one seated trainee, so that the training report counts it. */
        private static long seated(long course) {
            as(Role.ADMIN)
                    .header("If-Match", etagOf(Role.ADMIN, "/api/v1/training-courses/{id}", course))
                    .body(Map.of("to", "OPEN"))
                    .post("/api/v1/training-courses/{id}/transitions", course)
                    .then()
                    .statusCode(200);
            created(
                    Role.EDITOR,
                    Map.of("fullName", unique("Nguyễn Văn A"), "organizationName", "Sở Ngoại vụ Lai Châu"),
                    "/api/v1/training-courses/{id}/participants",
                    course);
            return course;
        }
    }
}
