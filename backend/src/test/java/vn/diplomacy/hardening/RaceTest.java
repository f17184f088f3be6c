package vn.diplomacy.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.diplomacy.Parallel;
import vn.diplomacy.TestSupport;
import vn.diplomacy.security.Role;

/** The races of the hardening review, each with real parallel requests against the real database. */
@QuarkusTest
class RaceTest {

    private static long organization(String type, String country) {
        return created(
                Role.EDITOR,
                Map.of("name", unique("Tổ chức"), "type", type, "countryCode", country),
                "/api/v1/organizations");
    }

    private static long delegation(long org) {
        return created(
                Role.EDITOR,
                Map.of(
                        "direction",
                        "INCOMING",
                        "title",
                        unique("Đoàn Bolikhamxay"),
                        "counterpartOrganizationId",
                        org,
                        "homeOrganizationId",
                        org,
                        "startDate",
                        "2027-03-01",
                        "endDate",
                        "2027-03-03",
                        "countryCode",
                        "VN",
                        "level",
                        "PROVINCIAL"),
                "/api/v1/delegations");
    }

    private static void noServerErrors(List<Response> answers) {
        for (Response r : answers) {
            assertThat(r.statusCode()).as(r.asString()).isLessThan(500);
        }
    }

    @Test
    void membersOfDifferentDelegationsSavedAtOnceAllSucceed() throws Exception {
        long org = organization("LOCAL_GOVERNMENT", "LA");
        long[] ids = new long[16];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = delegation(org);
        }
        as(Role.EDITOR);
        List<Response> answers = Parallel.run(
                ids.length,
                i -> as(Role.EDITOR)
                        .header("If-Match", "\"0\"")
                        .body(Map.of(
                                "members",
                                List.of(
                                        Map.of("fullName", "Khamphao " + i, "role", "HEAD"),
                                        Map.of("fullName", "Souksavanh " + i, "role", "MEMBER"))))
                        .put("/api/v1/delegations/{id}/members", ids[i]));
        noServerErrors(answers);
        assertThat(Parallel.count(answers, 200)).isEqualTo(ids.length);
        for (long id : ids) {
            assertThat(as(Role.VIEWER)
                            .get("/api/v1/delegations/{id}/members", id)
                            .jsonPath()
                            .getList("members"))
                    .hasSize(2);
        }
    }

    @Test
    void fiftySavesOfOneMemberListLetOneWinAndTellTheOthers412() throws Exception {
        long id = delegation(organization("LOCAL_GOVERNMENT", "LA"));
        as(Role.EDITOR);
        List<Response> answers = Parallel.run(
                50,
                i -> as(Role.EDITOR)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("members", List.of(Map.of("fullName", "Thành viên " + i, "role", "MEMBER"))))
                        .put("/api/v1/delegations/{id}/members", id));
        noServerErrors(answers);
        assertThat(Parallel.count(answers, 200)).isEqualTo(1);
        assertThat(Parallel.count(answers, 412)).isEqualTo(49);
    }

    @Test
    void exchangeRatesForDifferentDatesCreatedAtOnceAllSucceed() throws Exception {
        as(Role.ADMIN);
        List<Response> answers = Parallel.run(
                10,
                i -> as(Role.ADMIN)
                        .body(Map.of(
                                "currency",
                                "KRW",
                                "date",
                                "2031-0" + (i % 9 + 1) + "-1" + (i / 9),
                                "rate",
                                "18." + i,
                                "source",
                                "Vietcombank"))
                        .post("/api/v1/exchange-rates"));
        noServerErrors(answers);
        assertThat(Parallel.count(answers, 201)).isEqualTo(10);
        List<Map<String, Object>> rates = as(Role.VIEWER)
                .queryParam("currency", "KRW")
                .queryParam("size", 100)
                .get("/api/v1/exchange-rates")
                .jsonPath()
                .getList("items");
        assertThat(rates).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void simultaneousRetriesWithOneIdempotencyKeyCreateOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of("name", unique("Quỹ Nhi đồng"), "type", "INTERNATIONAL_NGO", "countryCode", "GB");
        as(Role.EDITOR);
        List<Response> answers = Parallel.run(
                20,
                i -> as(Role.EDITOR).header("Idempotency-Key", key).body(body).post("/api/v1/organizations"));
        noServerErrors(answers);
        List<Response> created =
                answers.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).isNotEmpty();
        for (Response r : answers) {
            if (r.statusCode() == 409) {
                assertThat(r.jsonPath().getString("type")).endsWith("/idempotency-in-progress");
                assertThat(r.header("Retry-After")).isNotNull();
            } else {
                assertThat(r.statusCode()).isEqualTo(201);
            }
        }
        assertThat(created.stream().map(r -> r.jsonPath().getLong("id")).distinct())
                .hasSize(1);
        Response later =
                as(Role.EDITOR).header("Idempotency-Key", key).body(body).post("/api/v1/organizations");
        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(later.jsonPath().getLong("id"))
                .isEqualTo(created.get(0).jsonPath().getLong("id"));
    }

    @Test
    void twoAdminsDemotingEachOtherLeaveOneAdmin() throws Exception {
        String[] names = {unique("admin-a"), unique("admin-b")};
        String password = "pw " + UUID.randomUUID();
        long[] ids = {
            TestSupport.createUser(names[0], Role.ADMIN, password),
            TestSupport.createUser(names[1], Role.ADMIN, password)
        };
        String[] tokens = {TestSupport.login(names[0], password), TestSupport.login(names[1], password)};
        // Leave a and b as the only enabled admins for the race, then give the others back.
        List<Map<String, Object>> others = given().auth()
                .oauth2(tokens[0])
                .queryParam("role", "ADMIN")
                .queryParam("enabled", "true")
                .queryParam("size", 100)
                .get("/api/v1/users")
                .jsonPath()
                .getList("items");
        others = others.stream()
                .filter(u -> !List.of(names).contains(u.get("username")))
                .toList();
        for (Map<String, Object> u : others) {
            given().auth()
                    .oauth2(tokens[0])
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"" + u.get("version") + "\"")
                    .body(Map.of("role", "ADMIN", "enabled", false))
                    .put("/api/v1/users/{id}", u.get("id"))
                    .then()
                    .statusCode(200);
        }
        List<Response> answers;
        try {
            answers = Parallel.run(
                    2,
                    i -> given().auth()
                            .oauth2(tokens[i])
                            .contentType(ContentType.JSON)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("role", "VIEWER", "enabled", true))
                            .put("/api/v1/users/{id}", ids[1 - i]));
        } finally {
            // Whoever is still ADMIN can read users; the demoted one gets 403.
            String survivor = given().auth()
                                    .oauth2(tokens[0])
                                    .get("/api/v1/users/{id}", ids[0])
                                    .statusCode()
                            == 200
                    ? tokens[0]
                    : tokens[1];
            for (Map<String, Object> u : others) {
                long version = given().auth()
                        .oauth2(survivor)
                        .get("/api/v1/users/{id}", u.get("id"))
                        .jsonPath()
                        .getLong("version");
                given().auth()
                        .oauth2(survivor)
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"" + version + "\"")
                        .body(Map.of("role", "ADMIN", "enabled", true))
                        .put("/api/v1/users/{id}", u.get("id"))
                        .then()
                        .statusCode(200);
            }
        }
        noServerErrors(answers);
        // Never both: the loser is told it would leave no admin (409), or was itself demoted first (403).
        assertThat(Parallel.count(answers, 200)).isEqualTo(1);
        assertThat(Parallel.count(answers, 409) + Parallel.count(answers, 403)).isEqualTo(1);
    }
}
