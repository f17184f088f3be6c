package vn.diplomacy.delegation;

import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.delegation.DelegationFixtures.etag;
import static vn.diplomacy.delegation.DelegationFixtures.propose;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** The programme sheet's content: each day's activities, within the delegation's dates, replaced as a whole. */
@QuarkusTest
class DelegationProgrammeTest {
    private static final LocalDate START = LocalDate.of(2024, 6, 6);

    private static Map<String, Object> item(LocalDate day, String time, String activity) {
        return Map.of(
                "day",
                day.toString(),
                "time",
                time,
                "activity",
                activity,
                "place",
                "Đồng Hới",
                "participants",
                "Lãnh đạo tỉnh tiếp đoàn");
    }

    @Test
    void theProgrammeIsKeptInOrderWithinTheDates() {
        long id = propose(START, START.plusDays(1));
        String before = etag(id);
        as(Role.EDITOR)
                .header("If-Match", before)
                .body(Map.of(
                        "items",
                        List.of(
                                item(START, "08:30–10:00", "Hội đàm với UBND tỉnh"),
                                item(START.plusDays(1), "14:00", "Thăm trường hữu nghị"),
                                item(START, "19:00", "Chiêu đãi"))))
                .put("/api/v1/delegations/{id}/programme", id)
                .then()
                .statusCode(200);
        as(Role.VIEWER)
                .get("/api/v1/delegations/{id}/programme", id)
                .then()
                .statusCode(200)
                .body("items.activity", equalTo(List.of("Hội đàm với UBND tỉnh", "Thăm trường hữu nghị", "Chiêu đãi")))
                .body("items[0].time", equalTo("08:30–10:00"));
        // The old ETag no longer matches: the programme changed the delegation.
        as(Role.EDITOR)
                .header("If-Match", before)
                .body(Map.of("items", List.of()))
                .put("/api/v1/delegations/{id}/programme", id)
                .then()
                .statusCode(412);
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of(
                        "items",
                        List.of(
                                item(START.plusDays(5), "09:00", "Ngoài chương trình"),
                                Map.of("day", START.toString()))))
                .put("/api/v1/delegations/{id}/programme", id)
                .then()
                .statusCode(400);
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of("items", List.of(item(START.plusDays(5), "09:00", "Ngoài chương trình"))))
                .put("/api/v1/delegations/{id}/programme", id)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("items[0].day")));
        as(Role.VIEWER)
                .body(Map.of("items", List.of()))
                .put("/api/v1/delegations/{id}/programme", id)
                .then()
                .statusCode(403);
        as(Role.VIEWER).get("/api/v1/delegations/{id}/programme", id).then().body("items.size()", equalTo(3));
    }
}
