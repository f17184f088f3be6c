package vn.diplomacy.office;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** An office's own report period: read up the tree, used for delegations saved afterwards, changed with If-Match. */
@QuarkusTest
class OfficeSettingTest {
    static final String PATH = "/api/v1/office-settings/{id}";

    static long org(String name, String type, String country, Long parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", unique(name), "type", type, "countryCode", country));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(Role.EDITOR, body, "/api/v1/organizations");
    }

    static String dueOn(long home, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("direction", "OUTGOING");
        body.put("title", unique("Đoàn Sở Ngoại vụ làm việc tại Khăm Muồn"));
        body.put("counterpartOrganizationId", org("Khammouane", "LOCAL_GOVERNMENT", "LA", null));
        body.put("homeOrganizationId", home);
        body.put("startDate", end.minusDays(3).toString());
        body.put("endDate", end.toString());
        body.put("countryCode", "LA");
        body.put("level", "DEPARTMENT");
        long id = created(Role.EDITOR, body, "/api/v1/delegations");
        return as(Role.VIEWER).get("/api/v1/delegations/{id}", id).jsonPath().getString("reportDueOn");
    }

    @Test
    void aProvinceSetsItsPeriodAndItsUnitsFollowUnlessTheyHaveTheirOwn() {
        long province = org("Ủy ban nhân dân tỉnh Quảng Trị", "LOCAL_GOVERNMENT", "VN", null);
        long unit = org("Sở Ngoại vụ Quảng Trị", "GOVERNMENT_AGENCY", "VN", province);
        LocalDate end = LocalDate.of(2027, 3, 10);
        JsonPath before =
                as(Role.VIEWER).get(PATH, unit).then().statusCode(200).extract().jsonPath();
        assertThat(before.getInt("effectiveDelegationReportDueDays")).isEqualTo(15);
        assertThat(before.getString("effectiveFrom")).isNull();
        assertThat(dueOn(unit, end)).isEqualTo("2027-03-25");

        as(Role.EDITOR)
                .body(Map.of("delegationReportDueDays", 10))
                .put(PATH, province)
                .then()
                .statusCode(403);
        as(Role.ADMIN)
                .body(Map.of("delegationReportDueDays", 0))
                .put(PATH, province)
                .then()
                .statusCode(400);
        as(Role.ADMIN)
                .body(Map.of("delegationReportDueDays", 91))
                .put(PATH, province)
                .then()
                .statusCode(400);
        String etag = as(Role.ADMIN)
                .body(Map.of("delegationReportDueDays", 10))
                .put(PATH, province)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        JsonPath inherited = as(Role.VIEWER).get(PATH, unit).jsonPath();
        assertThat(inherited.getInt("effectiveDelegationReportDueDays")).isEqualTo(10);
        assertThat(inherited.getLong("effectiveFrom")).isEqualTo(province);
        assertThat(inherited.getString("delegationReportDueDays")).isNull();
        assertThat(dueOn(unit, end)).isEqualTo("2027-03-20");

        // Once the office has its own row, a change needs the ETag of the last read.
        as(Role.ADMIN)
                .body(Map.of("delegationReportDueDays", 12))
                .put(PATH, province)
                .then()
                .statusCode(428);
        as(Role.ADMIN)
                .header("If-Match", "\"99\"")
                .body(Map.of("delegationReportDueDays", 12))
                .put(PATH, province)
                .then()
                .statusCode(412);
        as(Role.ADMIN)
                .header("If-Match", etag)
                .body(Map.of("delegationReportDueDays", 12))
                .put(PATH, province)
                .then()
                .statusCode(200);
        as(Role.ADMIN)
                .body(Map.of("delegationReportDueDays", 7))
                .put(PATH, unit)
                .then()
                .statusCode(200);
        assertThat(dueOn(unit, end)).isEqualTo("2027-03-17");
        assertThat(dueOn(province, end)).isEqualTo("2027-03-22");
        as(Role.VIEWER).get(PATH, 999_999_999L).then().statusCode(404);
        // Agencies' programs see the settings change in the feed.
        assertThat(as(Role.VIEWER)
                        .queryParam("types", "office-setting")
                        .get("/api/v1/changes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.kind"))
                .isNotEmpty()
                .containsOnly("office-setting");
    }

    @Test
    void firstSavesSentAtOnceLeaveOneRowAndNoServerError() throws Exception {
        long office = org("Ủy ban nhân dân tỉnh Quảng Ngãi", "LOCAL_GOVERNMENT", "VN", null);
        as(Role.ADMIN);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                int days = 10 + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(Role.ADMIN)
                            .body(Map.of("delegationReportDueDays", days))
                            .put(PATH, office)
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(60, TimeUnit.SECONDS));
            }
            // The first creates the row; the others then find it and are asked for its ETag.
            assertThat(codes).containsOnly(200, 428);
            assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(as(Role.VIEWER).get(PATH, office).jsonPath().getInt("delegationReportDueDays"))
                .isBetween(10, 13);
    }
}
