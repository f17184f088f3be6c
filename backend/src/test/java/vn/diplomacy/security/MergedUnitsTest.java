package vn.diplomacy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Administrative units that ended and were merged into others (the 2025 reform): their validity and successor, the
 * reports that fold them into today's units "as of" a day, and the successor's scope inheriting their records.
 */
@QuarkusTest
class MergedUnitsTest {
    private static final String ORGS = "/api/v1/organizations";

    /** A province merged into another, with a district dissolved into it; records in each; built once. */
    private static final class World {
        final String tag = unique("hopnhat").replace("-", "");
        final long oldProvince =
                ScopeWorld.org(unique("Ủy ban nhân dân tỉnh Quảng Bình"), "LOCAL_GOVERNMENT", "VN", null);
        final long district = ScopeWorld.org(unique("Huyện Minh Hóa"), "LOCAL_GOVERNMENT", "VN", oldProvince);
        final long newProvince =
                ScopeWorld.org(unique("Ủy ban nhân dân tỉnh Quảng Trị"), "LOCAL_GOVERNMENT", "VN", null);
        final ScopeWorld s = ScopeWorld.get();
        final long oldDelegation = created(Role.EDITOR, tagged(s.delegation(oldProvince)), "/api/v1/delegations");
        final long newDelegation = created(Role.EDITOR, tagged(s.delegation(newProvince)), "/api/v1/delegations");

        World() {
            ScopeWorld.seated(created(Role.EDITOR, tagged(s.course(district)), "/api/v1/training-courses"));
            ScopeWorld.seated(created(Role.EDITOR, tagged(s.course(newProvince)), "/api/v1/training-courses"));
            created(Role.EDITOR, tagged(s.aid(district)), "/api/v1/aid-commitments");
            created(Role.EDITOR, tagged(s.aid(newProvince)), "/api/v1/aid-commitments");
            end(district, "2025-06-30", oldProvince).statusCode(200);
            end(oldProvince, "2025-06-30", newProvince)
                    .statusCode(200)
                    .body("successor.id", equalTo((int) newProvince))
                    .body("validTo", equalTo("2025-06-30"));
        }

        private Map<String, Object> tagged(Map<String, Object> body) {
            body.put("title", tag + " " + body.get("title"));
            return body;
        }
    }

    private static World world;

    private static synchronized World world() {
        if (world == null) {
            world = new World();
        }
        return world;
    }

    /** Replaces the organization with its own fields plus a last day and a successor. */
    private static ValidatableResponse end(long id, String validTo, Long successor) {
        Map<String, Object> body = body(id);
        body.put("validTo", validTo);
        body.put("successorId", successor);
        return put(id, body);
    }

    private static Map<String, Object> body(long id) {
        JsonPath o = as(Role.EDITOR)
                .get(ORGS + "/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("name", "type", "countryCode", "parentId", "validFrom", "validTo", "successorId")) {
            body.put(field, o.get(field));
        }
        return body;
    }

    private static ValidatableResponse put(long id, Map<String, Object> body) {
        return as(Role.EDITOR)
                .header("If-Match", etagOf(Role.EDITOR, ORGS + "/{id}", id))
                .body(body)
                .put(ORGS + "/{id}", id)
                .then();
    }

    @Test
    void aMergerIsCheckedAndKeepsTheSuccessorInUse() {
        World w = world();
        long unit = ScopeWorld.org(unique("Xã Dân Hóa"), "LOCAL_GOVERNMENT", "VN", w.newProvince);
        Map<String, Object> body = body(unit);
        body.put("successorId", w.newProvince);
        put(unit, body).statusCode(400).body("errors[0].field", equalTo("validTo"));
        body.put("validFrom", "2026-01-01");
        body.put("validTo", "2025-06-30");
        put(unit, body).statusCode(400).body("errors[0].field", equalTo("validTo"));
        body.put("validFrom", null);
        body.put("successorId", unit);
        put(unit, body).statusCode(400).body("errors[0].field", equalTo("successorId"));
        body.put("successorId", 999_999_999L);
        put(unit, body).statusCode(400).body("errors[0].field", equalTo("successorId"));
        // Quảng Trị merged back into Quảng Bình would make a circle.
        end(w.newProvince, "2025-06-30", w.oldProvince).statusCode(400).body("errors[0].field", equalTo("successorId"));
        as(Role.ADMIN)
                .header("If-Match", etagOf(Role.ADMIN, ORGS + "/{id}", w.newProvince))
                .delete(ORGS + "/{id}", w.newProvince)
                .then()
                .statusCode(409);
    }

