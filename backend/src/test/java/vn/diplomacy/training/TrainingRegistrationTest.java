package vn.diplomacy.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.training.TrainingFixtures.COURSES;
import static vn.diplomacy.training.TrainingFixtures.body;
import static vn.diplomacy.training.TrainingFixtures.etag;
import static vn.diplomacy.training.TrainingFixtures.move;
import static vn.diplomacy.training.TrainingFixtures.open;
import static vn.diplomacy.training.TrainingFixtures.organization;
import static vn.diplomacy.training.TrainingFixtures.person;
import static vn.diplomacy.training.TrainingFixtures.plan;
import static vn.diplomacy.training.TrainingFixtures.register;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class TrainingRegistrationTest {
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
}
