package vn.diplomacy.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.delegation.DelegationFixtures.etag;
import static vn.diplomacy.delegation.DelegationFixtures.propose;
import static vn.diplomacy.delegation.DelegationFixtures.withHead;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.Parallel;
import vn.diplomacy.security.Role;

/** Delegations under the rules: the approval's decision, the report after return and its due day. */
@QuarkusTest
class DelegationRulesTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static io.restassured.response.ValidatableResponse move(long id, Role role, Map<String, Object> body) {
        return as(role).header("If-Match", etag(id))
                .body(body)
                .post("/api/v1/delegations/{id}/transitions", id)
                .then();
    }

    private static Map<String, Object> approval(String number, String date, String authority) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", "APPROVED");
        body.put("decisionNumber", number);
        body.put("decisionDate", date);
        body.put("approvingAuthority", authority);
        return body;
    }

    private static long approved(LocalDate start, LocalDate end) {
        long id = propose(start, end);
        withHead(id);
        move(id, Role.ADMIN, approval("2815/QĐ-UBND", start.minusDays(10).toString(), "PEOPLES_COMMITTEE"))
                .statusCode(200);
        return id;
    }

    @Test
    void approvalRecordsTheDecisionAndWarnsWithoutOne() {
        LocalDate start = TODAY.minusDays(40);
        long id = approved(start, start.plusDays(2));
        as(Role.VIEWER)
                .get("/api/v1/delegations/{id}", id)
                .then()
                .statusCode(200)
                .body("decisionNumber", equalTo("2815/QĐ-UBND"))
                .body("decisionDate", equalTo(start.minusDays(10).toString()))
                .body("approvingAuthority", equalTo("PEOPLES_COMMITTEE"))
                .body("reportDueOn", equalTo(start.plusDays(2 + 15).toString()))
                .body("alerts", equalTo(List.of("REPORT_OVERDUE")));

        long bare = propose(TODAY.plusDays(20), TODAY.plusDays(22));
        withHead(bare);
        move(bare, Role.ADMIN, Map.of("to", "APPROVED"))
                .statusCode(200)
                .body("decisionNumber", equalTo(null))
                .body("alerts", equalTo(List.of("DECISION_MISSING")));
    }

    @Test
    void aBadDecisionIsRefusedWithEveryReason() {
        long id = propose(TODAY.plusDays(5), TODAY.plusDays(6));
        withHead(id);
        move(id, Role.ADMIN, approval("12/QĐ-UBND", null, "CENTRAL_AGENCY"))
                .statusCode(400)
                .body("errors.field", hasItem("decisionDate"))
                .body("errors.field", hasItem("approvingAuthority"));
        move(id, Role.ADMIN, approval("12/QĐ-UBND", TODAY.plusDays(1).toString(), "PEOPLES_COMMITTEE"))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("decisionDate")));
        move(id, Role.ADMIN, approval(null, TODAY.toString(), null))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("decisionNumber")));
        Map<String, Object> cancel = approval("12/QĐ-UBND", TODAY.toString(), null);
        cancel.put("to", "CANCELLED");
        cancel.put("reason", "Hoãn");
        move(id, Role.EDITOR, cancel).statusCode(400).body("errors.field", equalTo(List.of("decisionNumber")));
        // Nothing was recorded by the refused attempts.
        as(Role.VIEWER).get("/api/v1/delegations/{id}", id).then().body("status", equalTo("PROPOSED"));
        as(Role.VIEWER)
                .get("/api/v1/delegations/rules")
                .then()
                .statusCode(200)
                .body(
                        "approvingAuthorities",
                        equalTo(List.of("PEOPLES_COMMITTEE", "PARTY_STANDING_BOARD", "DEPARTMENT_HEAD")))
                .body("reportDueDays", equalTo(15));
    }

    @Test
    void completedOnlyAfterTheEndAndWithTheReport() {
        long future = approved(TODAY.minusDays(1), TODAY.plusDays(1));
        move(future, Role.EDITOR, Map.of("to", "COMPLETED", "outcome", "Ký biên bản"))
                .statusCode(409)
                .body("code", equalTo("delegation-not-ended"))
                .body("params.endDate", equalTo(TODAY.plusDays(1).toString()));

        long ended = approved(TODAY.minusDays(3), TODAY);
        move(ended, Role.EDITOR, Map.of("to", "COMPLETED"))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("outcome")));
        // The report as a file is enough.
        as(Role.EDITOR)
                .contentType("multipart/form-data")
                .multiPart("kind", "REPORT")
                .multiPart("title", "Báo cáo kết quả chuyến công tác")
                .multiPart(
                        "file",
                        "bao-cao.pdf",
                        "%PDF-1.7\nreport\n%%EOF".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .post("/api/v1/delegations/{id}/attachments", ended)
                .then()
                .statusCode(201);
        move(ended, Role.EDITOR, Map.of("to", "COMPLETED")).statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    void overdueReportsAreListedUntilCompleted() {
        long overdue = approved(TODAY.minusDays(30), TODAY.minusDays(20));
        long notYet = approved(TODAY.minusDays(10), TODAY.minusDays(8));
        long completed = approved(TODAY.minusDays(40), TODAY.minusDays(35));
        move(completed, Role.EDITOR, Map.of("to", "COMPLETED", "outcome", "Hai bên thống nhất kế hoạch"))
                .statusCode(200)
                .body("alerts", equalTo(List.of()));

        List<Integer> ids = as(Role.VIEWER)
                .queryParam("reportOverdue", true)
                .queryParam("size", 100)
                .queryParam("sort", "-startDate")
                .get("/api/v1/delegations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(ids).contains((int) overdue).doesNotContain((int) notYet, (int) completed);
        as(Role.VIEWER)
                .queryParam("reportOverdue", false)
                .queryParam("counterpartOrganizationId", (Object) as(Role.VIEWER)
                        .get("/api/v1/delegations/{id}", notYet)
                        .then()
                        .extract()
                        .path("counterpartOrganizationId"))
                .get("/api/v1/delegations")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) notYet)));
        as(Role.VIEWER)
                .queryParam("reportOverdue", "soon")
                .get("/api/v1/delegations")
                .then()
                .statusCode(400);
        // Editing the end date moves the due day.
        Map<String, Object> body = as(Role.VIEWER)
                .get("/api/v1/delegations/{id}", overdue)
                .then()
                .extract()
                .as(Map.class);
        Map<String, Object> input = DelegationFixtures.body(
                ((Number) body.get("counterpartOrganizationId")).longValue(),
                ((Number) body.get("homeOrganizationId")).longValue(),
                TODAY.minusDays(30),
                TODAY.minusDays(2));
        as(Role.EDITOR)
                .header("If-Match", etag(overdue))
                .body(input)
                .put("/api/v1/delegations/{id}", overdue)
                .then()
                .statusCode(200)
                .body("reportDueOn", equalTo(TODAY.plusDays(13).toString()))
                .body("alerts", not(hasItem("REPORT_OVERDUE")));
    }

    @Test
    void simultaneousCompletionsMoveOnce() throws Exception {
        long id = approved(TODAY.minusDays(5), TODAY.minusDays(4));
        String etag = etag(id);
        var answers = Parallel.run(
                4,
                i -> as(Role.EDITOR)
                        .header("If-Match", etag)
                        .body(Map.of("to", "COMPLETED", "outcome", "Đoàn hoàn thành chương trình " + i))
                        .post("/api/v1/delegations/{id}/transitions", id));
        assertThat(Parallel.count(answers, 200)).isEqualTo(1);
        assertThat(Parallel.count(answers, 200) + Parallel.count(answers, 409) + Parallel.count(answers, 412))
                .isEqualTo(4);
    }
}
