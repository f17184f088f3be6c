package vn.diplomacy.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.diplomacy.TestSupport.apiKey;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** A user's secret calendar address: parsed by a real iCalendar parser, revocable, never more than a reader. */
@QuarkusTest
class CalendarSubscriptionTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static long approvedDelegation(LocalDate start, LocalDate end) {
        long counterpart = created(
                Role.EDITOR,
                Map.of("name", unique("Bolikhamxay"), "type", "LOCAL_GOVERNMENT", "countryCode", "LA"),
                "/api/v1/organizations");
        long home = created(
                Role.EDITOR,
                Map.of("name", unique("Hà Tĩnh"), "type", "LOCAL_GOVERNMENT", "countryCode", "VN"),
                "/api/v1/organizations");
        Map<String, Object> body = new HashMap<>();
        body.put("direction", "OUTGOING");
        body.put("title", unique("Đoàn Hà Tĩnh thăm Bô-ly-khăm-xay"));
        body.put("counterpartOrganizationId", counterpart);
        body.put("homeOrganizationId", home);
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("countryCode", "LA");
        body.put("level", "PROVINCIAL");
        long id = created(Role.EDITOR, body, "/api/v1/delegations");
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/delegations/{id}", id))
                .body(Map.of("members", List.of(Map.of("fullName", "Lê Ngọc Châu", "role", "HEAD"))))
                .put("/api/v1/delegations/{id}/members", id)
                .then()
                .statusCode(200);
        as(Role.ADMIN)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/delegations/{id}", id))
                .body(Map.of("to", "APPROVED"))
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(200);
        return id;
    }

    private static String feedPath(String url) {
        return URI.create(url).getRawPath();
    }

    @Test
    void theAddressIsACalendarWithReportDueAlarms() throws Exception {
        long id = approvedDelegation(TODAY.plusDays(3), TODAY.plusDays(5));
        var answer =
                as(Role.VIEWER).post("/api/v1/calendar/subscriptions").then().statusCode(201);
        String url = answer.extract().path("url");
        assertThat(url).contains("/api/v1/calendar/feeds/cal_").endsWith(".ics");

        String ics = given().get(feedPath(url))
                .then()
                .statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar"))
                .extract()
                .asString();
        assertThat(ics).contains("VERSION:2.0");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent trip = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("delegation-" + id + "@diplomacy"))
                .findFirst()
                .orElseThrow();
        assertThat(trip.getDateTimeStart().getValue())
                .isEqualTo(TODAY.plusDays(3).toString().replace("-", ""));
        VEvent due = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("delegation-report-" + id + "@diplomacy"))
                .findFirst()
                .orElseThrow();
        assertThat(due.getDateTimeStart().getValue())
                .isEqualTo(TODAY.plusDays(20).toString().replace("-", ""));
        assertThat(due.getAlarms()).hasSize(1);
        assertThat(due.getAlarms().get(0).getTrigger().orElseThrow().getValue()).isEqualTo("-P3D");
    }

    @Test
    void revokedOrForeignAddressesStopAndKeysCannotMakeThem() {
        String url = as(Role.EDITOR)
                .post("/api/v1/calendar/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        long id = as(Role.EDITOR)
                .get("/api/v1/calendar/subscriptions")
                .then()
                .statusCode(200)
                .body("[0].prefix", notNullValue())
                .extract()
                .jsonPath()
                .getLong("[0].id");
        given().get(feedPath(url)).then().statusCode(200);
        // The address reads only: it opens no other endpoint.
        String secret = feedPath(url).replaceAll(".*/", "").replace(".ics", "");
        given().header("Authorization", "Bearer " + secret)
                .get("/api/v1/organizations")
                .then()
                .statusCode(401);
        // Another user cannot revoke it.
        as(Role.VIEWER).delete("/api/v1/calendar/subscriptions/{id}", id).then().statusCode(404);
        as(Role.EDITOR).delete("/api/v1/calendar/subscriptions/{id}", id).then().statusCode(204);
        as(Role.EDITOR).delete("/api/v1/calendar/subscriptions/{id}", id).then().statusCode(204);
        given().get(feedPath(url)).then().statusCode(401);
        given().get("/api/v1/calendar/feeds/cal_unknown.ics").then().statusCode(401);
        // A login token on the feed path is not an address.
        as(Role.EDITOR).get("/api/v1/calendar/feeds/anything.ics").then().statusCode(404);
        given().header("X-API-Key", apiKey(Role.EDITOR))
                .post("/api/v1/calendar/subscriptions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("calendar-needs-user"));
        // The delegations feed says its version too.
        assertThat(as(Role.VIEWER)
                        .get("/api/v1/delegations/calendar.ics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("VERSION:2.0");
    }

    @Test
    void aRetriedCreateWithItsKeyMakesOneAddressAndNeverRepeatsTheSecret() {
        String key = unique("calendar-key");
        var first = as(Role.ADMIN)
                .header("Idempotency-Key", key)
                .post("/api/v1/calendar/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        var again = as(Role.ADMIN)
                .header("Idempotency-Key", key)
                .post("/api/v1/calendar/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(first.getString("url")).startsWith("http");
        assertThat(again.getLong("id")).isEqualTo(first.getLong("id"));
        assertThat(again.getString("url")).isNull();
        assertThat(as(Role.ADMIN).get("/api/v1/calendar/subscriptions").jsonPath().getList("id", Long.class).stream()
                        .filter(id -> id == first.getLong("id"))
                        .count())
                .isEqualTo(1);
        as(Role.ADMIN)
                .delete("/api/v1/calendar/subscriptions/{id}", first.getLong("id"))
                .then()
                .statusCode(204);
    }
}
