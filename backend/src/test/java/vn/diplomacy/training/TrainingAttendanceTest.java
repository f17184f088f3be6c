package vn.diplomacy.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.training.TrainingFixtures.COURSES;
import static vn.diplomacy.training.TrainingFixtures.body;
import static vn.diplomacy.training.TrainingFixtures.etag;
import static vn.diplomacy.training.TrainingFixtures.mark;
import static vn.diplomacy.training.TrainingFixtures.markOf;
import static vn.diplomacy.training.TrainingFixtures.move;
import static vn.diplomacy.training.TrainingFixtures.organization;
import static vn.diplomacy.training.TrainingFixtures.plan;
import static vn.diplomacy.training.TrainingFixtures.register;
import static vn.diplomacy.training.TrainingFixtures.session;
import static vn.diplomacy.training.TrainingFixtures.sessionEtag;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class TrainingAttendanceTest {
    @Test
    void ratesAndCompletionAtTheThresholdBoundary() {
        long organizer = organization("Sở Ngoại vụ Hậu Giang");
        long course = plan(body(organizer, 3));
        move(course, "OPEN");
        Object exactly = register(course, "Trần Văn An").get("id");
        Object below = register(course, "Lê Thị Bình").get("id");
        Object late = register(course, "Nguyễn Văn Cường").get("id");
        Object waiting = register(course, "Dung Waiting").get("id");
        List<Long> sessions = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            sessions.add(session(course, day));
        }
        move(course, "IN_PROGRESS");
        for (int i = 0; i < 5; i++) {
            // exactly: 4 of 5 attended (80 %); below: 3 of 5 (60 %); late: all LATE (100 %).
            mark(
                    course,
                    sessions.get(i),
                    List.of(
                            markOf(exactly, i < 4 ? "PRESENT" : "ABSENT"),
                            markOf(below, i < 3 ? "PRESENT" : "EXCUSED"),
                            markOf(late, "LATE")));
        }
        // Re-marking replaces: session 1 first wrongly all ABSENT, then corrected.
        mark(
                course,
                sessions.get(0),
                List.of(markOf(exactly, "ABSENT"), markOf(below, "ABSENT"), markOf(late, "ABSENT")));
        mark(
                course,
                sessions.get(0),
                List.of(markOf(exactly, "PRESENT"), markOf(below, "PRESENT"), markOf(late, "LATE")));
        as(Role.VIEWER)
                .get(COURSES + "/{c}/sessions/{s}/attendance", course, sessions.get(0))
                .then()
                .statusCode(200)
                .body("marks.size()", equalTo(3));

        as(Role.VIEWER)
                .get(COURSES + "/{id}/attendance", course)
                .then()
                .statusCode(200)
                .body("sessions.size()", equalTo(5))
                .body("rows.fullName", equalTo(List.of("Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Cường")))
                .body("rows.attended", equalTo(List.of(4, 3, 5)))
                .body("rows.rate", equalTo(List.of(80.0f, 60.0f, 100.0f)))
                .body("rows.meetsThreshold", equalTo(List.of(true, false, true)))
                .body("averageRate", equalTo(80.0f));

        // A waitlisted participant cannot be marked; every bad row is named.
        as(Role.EDITOR)
                .header("If-Match", sessionEtag(course, sessions.get(0)))
                .body(Map.of("marks", List.of(markOf(waiting, "PRESENT"), markOf(999999999, "PRESENT"))))
                .put(COURSES + "/{c}/sessions/{s}/attendance", course, sessions.get(0))
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("marks[0].participantId", "marks[1].participantId")));
        as(Role.EDITOR)
                .body(Map.of("marks", List.of()))
                .put(COURSES + "/{c}/sessions/{s}/attendance", course, sessions.get(0))
                .then()
                .statusCode(428);
        as(Role.EDITOR)
                .header("If-Match", sessionEtag(course, sessions.get(0)))
                .body(Map.of("marks", List.of(Map.of("participantId", exactly, "status", "SLEEPING"))))
                .put(COURSES + "/{c}/sessions/{s}/attendance", course, sessions.get(0))
                .then()
                .statusCode(400);
        // A session with marks took place and is kept.
        as(Role.EDITOR)
                .header("If-Match", sessionEtag(course, sessions.get(0)))
                .delete(COURSES + "/{c}/sessions/{s}", course, sessions.get(0))
                .then()
                .statusCode(409);

        as(Role.EDITOR)
                .header("If-Match", etag(course))
                .post(COURSES + "/{id}/completion", course)
                .then()
                .statusCode(200)
                .body("course.status", equalTo("COMPLETED"))
                .body("completed.fullName", equalTo(List.of("Trần Văn An", "Nguyễn Văn Cường")))
                .body("notCompleted.fullName", equalTo(List.of("Lê Thị Bình")))
                .body("notCompleted[0].rate", equalTo(60.0f));
        as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/{p}", course, exactly)
                .then()
                .body("status", equalTo("COMPLETED"));
        as(Role.VIEWER)
                .get(COURSES + "/{c}/participants/{p}", course, below)
                .then()
                .body("status", equalTo("REGISTERED"));
        as(Role.EDITOR)
                .header("If-Match", etag(course))
                .post(COURSES + "/{id}/completion", course)
                .then()
                .statusCode(409)
                .body("detail", containsString("COMPLETED"));
        // Closed: no more marks.
        as(Role.EDITOR)
                .header("If-Match", sessionEtag(course, sessions.get(1)))
                .body(Map.of("marks", List.of()))
                .put(COURSES + "/{c}/sessions/{s}/attendance", course, sessions.get(1))
                .then()
                .statusCode(409);

        // Lists are in Vietnamese order, by given name: An, Bình, Cường (not by family name).
        // The report counts trainees (seated) and completions of this organizer's courses in SQL.
        as(Role.VIEWER)
                .get("/api/v1/reports/training?groupBy=organizer&organizerOrganizationId={o}", organizer)
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(1))
                .body("rows[0].key", equalTo(String.valueOf(organizer)))
                .body("rows[0].trainees", equalTo(3))
                .body("rows[0].completions", equalTo(2))
                .body("totalTrainees", equalTo(3))
                .body("totalCompletions", equalTo(2));
        as(Role.VIEWER)
                .get("/api/v1/reports/training?groupBy=participantOrganization&organizerOrganizationId={o}", organizer)
                .then()
                .body("rows[0].key", equalTo("Sở Ngoại vụ Tuyên Quang"))
                .body("rows[0].trainees", equalTo(3));
        as(Role.VIEWER)
                .get("/api/v1/reports/training?groupBy=year&organizerOrganizationId={o}", organizer)
                .then()
                .body("rows[0].key", equalTo(String.valueOf(TrainingFixtures.START.getYear())));
        as(Role.VIEWER)
                .get("/api/v1/reports/training?groupBy=topic&organizerOrganizationId={o}", organizer)
                .then()
                .body("rows[0].key", equalTo("PEOPLE_DIPLOMACY"))
                .body("rows[0].completions", equalTo(2));
        as(Role.VIEWER)
                .get("/api/v1/reports/training?groupBy=month")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("groupBy"));
    }

    @Test
    void aCustomThresholdIsInclusive() {
        Map<String, Object> b = body(organization("Sở Ngoại vụ Hà Tĩnh"), 2);
        b.put("completionThreshold", 75);
        long course = plan(b);
        move(course, "OPEN");
        Object a = register(course, "Ba phần tư").get("id");
        Object c = register(course, "Một nửa").get("id");
        List<Long> sessions = new ArrayList<>();
        for (int day = 0; day < 4; day++) {
            sessions.add(session(course, day));
        }
        move(course, "IN_PROGRESS");
        for (int i = 0; i < 4; i++) {
            mark(
                    course,
                    sessions.get(i),
                    List.of(markOf(a, i < 3 ? "PRESENT" : "ABSENT"), markOf(c, i < 2 ? "LATE" : "ABSENT")));
        }
        as(Role.EDITOR)
                .header("If-Match", etag(course))
                .body(Map.of("to", "COMPLETED"))
                .post(COURSES + "/{id}/transitions", course)
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        as(Role.VIEWER).get(COURSES + "/{c}/participants/{p}", course, a).then().body("status", equalTo("COMPLETED"));
        as(Role.VIEWER).get(COURSES + "/{c}/participants/{p}", course, c).then().body("status", equalTo("REGISTERED"));
    }
}
