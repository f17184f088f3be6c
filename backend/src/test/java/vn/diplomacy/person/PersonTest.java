package vn.diplomacy.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.apiKey;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** The registry of persons: one person behind a member and a trainee, identity papers kept to allowed roles. */
@QuarkusTest
class PersonTest {
    @Inject
    EntityManager em;

    @Inject
    PersonBackfill backfill;

    static long org(String name, String type, String country) {
        return created(
                Role.EDITOR,
                Map.of("name", unique(name), "type", type, "countryCode", country),
                "/api/v1/organizations");
    }

    static long person(String fullName, long home, String agency) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("passportName", "PHAN ANH SON");
        body.put("gender", "MALE");
        body.put("nationality", "VN");
        body.put("birthDate", "1965-04-12");
        body.put("homeOrganizationId", home);
        body.put("organizationName", agency);
        body.put("position", "Chủ tịch");
        return created(Role.EDITOR, body, "/api/v1/persons");
    }

    static long delegationWith(long home, List<Map<String, Object>> members) {
        Map<String, Object> body = new HashMap<>();
        body.put("direction", "INCOMING");
        body.put("title", unique("Đoàn VUFO thăm Quảng Bình"));
        body.put("counterpartOrganizationId", org("Bolikhamxay", "LOCAL_GOVERNMENT", "LA"));
        body.put("homeOrganizationId", home);
        body.put("startDate", "2024-06-06");
        body.put("endDate", "2024-06-07");
        body.put("countryCode", "VN");
        body.put("level", "PROVINCIAL");
        long id = created(Role.EDITOR, body, "/api/v1/delegations");
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/delegations/{id}", id))
                .body(Map.of("members", members))
                .put("/api/v1/delegations/{id}/members", id)
                .then()
                .statusCode(200);
        return id;
    }

    static long courseWithTrainee(long organizer, String fullName, String agency) {
        LocalDate start = LocalDate.now().plusDays(40);
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Bồi dưỡng tiếng Lào"));
        body.put("topic", "FOREIGN_LANGUAGE");
        body.put("language", "lo");
        body.put("organizerOrganizationId", organizer);
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(3).toString());
        body.put("registrationDeadline", start.minusDays(1).toString());
        body.put("capacity", 20);
        long course = created(Role.EDITOR, body, "/api/v1/training-courses");
        as(Role.ADMIN)
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/training-courses/{id}", course))
                .body(Map.of("to", "OPEN"))
                .post("/api/v1/training-courses/{id}/transitions", course)
                .then()
                .statusCode(200);
        created(
                Role.EDITOR,
                Map.of("fullName", fullName, "organizationName", agency),
                "/api/v1/training-courses/{id}/participants",
                course);
        return course;
    }

    @Test
    void aMemberAndATraineeAreOnePerson() {
        long home = org("Ủy ban nhân dân tỉnh Quảng Bình", "LOCAL_GOVERNMENT", "VN");
        String name = unique("Phan Anh Sơn");
        String agency = "Liên hiệp các tổ chức hữu nghị Việt Nam";
        long person = person(name, home, agency);

        long delegation = delegationWith(home, List.of(Map.of("personId", person, "role", "HEAD")));
        as(Role.VIEWER)
                .get("/api/v1/delegations/{id}/members", delegation)
                .then()
                .body("members[0].personId", equalTo((int) person))
                .body("members[0].fullName", equalTo(name))
                .body("members[0].position", equalTo("Chủ tịch"));
        as(Role.VIEWER).get("/api/v1/delegations/{id}", delegation).then().body("headName", equalTo(name));

        // Typed as free text on a course of the same office: the same person is found, not a new one.
        long course = courseWithTrainee(home, name, agency);
        as(Role.VIEWER)
                .get("/api/v1/persons/{id}/record", person)
                .then()
                .statusCode(200)
                .body("delegations.delegationId", equalTo(List.of((int) delegation)))
                .body("delegations[0].role", equalTo("HEAD"))
                .body("courses.courseId", equalTo(List.of((int) course)));

        // Found again by the name without accents; namesakes offered.
        as(Role.VIEWER)
                .queryParam("q", SearchTextOf.ascii(name))
                .get("/api/v1/persons")
                .then()
                .body("items.id", hasItem((int) person));
        as(Role.VIEWER)
                .queryParam("fullName", SearchTextOf.ascii(name).toUpperCase())
                .get("/api/v1/persons/similar")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of((int) person)));

        // In use: not deleted.
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/persons/{id}", person))
                .delete("/api/v1/persons/{id}", person)
                .then()
                .statusCode(409)
                .body("code", equalTo("person-in-use"));
        // A member needs a name or a person.
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/delegations/{id}", delegation))
                .body(Map.of("members", List.of(Map.of("role", "HEAD"))))
                .put("/api/v1/delegations/{id}/members", delegation)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("members[0].fullName")));
    }

    @Test
    void identityPapersOnlyForAllowedRolesAndNeverInListsHistoryOrFeed() {
        long home = org("Ủy ban nhân dân tỉnh Hà Tĩnh", "LOCAL_GOVERNMENT", "VN");
        long person = person(unique("Lê Ngọc Châu"), home, "Sở Ngoại vụ Hà Tĩnh");
        String passport = "C" + (System.nanoTime() % 10_000_000);
        Map<String, Object> papers =
                Map.of("passportNumber", passport, "passportExpiresOn", "2031-05-01", "idNumber", "042080001234");
        as(Role.VIEWER)
                .body(papers)
                .put("/api/v1/persons/{id}/identity", person)
                .then()
                .statusCode(403);
        as(Role.EDITOR)
                .body(papers)
                .put("/api/v1/persons/{id}/identity", person)
                .then()
                .statusCode(200)
                .body("passportNumber", equalTo(passport));
        as(Role.EDITOR)
                .get("/api/v1/persons/{id}/identity", person)
                .then()
                .statusCode(200)
                .body("idNumber", equalTo("042080001234"));
        String viewerKey = apiKey(Role.VIEWER);
        given().header("X-API-Key", viewerKey)
                .get("/api/v1/persons/{id}/identity", person)
                .then()
                .statusCode(403)
                .body("code", equalTo("person-identity-forbidden"));
        for (String path : List.of(
                "/api/v1/persons/" + person,
                "/api/v1/persons?size=100&sort=-updatedAt",
                "/api/v1/persons/" + person + "/history",
                "/api/v1/changes?types=person&size=1000")) {
            String body = given().header("X-API-Key", viewerKey)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(body).as(path).doesNotContain(passport).doesNotContain("042080001234");
        }
        // Every read is in the audit log, without the numbers.
        String audit = as(Role.ADMIN)
                .queryParam("kind", "person")
                .queryParam("recordId", person)
                .queryParam("action", "VIEWED")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .extract()
                .asString();
        assertThat(audit).doesNotContain(passport);
        // The papers' write and read are in the person's trail (who, when), never what they say; the feed has none.
        as(Role.ADMIN)
                .queryParam("kind", "person")
                .queryParam("recordId", person)
                .queryParam("action", "WRITTEN")
                .get("/api/v1/audit")
                .then()
                .body("items.size()", equalTo(1));
        as(Role.VIEWER)
                .get("/api/v1/persons/{id}/history", person)
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("CREATED", "WRITTEN", "VIEWED")));
        String feed = given().header("X-API-Key", viewerKey)
                .get("/api/v1/changes?types=person&size=1000")
                .then()
                .extract()
                .asString();
        assertThat(feed).doesNotContain("\"part\"");
    }

    @Test
    void theDataStepPointsFreeTextRowsToPersons() {
        long home = org("Ủy ban nhân dân tỉnh Lai Châu", "LOCAL_GOVERNMENT", "VN");
        String name = unique("Tống Thanh Hải");
        long delegation = delegationWith(
                home, List.of(Map.of("fullName", name, "organizationName", "Tỉnh ủy Lai Châu", "role", "HEAD")));
        long person = ((Number) as(Role.VIEWER)
                        .get("/api/v1/delegations/{id}/members", delegation)
                        .then()
                        .extract()
                        .path("members[0].personId"))
                .longValue();
        // As rows recorded before the registry existed.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update delegation_member set person_id = null where delegation_id = ?1")
                        .setParameter(1, delegation)
                        .executeUpdate());
        as(Role.VIEWER)
                .get("/api/v1/delegations/{id}/members", delegation)
                .then()
                .body("members[0].personId", equalTo(null));
        int linked = QuarkusTransaction.requiringNew().call(backfill::run);
        assertThat(linked).isGreaterThanOrEqualTo(1);
        as(Role.VIEWER)
                .get("/api/v1/delegations/{id}/members", delegation)
                .then()
                .body("members[0].personId", equalTo((int) person))
                .body("members[0].fullName", equalTo(name));
        assertThat(QuarkusTransaction.requiringNew().call(backfill::run)).isZero();
    }

    /** The name as typed on a keyboard without Vietnamese input. */
    static final class SearchTextOf {
        static String ascii(String name) {
            return vn.diplomacy.common.SearchText.fold(name);
        }
    }
}
