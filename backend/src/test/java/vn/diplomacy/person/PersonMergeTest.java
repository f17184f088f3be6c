package vn.diplomacy.person;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** Two records of one person merged: references move, blanks fill, papers follow, the duplicate stays read-only. */
@QuarkusTest
class PersonMergeTest {
    static final String PERSONS = "/api/v1/persons";

    @Test
    void everythingTheDuplicateNamedMovesToTheKeptPerson() {
        long home = PersonTest.org("Ủy ban nhân dân tỉnh Hà Tĩnh", "LOCAL_GOVERNMENT", "VN");
        String agency = "Sở Ngoại vụ Hà Tĩnh";
        String name = unique("Nguyễn Văn Thành");
        long kept = created(Role.EDITOR, Map.of("fullName", name, "homeOrganizationId", home), PERSONS);
        long duplicate = PersonTest.person(name, home, agency);
        long delegation = PersonTest.delegationWith(home, List.of(Map.of("personId", duplicate, "role", "HEAD")));
        long course = PersonTest.courseWithTrainee(home, name, agency);
        Map<String, Object> activity = new HashMap<>();
        activity.put("kind", "MEETING");
        activity.put("title", unique("Tiếp Tổng lãnh sự Lào tại Vinh"));
        activity.put("startDate", "2025-03-10");
        activity.put("endDate", "2025-03-10");
        activity.put("homeOrganizationId", home);
        activity.put("personIds", List.of(duplicate));
        long activityId = created(Role.EDITOR, activity, "/api/v1/activities");
        as(Role.EDITOR)
                .body(Map.of("passportNumber", "C7654321"))
                .put(PERSONS + "/{id}/identity", duplicate)
                .then()
                .statusCode(200);

        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, PERSONS + "/{id}", kept))
                .body(Map.of("duplicateId", kept))
                .post(PERSONS + "/{id}/merge", kept)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(Role.EDITOR)
                .header("If-Match", "\"999\"")
                .body(Map.of("duplicateId", duplicate))
                .post(PERSONS + "/{id}/merge", kept)
                .then()
                .statusCode(412);
        as(Role.VIEWER)
                .header("If-Match", etagOf(Role.VIEWER, PERSONS + "/{id}", kept))
                .body(Map.of("duplicateId", duplicate))
                .post(PERSONS + "/{id}/merge", kept)
                .then()
                .statusCode(403);
        JsonPath merged = as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, PERSONS + "/{id}", kept))
                .body(Map.of("duplicateId", duplicate))
                .post(PERSONS + "/{id}/merge", kept)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // The kept record had only a name: the duplicate's details fill it.
        assertThat(merged.getString("passportName")).isEqualTo("PHAN ANH SON");
        assertThat(merged.getString("organizationName")).isEqualTo(agency);
        assertThat(merged.getString("birthDate")).isEqualTo("1965-04-12");

        JsonPath record = as(Role.VIEWER).get(PERSONS + "/{id}/record", kept).jsonPath();
        assertThat(record.getList("delegations.delegationId", Long.class)).containsExactly(delegation);
        assertThat(record.getList("courses.courseId", Long.class)).containsExactly(course);
        assertThat(as(Role.VIEWER)
                        .get("/api/v1/activities/{id}", activityId)
                        .jsonPath()
                        .getList("persons.id", Long.class))
                .containsExactly(kept);
        assertThat(as(Role.EDITOR)
                        .get(PERSONS + "/{id}/identity", kept)
                        .jsonPath()
                        .getString("passportNumber"))
                .isEqualTo("C7654321");

        // The duplicate stays, read-only, out of the lists; its history ends with the merge.
        JsonPath gone = as(Role.VIEWER)
                .get(PERSONS + "/{id}", duplicate)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(gone.getLong("mergedIntoId")).isEqualTo(kept);
        assertThat(as(Role.VIEWER).queryParam("q", name).get(PERSONS).jsonPath().getList("items.id", Long.class))
                .containsExactly(kept);
        assertThat(as(Role.VIEWER)
                        .queryParam("q", name)
                        .queryParam("merged", true)
                        .get(PERSONS)
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(duplicate);
        assertThat(as(Role.VIEWER).get(PERSONS + "/{id}/history", duplicate).asString())
                .contains("mergedIntoId");
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, PERSONS + "/{id}", duplicate))
                .body(Map.of("fullName", name, "homeOrganizationId", home))
                .put(PERSONS + "/{id}", duplicate)
                .then()
                .statusCode(409);
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, PERSONS + "/{id}", kept))
                .body(Map.of("duplicateId", duplicate))
                .post(PERSONS + "/{id}/merge", kept)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        // Still named by the moved records and the merged one: not deleted.
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, PERSONS + "/{id}", kept))
                .delete(PERSONS + "/{id}", kept)
                .then()
                .statusCode(409);
    }

    @Test
    void theExportListsThePersonsInVietnameseWithoutTheirPapers() {
        long home = PersonTest.org("Ủy ban nhân dân tỉnh Quảng Bình", "LOCAL_GOVERNMENT", "VN");
        String name = unique("Phan Anh Sơn");
        long person = PersonTest.person(name, home, "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình");
        as(Role.EDITOR)
                .body(Map.of("passportNumber", "B9988776"))
                .put(PERSONS + "/{id}/identity", person)
                .then()
                .statusCode(200);
        String csv = as(Role.ADMIN)
                .queryParam("homeOrganizationId", home)
                .queryParam("format", "csv")
                .get(PERSONS)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains(name).contains("Nam").contains("Việt Nam").contains("Họ và tên");
        assertThat(csv).doesNotContain("B9988776");
        as(Role.VIEWER).queryParam("format", "pdf").get(PERSONS).then().statusCode(400);
    }

    @Test
    void anNgoRepresentativeIsAPersonAndMovesWithAMerge() {
        long home = PersonTest.org("Ủy ban nhân dân tỉnh Lào Cai", "LOCAL_GOVERNMENT", "VN");
        long ngo = PersonTest.org("Oxfam", "INTERNATIONAL_NGO", "GB");
        String name = unique("Nguyễn Thị Mai");
        long kept = created(Role.EDITOR, Map.of("fullName", name, "homeOrganizationId", home), PERSONS);
        long duplicate = created(
                Role.EDITOR, Map.of("fullName", name, "nationality", "VN", "homeOrganizationId", home), PERSONS);
        Map<String, Object> certificate = new HashMap<>();
        certificate.put("ngoId", ngo);
        certificate.put("homeOrganizationId", home);
        certificate.put("kind", "PROJECT_OFFICE");
        certificate.put("number", unique("GĐK"));
        certificate.put("issuedBy", "Bộ Ngoại giao");
        certificate.put("issuedOn", "2025-01-15");
        certificate.put("validUntil", "2028-01-14");
        certificate.put("permittedProvinceIds", List.of(home));
        certificate.put("representative", Map.of("personId", 999_999_999L));
        as(Role.EDITOR)
                .body(certificate)
                .post("/api/v1/ngo-registrations")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("representative.personId"));
        certificate.put("representative", Map.of("personId", duplicate, "contact", "mai.nguyen@oxfam.org"));
        long registration = created(Role.EDITOR, certificate, "/api/v1/ngo-registrations");
        JsonPath linked = as(Role.VIEWER)
                .get("/api/v1/ngo-registrations/{id}", registration)
                .jsonPath();
        // Name and nationality taken from the registry when the certificate's are left blank.
        assertThat(linked.getString("representative.name")).isEqualTo(name);
        assertThat(linked.getString("representative.nationality")).isEqualTo("VN");
        assertThat(linked.getLong("representative.personId")).isEqualTo(duplicate);

        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, PERSONS + "/{id}", kept))
                .body(Map.of("duplicateId", duplicate))
                .post(PERSONS + "/{id}/merge", kept)
                .then()
                .statusCode(200);
        assertThat(as(Role.VIEWER)
                        .get("/api/v1/ngo-registrations/{id}", registration)
                        .jsonPath()
                        .getLong("representative.personId"))
                .isEqualTo(kept);
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, PERSONS + "/{id}", kept))
                .delete(PERSONS + "/{id}", kept)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("NGO registration"));
    }
}
