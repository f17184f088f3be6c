package vn.diplomacy.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** Stays: the status against the dates, overlaps (also at once), school years, search, export, person references. */
@QuarkusTest
class StayTest {
    static final String PATH = "/api/v1/stays";

    static long org(String name, String type) {
        return created(
                Role.EDITOR, Map.of("name", unique(name), "type", type, "countryCode", "VN"), "/api/v1/organizations");
    }

    static long person(String name, String nationality, long home) {
        return created(
                Role.EDITOR,
                Map.of("fullName", unique(name), "nationality", nationality, "homeOrganizationId", home),
                "/api/v1/persons");
    }

    static Map<String, Object> body(long person, long home, String kind, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("homeOrganizationId", home);
        body.put("kind", kind);
        body.put("hostName", "Trường Đại học Hà Tĩnh");
        body.put("programme", "Học bổng Hiệp định Việt Nam – Lào");
        body.put("sponsor", "Chính phủ Việt Nam");
        body.put("startDate", start);
        body.put("endDate", end);
        return body;
    }

    @Test
    void statusFollowsTheDatesAndTheRulesAreChecked() {
        long home = org("Sở Ngoại vụ Hà Tĩnh", "GOVERNMENT_AGENCY");
        long student = person("Bounmy Sisouk", "LA", home);
        long id = created(Role.EDITOR, body(student, home, "STUDENT", "2022-09-05", "2026-06-30"), PATH);
        JsonPath one = as(Role.VIEWER)
                .get(PATH + "/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(one.getString("status")).isEqualTo("COMPLETED");
        assertThat(one.getString("person.nationality")).isEqualTo("LA");
        String today = LocalDate.now().toString();
        String later = LocalDate.now().plusYears(1).toString();
        long planned =
                created(Role.EDITOR, body(person("Keo Phommachanh", "LA", home), home, "STUDENT", later, later), PATH);
        assertThat(as(Role.VIEWER).get(PATH + "/{id}", planned).jsonPath().getString("status"))
                .isEqualTo("PLANNED");

        Map<String, Object> noHost = body(student, home, "VOLUNTEER", today, later);
        noHost.remove("hostName");
        rejected(Role.EDITOR, noHost, PATH, "hostName");
        Map<String, Object> early = body(student, home, "VOLUNTEER", later, later);
        early.put("status", "ACTIVE");
        rejected(Role.EDITOR, early, PATH, "status");
        Map<String, Object> notYet = body(student, home, "VOLUNTEER", today, later);
        notYet.put("status", "COMPLETED");
        rejected(Role.EDITOR, notYet, PATH, "status");
        Map<String, Object> quit = body(student, home, "VOLUNTEER", today, later);
        quit.put("status", "DISCONTINUED");
        rejected(Role.EDITOR, quit, PATH, "statusReason");
        rejected(Role.EDITOR, body(student, home, "STUDENT", "2026-01-01", "2025-01-01"), PATH, "endDate");
        rejected(Role.EDITOR, body(999_999_999L, home, "STUDENT", today, later), PATH, "personId");

        // The same person studying over the same months twice is one record too many.
        as(Role.EDITOR)
                .body(body(student, home, "STUDENT", "2025-09-01", "2027-06-30"))
                .post(PATH)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        // Ended early, with the reason; the history keeps both versions.
        Map<String, Object> ended = body(student, home, "STUDENT", "2022-09-05", "2026-06-30");
        ended.put("status", "DISCONTINUED");
        ended.put("statusReason", "Về nước theo nguyện vọng gia đình");
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, PATH + "/{id}", id))
                .body(ended)
                .put(PATH + "/{id}", id)
                .then()
                .statusCode(200);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .body(ended)
                .put(PATH + "/{id}", id)
                .then()
                .statusCode(412);
        assertThat(as(Role.VIEWER).get(PATH + "/{id}/history", id).jsonPath().getList("items"))
                .hasSizeGreaterThanOrEqualTo(2);

        // A person with a stay is not deleted.
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/persons/{id}", student))
                .delete("/api/v1/persons/{id}", student)
                .then()
                .statusCode(409);
    }

    @Test
    void schoolYearNationalitySearchAndExport() {
        long home = org("Liên hiệp các tổ chức hữu nghị tỉnh Lai Châu", "FRIENDSHIP_ASSOCIATION");
        long lao = person("Somphone Vongsa", "LA", home);
        long korean = person("Kim Ji-young", "KR", home);
        long s2024 = created(Role.EDITOR, body(lao, home, "STUDENT", "2024-09-05", "2025-06-30"), PATH);
        Map<String, Object> koica = body(korean, home, "VOLUNTEER", "2025-09-01", "2027-08-31");
        koica.put("hostName", "Bệnh viện Đa khoa tỉnh Lai Châu");
        koica.put("sponsor", "KOICA");
        long v2025 = created(Role.EDITOR, koica, PATH);

        assertThat(ids(Map.of("homeOrganizationId", home, "schoolYear", 2024))).containsExactly(s2024);
        assertThat(ids(Map.of("homeOrganizationId", home, "schoolYear", 2025))).containsExactly(v2025);
        assertThat(ids(Map.of("homeOrganizationId", home, "nationality", "KR"))).containsExactly(v2025);
        assertThat(ids(Map.of("homeOrganizationId", home, "q", "benh vien da khoa")))
                .containsExactly(v2025);
        assertThat(ids(Map.of("homeOrganizationId", home, "q", "somphone"))).containsExactly(s2024);
        as(Role.VIEWER).queryParam("schoolYear", "2024-2025").get(PATH).then().statusCode(400);
        as(Role.VIEWER).queryParam("nationality", "Lào").get(PATH).then().statusCode(400);
        as(Role.VIEWER).queryParam("colour", "red").get(PATH).then().statusCode(400);

        String csv = as(Role.VIEWER)
                .queryParam("homeOrganizationId", home)
                .queryParam("format", "csv")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv)
                .contains("Lưu học sinh")
                .contains("Tình nguyện viên")
                .contains("KOICA")
                .contains("Lào");
    }

    @Test
    void twoOverlappingStaysSentAtOnceLeaveOne() throws Exception {
        long home = org("Sở Ngoại vụ Quảng Nam", "GOVERNMENT_AGENCY");
        long student = person("Vilay Khounphet", "LA", home);
        as(Role.EDITOR);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(Role.EDITOR)
                            .body(body(student, home, "STUDENT", "2024-09-05", "2028-06-30"))
                            .post(PATH);
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Response> answer : answers) {
                codes.add(answer.get(120, TimeUnit.SECONDS).statusCode());
            }
            assertThat(codes).containsOnly(201, 409);
            assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids(Map.of("personId", student))).hasSize(1);
    }

    private static List<Long> ids(Map<String, Object> query) {
        return as(Role.VIEWER)
                .queryParams(query)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }
}
