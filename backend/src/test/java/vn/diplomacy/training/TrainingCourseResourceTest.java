package vn.diplomacy.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.training.TrainingFixtures.COURSES;
import static vn.diplomacy.training.TrainingFixtures.START;
import static vn.diplomacy.training.TrainingFixtures.body;
import static vn.diplomacy.training.TrainingFixtures.etag;
import static vn.diplomacy.training.TrainingFixtures.move;
import static vn.diplomacy.training.TrainingFixtures.open;
import static vn.diplomacy.training.TrainingFixtures.organization;
import static vn.diplomacy.training.TrainingFixtures.person;
import static vn.diplomacy.training.TrainingFixtures.plan;
import static vn.diplomacy.training.TrainingFixtures.register;
import static vn.diplomacy.training.TrainingFixtures.session;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
        as(Role.EDITOR)
                .body(body)
                .post(COURSES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("topic"));
        body.put("topic", "PROTOCOL");
        body.put("completionThreshold", 101);
        as(Role.EDITOR)
                .body(body)
                .post(COURSES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("capacity"))
                .body("errors.field", hasItem("language"))
                .body("errors.field", hasItem("endDate"))
                .body("errors.field", hasItem("completionThreshold"));
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
    void fullCourseWaitlistsAndCancellationPromotesTheFirstInQueue() {
        long id = open(2);
        Map<String, Object> a = register(id, "Nguyễn Văn An");
        Map<String, Object> b = register(id, "Trần Thị Bình");
        Map<String, Object> c = register(id, "Lê Văn Cường");
        Map<String, Object> d = register(id, "Phạm Thị Dung");
        org.assertj.core.api.Assertions.assertThat(
                        List.of(a.get("status"), b.get("status"), c.get("status"), d.get("status")))
                .containsExactly("REGISTERED", "REGISTERED", "WAITLISTED", "WAITLISTED");
        org.assertj.core.api.Assertions.assertThat(List.of(c.get("waitlistPosition"), d.get("waitlistPosition")))
                .containsExactly(1, 2);
        as(Role.VIEWER)
                .get(COURSES + "/{id}", id)
                .then()
                .body("registeredCount", equalTo(2))
                .body("waitlistCount", equalTo(2))
                .body("seatsLeft", equalTo(0));
        String title =
                as(Role.VIEWER).get(COURSES + "/{id}", id).then().extract().path("title");
        as(Role.VIEWER)
                .get(COURSES + "?hasSeats=false&q={q}", title)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].waitlistCount", equalTo(2))
                .body("items[0].sessionCount", equalTo(0));
        as(Role.VIEWER)
                .get(COURSES + "?hasSeats=true&q={q}", title)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));

        String participantEtag = as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/{p}", id, a.get("id"))
                .then()
                .extract()
                .header("ETag");
        as(Role.EDITOR)
                .post(COURSES + "/{c}/participants/{p}/cancellation", id, a.get("id"))
                .then()
                .statusCode(428);
        as(Role.EDITOR)
                .header("If-Match", participantEtag)
                .post(COURSES + "/{c}/participants/{p}/cancellation", id, a.get("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/{p}", id, c.get("id"))
                .then()
                .body("status", equalTo("REGISTERED"))
                .body("waitlistPosition", nullValue());
        as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/{p}", id, d.get("id"))
                .then()
                .body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1));
        as(Role.VIEWER)
                .get(COURSES + "/{c}/participants?status=WAITLISTED", id)
                .then()
                .body("totalItems", equalTo(1));

        // A waitlisted cancellation closes the queue up without promoting anyone.
        String dEtag = as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/{p}", id, d.get("id"))
                .then()
                .extract()
                .header("ETag");
        as(Role.EDITOR)
                .header("If-Match", dEtag)
                .post(COURSES + "/{c}/participants/{p}/cancellation", id, d.get("id"))
                .then()
                .statusCode(200);
        as(Role.VIEWER)
                .get(COURSES + "/{id}", id)
                .then()
                .body("registeredCount", equalTo(2))
                .body("waitlistCount", equalTo(0));
        // Cancelling twice is a conflict.
        String again = as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/{p}", id, d.get("id"))
                .then()
                .extract()
                .header("ETag");
        as(Role.EDITOR)
                .header("If-Match", again)
                .post(COURSES + "/{c}/participants/{p}/cancellation", id, d.get("id"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void capacityCannotGoBelowTheRegisteredCountAndMoreSeatsGoToTheWaitlist() {
        long id = open(2);
        register(id, "Nguyễn Văn An");
        register(id, "Trần Thị Bình");
        Map<String, Object> c = register(id, "Lê Văn Cường");
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .contentType("application/merge-patch+json")
                .body("{\"capacity\": 1}")
                .patch(COURSES + "/{id}", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("2"));
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .contentType("application/merge-patch+json")
                .body("{\"capacity\": 3}")
                .patch(COURSES + "/{id}", id)
                .then()
                .statusCode(200)
                .body("registeredCount", equalTo(3))
                .body("waitlistCount", equalTo(0));
        as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/{p}", id, c.get("id"))
                .then()
                .body("status", equalTo("REGISTERED"));
    }

    @Test
    void registrationNeedsAnOpenCourseBeforeTheDeadlineAndNoDuplicates() {
        long planned = plan(5);
        as(Role.EDITOR)
                .body(person("Nguyễn Văn An"))
                .post(COURSES + "/{id}/participants", planned)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("PLANNED"));
        Map<String, Object> late = body(organization("Sở Ngoại vụ"), 5);
        late.put("startDate", "2023-10-18");
        late.put("endDate", "2023-10-19");
        late.put("registrationDeadline", "2023-10-15");
        long past = plan(late);
        move(past, "OPEN");
        as(Role.EDITOR)
                .body(person("Nguyễn Văn An"))
                .post(COURSES + "/{id}/participants", past)
                .then()
                .statusCode(409)
                .body("detail", containsString("2023-10-15"));

        long id = open(5);
        as(Role.EDITOR)
                .body(Map.of("fullName", "Nguyễn Văn An", "organizationName", "Sở Ngoại vụ", "email", "an@example.vn"))
                .post(COURSES + "/{id}/participants", id)
                .then()
                .statusCode(201);
        as(Role.EDITOR)
                .body(Map.of("fullName", "Người khác", "organizationName", "UBND", "email", "AN@example.vn"))
                .post(COURSES + "/{id}/participants", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("email"));
        as(Role.EDITOR)
                .body(Map.of("fullName", "nguyen van an", "organizationName", "So Ngoai vu"))
                .post(COURSES + "/{id}/participants", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("name"));
        as(Role.EDITOR)
                .body(Map.of("fullName", "Trần Bình"))
                .post(COURSES + "/{id}/participants", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizationName"));
        as(Role.EDITOR)
                .body(Map.of("fullName", "", "organizationName", "x", "email", "nope", "gender", "X"))
                .post(COURSES + "/{id}/participants", id)
                .then()
                .statusCode(400);
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
        as(Role.EDITOR)
                .body(Map.of(
                        "date", START.minusDays(1).toString(), "startTime", "14:00", "endTime", "13:00", "title", "x"))
                .post(COURSES + "/{id}/sessions", id)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("date", "endTime")));
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
    void participantsAreEditedWithTheirETagAndUnknownOnesAre404() {
        long id = open(3);
        Map<String, Object> an = register(id, "Nguyễn Văn An");
        String etag = etagOf(Role.VIEWER, COURSES + "/{c}/participants/{p}", id, an.get("id"));
        as(Role.EDITOR)
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"position\": \"Phó Giám đốc\"}")
                .patch(COURSES + "/{c}/participants/{p}", id, an.get("id"))
                .then()
                .statusCode(200)
                .body("position", equalTo("Phó Giám đốc"))
                .body("status", equalTo("REGISTERED"));
        as(Role.EDITOR)
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"position\": \"x\"}")
                .patch(COURSES + "/{c}/participants/{p}", id, an.get("id"))
                .then()
                .statusCode(412);
        as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/999999999", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(Role.VIEWER).get(COURSES + "/999999999/participants").then().statusCode(404);
        as(Role.VIEWER)
                .get(COURSES + "/{c}/sessions/999999999/attendance", id)
                .then()
                .statusCode(404);
        as(Role.VIEWER)
                .get(COURSES + "/{c}/participants?status=GONE&sort=age", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"))
                .body("errors.field", hasItem("sort"));
        // Another course's participant is not found through this one.
        long other = open(3);
        as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/{p}", other, an.get("id"))
                .then()
                .statusCode(404);
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
        long partnership = created(
                Role.EDITOR,
                Map.of(
                        "homeOrganizationId",
                        home,
                        "partnerOrganizationId",
                        partner,
                        "type",
                        "SPECIAL_FRIENDSHIP",
                        "pillars",
                        List.of("PEOPLE"),
                        "startDate",
                        "2016-03-01"),
                "/api/v1/partnerships");
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
