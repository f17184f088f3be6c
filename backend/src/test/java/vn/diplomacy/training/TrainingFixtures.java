package vn.diplomacy.training;

import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.diplomacy.security.Role;

final class TrainingFixtures {
    static final String COURSES = "/api/v1/training-courses";
    static final LocalDate START = LocalDate.now().plusDays(30);

    private TrainingFixtures() {}

    static long organization(String prefix) {
        return created(
                Role.EDITOR,
                Map.of("name", unique(prefix), "type", "LOCAL_GOVERNMENT", "countryCode", "VN"),
                "/api/v1/organizations");
    }

    static Map<String, Object> body(long organizer, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Bồi dưỡng kiến thức đối ngoại nhân dân"));
        body.put("topic", "PEOPLE_DIPLOMACY");
        body.put("language", "vi");
        body.put("organizerOrganizationId", organizer);
        body.put("location", "Hội trường Nhà khách Minh Thanh");
        body.put("startDate", START.toString());
        body.put("endDate", START.plusDays(4).toString());
        body.put("registrationDeadline", START.minusDays(1).toString());
        body.put("capacity", capacity);
        return body;
    }

    static long plan(int capacity) {
        return plan(body(organization("Sở Ngoại vụ"), capacity));
    }

    static long plan(Map<String, Object> body) {
        return created(Role.EDITOR, body, COURSES);
    }

    static String etag(long id) {
        return etagOf(Role.VIEWER, COURSES + "/{id}", id);
    }

    static void move(long id, String to) {
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of("to", to))
                .post(COURSES + "/{id}/transitions", id)
                .then()
                .statusCode(200);
    }

    /** A new OPEN course with the given capacity. */
    static long open(int capacity) {
        long id = plan(capacity);
        move(id, "OPEN");
        return id;
    }

    static Map<String, Object> person(String name) {
        return Map.of("fullName", name, "organizationName", "Sở Ngoại vụ Tuyên Quang");
    }

    static Map<String, Object> register(long course, String name) {
        return as(Role.EDITOR)
                .body(person(name))
                .post(COURSES + "/{id}/participants", course)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
    }

    static long session(long course, int day) {
        return created(
                Role.EDITOR,
                Map.of(
                        "date",
                        START.plusDays(day).toString(),
                        "startTime",
                        "08:00",
                        "endTime",
                        "11:30",
                        "title",
                        "Buổi " + (day + 1)),
                COURSES + "/{id}/sessions",
                course);
    }

    static String sessionEtag(long course, long session) {
        return etagOf(Role.VIEWER, COURSES + "/{c}/sessions/{s}", course, session);
    }

    static void mark(long course, long session, List<Map<String, Object>> marks) {
        as(Role.EDITOR)
                .header("If-Match", sessionEtag(course, session))
                .body(Map.of("marks", marks))
                .put(COURSES + "/{c}/sessions/{s}/attendance", course, session)
                .then()
                .statusCode(200);
    }

    static Map<String, Object> markOf(Object participantId, String status) {
        return Map.of("participantId", participantId, "status", status);
    }
}