    @Test
    void twoUnitsMergedIntoEachOtherAtOnceMakeNoCircle() throws Exception {
        World w = world();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                long a = ScopeWorld.org(unique("Xã Tân Thành"), "LOCAL_GOVERNMENT", "VN", w.newProvince);
                long b = ScopeWorld.org(unique("Xã Tân Lập"), "LOCAL_GOVERNMENT", "VN", w.newProvince);
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<Integer>> answers = List.of(
                        pool.submit(() -> mergeAtOnce(a, b, start)), pool.submit(() -> mergeAtOnce(b, a, start)));
                List<Integer> statuses =
                        List.of(answers.get(0).get(), answers.get(1).get());
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 400);
                Integer aNext =
                        as(Role.EDITOR).get(ORGS + "/{id}", a).jsonPath().get("successorId");
                Integer bNext =
                        as(Role.EDITOR).get(ORGS + "/{id}", b).jsonPath().get("successorId");
                assertThat(aNext == null || bNext == null)
                        .as("no circle stored")
                        .isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int mergeAtOnce(long unit, long into, java.util.concurrent.CyclicBarrier start) throws Exception {
        Map<String, Object> body = body(unit);
        body.put("validTo", "2025-06-30");
        body.put("successorId", into);
        String etag = etagOf(Role.EDITOR, ORGS + "/{id}", unit);
        start.await();
        return as(Role.EDITOR)
                .header("If-Match", etag)
                .body(body)
                .put(ORGS + "/{id}", unit)
                .statusCode();
    }

