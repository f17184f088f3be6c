package vn.diplomacy.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.aid.AidFixtures.commitment;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.district;
import static vn.diplomacy.aid.AidFixtures.ngo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class AidProgressReportTest {
    static final String AID = "/api/v1/aid-commitments/{id}";
    static final String REPORTS = AID + "/progress-reports";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    static JsonPath reports(long id) {
        return as(Role.VIEWER)
                .queryParam("size", 100)
                .get(REPORTS, id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static List<Object> overdue(long id) {
        return as(Role.VIEWER)
                .queryParams(Map.of("commitmentId", id, "overdue", true, "size", 100))
                .get("/api/v1/aid-progress-reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    static Map<String, Object> body(JsonPath report, int i) {
        Map<String, Object> b = new HashMap<>();
        b.put("period", report.getString("items[" + i + "].period"));
        b.put("periodStart", report.getString("items[" + i + "].periodStart"));
        b.put("periodEnd", report.getString("items[" + i + "].periodEnd"));
        return b;
    }

    @Test
    void aidUnderWayOwesHalfYearlyAndYearlyReportsThatFollowItsDates() {
        int year = TODAY.getYear();
        Map<String, Object> aid = commitment(ngo(), district(), "90000", "USD", (year - 1) + "-02-01");
        aid.put("startDate", (year - 1) + "-03-01");
        aid.put("endDate", year + "-09-30");
        long id = create(aid);

        JsonPath owed = reports(id);
        assertThat(owed.getList("items.period")).containsExactly("HALF_YEAR", "YEAR", "HALF_YEAR", "YEAR");
        assertThat(owed.getList("items.dueOn"))
                .containsExactly((year - 1) + "-07-15", year + "-01-15", year + "-07-15", (year + 1) + "-01-15");
        // Today is in December: three are past due, this year's yearly report is not due yet.
        assertThat(overdue(id)).hasSize(3);
        assertThat(owed.getInt("items[0].daysOverdue")).isPositive();

        // The first report arrives.
        long first = owed.getLong("items[0].id");
        Map<String, Object> received = body(owed, 0);
        received.put("receivedOn", (year - 1) + "-07-10");
        received.put("summary", "Đã xây 3 bể nước, 420 hộ được dùng nước sạch.");
        String reportPath = REPORTS + "/{reportId}";
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, reportPath, id, first))
                .body(received)
                .put(reportPath, id, first)
                .then()
                .statusCode(200)
                .body("overdue", equalTo(false))
                .body("commitment.id", equalTo((int) id));
        assertThat(overdue(id)).hasSize(2);

        // A scheduled report keeps its period and stays owed; only ad-hoc ones are added or removed.
        Map<String, Object> moved = new HashMap<>(received);
        moved.put("periodEnd", (year - 1) + "-05-31");
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, reportPath, id, first))
                .body(moved)
                .put(reportPath, id, first)
                .then()
                .statusCode(409)
                .body("code", equalTo("aid-report-scheduled"));
        Map<String, Object> future = new HashMap<>(received);
        future.put("receivedOn", TODAY.plusDays(3).toString());
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, reportPath, id, first))
                .body(future)
                .put(reportPath, id, first)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("receivedOn"));
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, reportPath, id, first))
                .delete(reportPath, id, first)
                .then()
                .statusCode(409);
        Map<String, Object> adHoc =
                Map.of("period", "AD_HOC", "periodStart", year + "-01-01", "periodEnd", year + "-03-31");
        as(Role.EDITOR).body(adHoc).post(REPORTS, id).then().statusCode(201).body("dueOn", equalTo(year + "-04-15"));
        as(Role.EDITOR)
                .body(Map.of("period", "YEAR", "periodStart", year + "-01-01", "periodEnd", year + "-12-31"))
                .post(REPORTS, id)
                .then()
                .statusCode(400);

        // The aid ends a year earlier: this year's unreceived reports go, the received and ad-hoc ones stay.
        as(Role.EDITOR)
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.VIEWER, AID, id))
                .body(Map.of("endDate", (year - 1) + "-12-31"))
                .patch(AID, id)
                .then()
                .statusCode(200);
        assertThat(reports(id).getList("items.period")).containsExactly("HALF_YEAR", "YEAR", "AD_HOC");

        // Completed: a final report is owed too.
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, AID, id))
                .body(Map.of("to", "COMPLETED", "on", (year - 1) + "-12-20"))
                .post(AID + "/transitions", id)
                .then()
                .statusCode(200);
        as(Role.VIEWER)
                .queryParams(Map.of("size", 100, "period", "FINAL"))
                .get(REPORTS, id)
                .then()
                .statusCode(400);
        JsonPath done = reports(id);
        assertThat(done.getList("items.period")).containsExactly("HALF_YEAR", "FINAL", "YEAR", "AD_HOC");
        assertThat(done.getString("items[1].dueOn")).isEqualTo(year + "-01-04");
    }

    @Test
    void aDossierOwesNothingAndTheListRefusesUnknownFilters() {
        Map<String, Object> dossier = commitment(ngo(), district(), "5000", "USD", "2026-02-01");
        dossier.put("status", "PIPELINE");
        dossier.remove("approvalDecisionNo");
        dossier.remove("approvalDate");
        dossier.put("startDate", "2026-03-01");
        long id = create(dossier);
        as(Role.VIEWER).get(REPORTS, id).then().statusCode(200).body("items.size()", equalTo(0));
        as(Role.VIEWER)
                .queryParam("colour", "red")
                .get("/api/v1/aid-progress-reports")
                .then()
                .statusCode(400);
        as(Role.VIEWER)
                .queryParam("overdue", "maybe")
                .get("/api/v1/aid-progress-reports")
                .then()
                .statusCode(400);
    }
}
