package vn.diplomacy.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.TestSupport.rejectedAmong;
import static vn.diplomacy.training.TrainingFixtures.COURSES;
import static vn.diplomacy.training.TrainingFixtures.START;
import static vn.diplomacy.training.TrainingFixtures.body;
import static vn.diplomacy.training.TrainingFixtures.etag;
import static vn.diplomacy.training.TrainingFixtures.move;
import static vn.diplomacy.training.TrainingFixtures.organization;
import static vn.diplomacy.training.TrainingFixtures.plan;
import static vn.diplomacy.training.TrainingFixtures.session;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.partnership.PartnershipFixtures;
import vn.diplomacy.security.Role;

@QuarkusTest
class TrainingCourseResourceTest {
    @Test
    void createsAPlannedCourseWithDefaults() {
        long organizer = organization("Sở Ngoại vụ Tuyên Quang");
        Map<String, Object> body = body(organizer, 150);
        body.put("language", "lo");
        as(Role.EDITOR)
                .body(body)
                .post(COURSES)
                .then()
                .statusCode(201)
                .header("Location", containsString(COURSES + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PLANNED"))
                .body("completionThreshold", equalTo(80))
                .body("language", equalTo("lo"))
                .body("registeredCount", equalTo(0))
                .body("seatsLeft", equalTo(150))
                .body("organizer.id", equalTo((int) organizer))
                .body("allowedTransitions", equalTo(List.of("OPEN", "CANCELLED")))
                .body("registrationOpen", equalTo(false));
    }

    @Test
    void badInputIsA400ListingEveryField() {
        Map<String, Object> body = body(organization("x"), 0);
        body.put("language", "not a tag");
        body.put("endDate", START.minusDays(3).toString());
        body.put("topic", "COOKING");
        rejectedAmong(Role.EDITOR, body, COURSES, "topic");
        body.put("topic", "PROTOCOL");
        body.put("completionThreshold", 101);
        rejectedAmong(Role.EDITOR, body, COURSES, "capacity", "language", "endDate", "completionThreshold");
        body.put("capacity", 5);
        body.put("language", "vi");
        body.put("endDate", START.plusDays(1).toString());
        body.put("completionThreshold", 80);
        body.put("organizerOrganizationId", 999999999);
        as(Role.EDITOR)
                .body(body)
                .post(COURSES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizerOrganizationId"));
        as(Role.VIEWER).body(body(organization("x"), 5)).post(COURSES).then().statusCode(403);
        as(Role.VIEWER).get(COURSES + "/999999999").then().statusCode(404).contentType("application/problem+json");
        as(Role.VIEWER)
                .get(COURSES + "?hasSeats=maybe&topic=X")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("hasSeats"))
                .body("errors.field", hasItem("topic"));
    }

    @Test
    void workflowIsGuardedAndRecorded() {
        long id = plan(3);
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of("to", "COMPLETED"))
                .post(COURSES + "/{id}/transitions", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("[OPEN, CANCELLED]"));
        as(Role.EDITOR)
                .body(Map.of("to", "OPEN"))
                .post(COURSES + "/{id}/transitions", id)
                .then()
                .statusCode(428);
        as(Role.EDITOR)
                .header("If-Match", "\"42\"")
                .body(Map.of("to", "OPEN"))
                .post(COURSES + "/{id}/transitions", id)
                .then()
                .statusCode(412);
        as(Role.VIEWER)
                .header("If-Match", etag(id))
                .body(Map.of("to", "OPEN"))
                .post(COURSES + "/{id}/transitions", id)
                .then()
                .statusCode(403);
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of("to", "OPEN", "note", "Mở đăng ký"))
                .post(COURSES + "/{id}/transitions", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("registrationOpen", equalTo(true));
        move(id, "IN_PROGRESS");
        // No sessions: completion has nothing to measure.
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .post(COURSES + "/{id}/completion", id)
                .then()
                .statusCode(409);
        move(id, "CANCELLED");
        as(Role.VIEWER)
                .get(COURSES + "/{id}/transitions", id)
                .then()
                .statusCode(200)
                .body("to", equalTo(List.of("PLANNED", "OPEN", "IN_PROGRESS", "CANCELLED")))
                .body("[1].note", equalTo("Mở đăng ký"));
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"x\"}")
                .patch(COURSES + "/{id}", id)
                .then()
                .statusCode(409);
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .delete(COURSES + "/{id}", id)
                .then()
                .statusCode(409);
        long planned = plan(3);
        session(planned, 0);
        as(Role.EDITOR)
                .header("If-Match", etag(planned))
                .delete(COURSES + "/{id}", planned)
                .then()
                .statusCode(204);
    }

    @Test
    void sessionsStayWithinTheCourseDates() {
        long id = plan(3);
        rejected(
                Role.EDITOR,
                Map.of("date", START.minusDays(1).toString(), "startTime", "14:00", "endTime", "13:00", "title", "x"),
                COURSES + "/" + id + "/sessions",
                "date",
                "endTime");
        long s = session(id, 4);
        as(Role.VIEWER)
                .get(COURSES + "/{id}/sessions", id)
                .then()
                .statusCode(200)
                .body("items[0].startTime", equalTo("08:00"))
                .body("items[0].id", equalTo((int) s));
        Map<String, Object> shorter = body(organization("x"), 3);
        shorter.put("endDate", START.plusDays(2).toString());
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(shorter)
                .put(COURSES + "/{id}", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("outside"));
        as(Role.VIEWER).get(COURSES + "/{id}", id).then().body("sessionCount", equalTo(1));
    }

    @Test
    void partnershipsUsedByACourseCannotBeDeleted() {
        long home = organization("UBND tỉnh Hà Tĩnh");
        long partner = created(
                Role.EDITOR,
                Map.of(
                        "name",
                        vn.diplomacy.TestSupport.unique("Bolikhamxay"),
                        "type",
                        "LOCAL_GOVERNMENT",
                        "countryCode",
                        "LA"),
                "/api/v1/organizations");
        long partnership =
                PartnershipFixtures.partnership(home, partner, "SPECIAL_FRIENDSHIP", LocalDate.of(2016, 3, 1));
        Map<String, Object> b = body(home, 5);
        b.put("partnershipId", partnership);
        long course = plan(b);
        as(Role.VIEWER)
                .get(COURSES + "?partnershipId={p}", partnership)
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) course))
                .body("items[0].partnership.id", equalTo((int) partnership));
        String etag = as(Role.VIEWER)
                .get("/api/v1/partnerships/{id}", partnership)
                .then()
                .extract()
                .header("ETag");
        as(Role.ADMIN)
                .header("If-Match", etag)
                .delete("/api/v1/partnerships/{id}?cascade=true", partnership)
                .then()
                .statusCode(409)
                .body("detail", containsString("training course"));
    }

    @Test
    void organizationsAndPartnershipsUsedByACourseCannotBeDeleted() {
        long organizer = organization("Sở Ngoại vụ Hà Tĩnh");
        plan(body(organizer, 3));
        String orgEtag = as(Role.VIEWER)
                .get("/api/v1/organizations/{id}", organizer)
                .then()
                .extract()
                .header("ETag");
        as(Role.EDITOR)
                .header("If-Match", orgEtag)
                .delete("/api/v1/organizations/{id}", organizer)
                .then()
                .statusCode(409)
                .body("detail", containsString("training course"));
    }
}