    @Test
    void theRegistryListsTheUnitsOfADay() {
        World w = world();
        String name =
                as(Role.VIEWER).get(ORGS + "/{id}", w.oldProvince).jsonPath().getString("name");
        String q = name.substring(name.lastIndexOf('-') + 1);
        as(Role.VIEWER)
                .queryParam("q", q)
                .queryParam("validOn", "2024-05-01")
                .get(ORGS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) w.oldProvince));
        as(Role.VIEWER)
                .queryParam("q", q)
                .queryParam("validOn", "2025-07-01")
                .get(ORGS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) w.oldProvince)));
        as(Role.VIEWER)
                .queryParam("validOn", "30/06/2025")
                .get(ORGS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("validOn"));
    }

    @Test
    void reportsAsOfADayCountOldUnitsInTheirSuccessors() {
        World w = world();
        String newKey = String.valueOf(w.newProvince);
        JsonPath named = report("/api/v1/reports/delegations", "province", null);
        assertThat(named.getList("rows.key", String.class))
                .containsExactlyInAnyOrder(String.valueOf(w.oldProvince), newKey);
        // On the last day Quảng Bình still existed; from the next one its records count in Quảng Trị.
        assertThat(report("/api/v1/reports/delegations", "province", "2025-06-30")
                        .getList("rows"))
                .hasSize(2);
        JsonPath rolled = report("/api/v1/reports/delegations", "province", "2026-01-01");
        assertThat(rolled.getList("rows.key", String.class)).containsExactly(newKey);
        assertThat(rolled.getString("rows[0].label")).startsWith("Ủy ban nhân dân tỉnh Quảng Trị");
        assertThat(rolled.getLong("rows[0].delegations")).isEqualTo(2);
        assertThat(rolled.getLong("totalDelegations")).isEqualTo(named.getLong("totalDelegations"));

        for (String groupBy : List.of("province", "organizer")) {
            JsonPath training = report("/api/v1/reports/training", groupBy, "2026-01-01");
            assertThat(training.getList("rows.key", String.class)).as(groupBy).containsExactly(newKey);
            assertThat(training.getLong("rows[0].courses")).isEqualTo(2);
            assertThat(training.getLong("totalTrainees")).isEqualTo(2);
        }
        assertThat(report("/api/v1/reports/training", "organizer", null).getList("rows"))
                .hasSize(2);

        for (String groupBy : List.of("province", "beneficiary")) {
            JsonPath aid = report("/api/v1/reports/aid", groupBy, "2026-01-01");
            assertThat(aid.getList("rows.key", String.class)).as(groupBy).containsExactly(newKey);
            assertThat(aid.getLong("rows[0].projects")).isEqualTo(2);
            assertThat(aid.getString("rows[0].committed.amount")).isEqualTo("300000000");
            assertThat(aid.getString("totals.committed.amount")).isEqualTo("300000000");
        }
        assertThat(report("/api/v1/reports/aid", "beneficiary", null).getList("rows"))
                .hasSize(2);
        JsonPath stacked = as(Role.VIEWER)
                .queryParam("q", w.tag)
                .queryParam("groupBy", "year")
                .queryParam("stackBy", "province")
                .queryParam("asOf", "2026-01-01")
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stacked.getList("rows[0].stack.key", String.class)).containsExactly(newKey);
        assertThat(stacked.getLong("rows[0].stack[0].projects")).isEqualTo(2);

        as(Role.VIEWER)
                .queryParam("groupBy", "province")
                .queryParam("asOf", "1/7/2025")
                .get("/api/v1/reports/delegations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    private static JsonPath report(String path, String groupBy, String asOf) {
        var request = as(Role.VIEWER).queryParam("q", world().tag).queryParam("groupBy", groupBy);
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSuccessorsScopeHoldsTheRecordsOfTheUnitsMergedIntoIt() {
        World w = world();
        String successor = ScopeWorld.scopedToken(w.newProvince, Role.EDITOR);
        ScopeWorld.spec(successor)
                .get("/api/v1/delegations/{id}", w.oldDelegation)
                .then()
                .statusCode(200);
        assertThat(ScopeWorld.ids(
                        ScopeWorld.spec(ScopeWorld.scopedToken(w.newProvince, Role.VIEWER))
                                .queryParam("q", w.tag),
                        "/api/v1/delegations"))
                .containsExactlyInAnyOrder(w.oldDelegation, w.newDelegation);
        // The other way round: the old province's scope does not reach its successor's records.
        var predecessor = ScopeWorld.spec(ScopeWorld.scopedToken(w.oldProvince, Role.EDITOR));
        predecessor.get("/api/v1/delegations/{id}", w.newDelegation).then().statusCode(403);
        // The scope filter follows the same rule: Quảng Trị's figures include Quảng Bình's.
        assertThat(as(Role.VIEWER)
                        .queryParam("q", w.tag)
                        .queryParam("scopeOrganizationId", w.newProvince)
                        .get("/api/v1/reports/delegations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("totalDelegations"))
                .isEqualTo(2);
        // Merging a unit into another province hands its records over: a scoped editor cannot do that alone.
        long commune = ScopeWorld.org(unique("Xã Trọng Hóa"), "LOCAL_GOVERNMENT", "VN", w.newProvince);
        Map<String, Object> body = body(commune);
        body.put("validTo", "2025-06-30");
        body.put("successorId", w.s.haTinh);
        ScopeWorld.spec(successor)
                .header("If-Match", etagOf(Role.EDITOR, ORGS + "/{id}", commune))
                .body(body)
                .put(ORGS + "/{id}", commune)
                .then()
                .statusCode(403)
                .body("params.field", equalTo("successorId"));
    }
}
