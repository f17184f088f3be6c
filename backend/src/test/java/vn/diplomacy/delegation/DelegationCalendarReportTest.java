package vn.diplomacy.delegation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.apiKey;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.delegation.DelegationFixtures.body;
import static vn.diplomacy.delegation.DelegationFixtures.etag;
import static vn.diplomacy.delegation.DelegationFixtures.members;
import static vn.diplomacy.delegation.DelegationFixtures.organization;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class DelegationCalendarReportTest {
    private static long create(Map<String, Object> body) {
        return created(Role.EDITOR, body, "/api/v1/delegations");
    }

    @Test
    void fromToKeepsDelegationsOverlappingTheWindow() {
        long counterpart = organization("Savannakhet", "LOCAL_GOVERNMENT", "LA");
        long home = organization("Quảng Trị", "LOCAL_GOVERNMENT", "VN");
        long before = create(body(counterpart, home, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 9)));
        long touchesStart = create(body(counterpart, home, LocalDate.of(2023, 1, 5), LocalDate.of(2023, 1, 10)));
        long inside = create(body(counterpart, home, LocalDate.of(2023, 1, 12), LocalDate.of(2023, 1, 13)));
        long spans = create(body(counterpart, home, LocalDate.of(2022, 12, 1), LocalDate.of(2023, 2, 1)));
        long touchesEnd = create(body(counterpart, home, LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 25)));
        long after = create(body(counterpart, home, LocalDate.of(2023, 1, 21), LocalDate.of(2023, 1, 22)));
        as(Role.VIEWER)
                .queryParam("counterpartOrganizationId", counterpart)
                .queryParam("from", "2023-01-10")
                .queryParam("to", "2023-01-20")
                .queryParam("sort", "startDate")
                .get("/api/v1/delegations")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) spans, (int) touchesStart, (int) inside, (int) touchesEnd)));
        assertThat(List.of(before, after)).doesNotContainNull();
        as(Role.VIEWER)
                .queryParam("from", "2023-01-20")
                .queryParam("to", "2023-01-10")
                .get("/api/v1/delegations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(Role.VIEWER)
                .queryParam("from", "10/01/2023")
                .get("/api/v1/delegations")
                .then()
                .statusCode(400);
        as(Role.VIEWER)
                .queryParam("counterpartCountryCode", "LA")
                .queryParam("counterpartOrganizationId", counterpart)
                .get("/api/v1/delegations")
                .then()
                .body("totalItems", equalTo(6));
    }

    @Test
    void calendarIsValidICalendarWithoutCancelledDelegations() throws Exception {
        long counterpart = organization("Oudomxay", "LOCAL_GOVERNMENT", "LA");
        long home = organization("Lai Châu", "LOCAL_GOVERNMENT", "VN");
        Map<String, Object> visit = body(counterpart, home, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 5));
        visit.put("title", "Đoàn tỉnh Oudomxay, Lào; chúc Tết");
        long shown = create(visit);
        long cancelled = create(body(counterpart, home, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 10)));
        as(Role.EDITOR)
                .header("If-Match", etag(cancelled))
                .body(Map.of("to", "CANCELLED", "reason", "Hoãn"))
                .post("/api/v1/delegations/{id}/transitions", cancelled)
                .then()
                .statusCode(200);

        String key = apiKey(Role.VIEWER);
        String ics = given().header("X-API-Key", key)
                .queryParam("counterpartOrganizationId", counterpart)
                .get("/api/v1/delegations/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("delegation-" + shown + "@diplomacy");
        assertThat(event.getSummary().getValue()).isEqualTo("Đoàn tỉnh Oudomxay, Lào; chúc Tết");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20260203");
        // All-day events end the day after the last day (exclusive DTEND).
        assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20260206");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20260203");
        // The same request gives the same UIDs (stable for calendar clients).
        String again = given().header("X-API-Key", key)
                .queryParam("counterpartOrganizationId", counterpart)
                .get("/api/v1/delegations/calendar.ics")
                .then()
                .extract()
                .asString();
        assertThat(again).isEqualTo(ics);
        given().get("/api/v1/delegations/calendar.ics").then().statusCode(401);
    }

    @Test
    void reportSumsEqualListCounts() {
        long counterpart = organization("Luang Prabang", "LOCAL_GOVERNMENT", "LA");
        long home = organization("Điện Biên", "LOCAL_GOVERNMENT", "VN");
        create(body(counterpart, home, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2)));
        create(body(counterpart, home, LocalDate.of(2021, 3, 20), LocalDate.of(2021, 3, 22)));
        Map<String, Object> outgoing = body(counterpart, home, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 3));
        outgoing.put("direction", "OUTGOING");
        outgoing.put("countryCode", "LA");
        long withMembers = create(outgoing);
        as(Role.EDITOR)
                .header("If-Match", etag(withMembers))
                .body(Map.of("members", members("A", "HEAD", "B", "MEMBER", "C", "INTERPRETER")))
                .put("/api/v1/delegations/{id}/members", withMembers)
                .then()
                .statusCode(200);

        as(Role.VIEWER)
                .queryParam("counterpartOrganizationId", counterpart)
                .queryParam("groupBy", "month")
                .get("/api/v1/reports/delegations")
                .then()
                .statusCode(200)
                .body("rows.key", equalTo(List.of("2021-03", "2021-05")))
                .body("rows.delegations", equalTo(List.of(2, 1)))
                .body("rows.members", equalTo(List.of(0, 3)))
                .body("totalDelegations", equalTo(3))
                .body("totalMembers", equalTo(3));
        as(Role.VIEWER)
                .queryParam("counterpartOrganizationId", counterpart)
                .queryParam("groupBy", "direction")
                .get("/api/v1/reports/delegations")
                .then()
                .body("rows.key", equalTo(List.of("INCOMING", "OUTGOING")))
                .body("rows.delegations", equalTo(List.of(2, 1)));
        as(Role.VIEWER)
                .queryParam("counterpartOrganizationId", counterpart)
                .queryParam("groupBy", "country")
                .get("/api/v1/reports/delegations")
                .then()
                .body("rows.key", equalTo(List.of("LA", "VN")));

        // Over the whole table the report adds up to what the list counts.
        int listed = as(Role.VIEWER)
                .queryParam("from", "2021-01-01")
                .queryParam("to", "2021-12-31")
                .queryParam("size", 1)
                .get("/api/v1/delegations")
                .jsonPath()
                .getInt("totalItems");
        as(Role.VIEWER)
                .queryParam("from", "2021-01-01")
                .queryParam("to", "2021-12-31")
                .queryParam("groupBy", "status")
                .get("/api/v1/reports/delegations")
                .then()
                .body("totalDelegations", equalTo(listed));
        as(Role.VIEWER)
                .queryParam("groupBy", "week")
                .get("/api/v1/reports/delegations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }
}
