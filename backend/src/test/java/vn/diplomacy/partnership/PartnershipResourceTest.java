package vn.diplomacy.partnership;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.TestSupport.unique;
import static vn.diplomacy.partnership.PartnershipFixtures.agreement;
import static vn.diplomacy.partnership.PartnershipFixtures.body;
import static vn.diplomacy.partnership.PartnershipFixtures.create;
import static vn.diplomacy.partnership.PartnershipFixtures.laoProvince;
import static vn.diplomacy.partnership.PartnershipFixtures.organization;
import static vn.diplomacy.partnership.PartnershipFixtures.province;
import static vn.diplomacy.partnership.PartnershipFixtures.today;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class PartnershipResourceTest {

    @Test
    void createEmbedsBothSidesAndGeneratesTheTitle() {
        String homeName = unique("Tỉnh Hà Tĩnh");
        long home = organization(homeName, "LOCAL_GOVERNMENT", "VN");
        String partnerName = unique("Bolikhamxay");
        long partner = organization(partnerName, "LOCAL_GOVERNMENT", "LA");
        var created = as(Role.EDITOR)
                .body(body(home, partner, "SPECIAL_FRIENDSHIP", LocalDate.of(2016, 3, 1), null))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("title", equalTo(homeName + " – " + partnerName))
                .body("status", equalTo("ACTIVE"))
                .body("home.name", equalTo(homeName))
                .body("partner.countryCode", equalTo("LA"))
                .body("pillars", equalTo(List.of("STATE", "PEOPLE")))
                .body("agreementCount", equalTo(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/api/v1/partnerships/" + id);
        as(Role.VIEWER)
                .get("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("partner.name", equalTo(partnerName));
    }

    @Test
    void statusIsDerivedOnBoundaryDates() {
        long home = province("Huế");
        LocalDate today = today();
        assertStatus(home, today, null, false, "ACTIVE");
        assertStatus(home, today.plusDays(1), null, false, "PLANNED");
        assertStatus(home, today.minusYears(1), today, false, "ACTIVE");
        assertStatus(home, today.minusYears(1), today.minusDays(1), false, "ENDED");
        assertStatus(home, today.minusYears(1), null, true, "SUSPENDED");
        assertStatus(home, today.minusYears(1), today.minusDays(1), true, "ENDED");
        assertStatus(home, today.plusDays(10), null, true, "SUSPENDED");
    }

    private static void assertStatus(long home, LocalDate start, LocalDate end, boolean suspended, String expected) {
        long partner = laoProvince("Sê Kông");
        Map<String, Object> body = body(home, partner, "COOPERATION", start, end);
        body.put("suspended", suspended);
        long id = create(body);
        as(Role.VIEWER).get("/api/v1/partnerships/{id}", id).then().body("status", equalTo(expected));
        // The list filter applies the same rule in SQL.
        as(Role.VIEWER)
                .queryParam("partnerOrganizationId", partner)
                .queryParam("status", expected)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
    }

    @Test
    void overlappingSamePairAndTypeIs409() {
        long home = province("Quảng Bình");
        long partner = laoProvince("Khammouane");
        create(body(home, partner, "FRIENDSHIP", LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31)));
        as(Role.EDITOR)
                .body(body(home, partner, "FRIENDSHIP", LocalDate.of(2020, 12, 31), null))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("overlapping"));
        // Open-ended existing partnership overlaps everything after its start.
        create(body(home, partner, "FRIENDSHIP", LocalDate.of(2021, 1, 1), null));
        as(Role.EDITOR)
                .body(body(home, partner, "FRIENDSHIP", LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1)))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(409);
        // Another type between the same pair is another relation.
        create(body(home, partner, "TWINNING", LocalDate.of(2021, 1, 1), null));
    }

    @Test
    void everyErrorOfABodyIsReportedAtOnce() {
        long home = province("Hà Giang");
        Map<String, Object> body = body(home, home, "FRIENDSHIP", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1));
        body.put("pillars", List.of());
        rejected(Role.EDITOR, body, "/api/v1/partnerships", "endDate", "partnerOrganizationId", "pillars");
    }

    @Test
    void invalidPartnershipsAre400() {
        long home = province("Lai Châu");
        as(Role.EDITOR)
                .body(body(home, home, "FRIENDSHIP", LocalDate.of(2020, 1, 1), null))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("partnerOrganizationId"));
        long partner = laoProvince("Phongsaly");
        rejected(
                Role.EDITOR,
                body(home, partner, "FRIENDSHIP", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)),
                "/api/v1/partnerships",
                "endDate");
        as(Role.EDITOR)
                .body(body(home, 999_999_999L, "FRIENDSHIP", LocalDate.of(2020, 1, 1), null))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("partnerOrganizationId"));
        Map<String, Object> noPillars = body(home, partner, "FRIENDSHIP", LocalDate.of(2020, 1, 1), null);
        noPillars.put("pillars", List.of());
        rejected(Role.EDITOR, noPillars, "/api/v1/partnerships", "pillars");
        Map<String, Object> badPillar = body(home, partner, "FRIENDSHIP", LocalDate.of(2020, 1, 1), null);
        badPillar.put("pillars", List.of("ARMY"));
        as(Role.EDITOR)
                .body(badPillar)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("pillars[0]"));
        Map<String, Object> badType = body(home, partner, "ALLIANCE", LocalDate.of(2020, 1, 1), null);
        as(Role.EDITOR)
                .body(badType)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        Map<String, Object> badDate = body(home, partner, "FRIENDSHIP", LocalDate.of(2020, 1, 1), null);
        badDate.put("startDate", "05/09/2022");
        as(Role.EDITOR)
                .body(badDate)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        Map<String, Object> noStart = body(home, partner, "FRIENDSHIP", LocalDate.of(2020, 1, 1), null);
        noStart.remove("startDate");
        rejected(Role.EDITOR, noStart, "/api/v1/partnerships", "startDate");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        long id = create(body(
                province("Hà Tĩnh"),
                laoProvince("Vientiane"),
                "COMPREHENSIVE_COOPERATION",
                LocalDate.of(2019, 4, 10),
                null));
        Map<String, Object> replacement =
                as(Role.VIEWER).get("/api/v1/partnerships/{id}", id).jsonPath().getMap("");
        Map<String, Object> input = body(
                ((Number) replacement.get("homeOrganizationId")).longValue(),
                ((Number) replacement.get("partnerOrganizationId")).longValue(),
                "COMPREHENSIVE_COOPERATION",
                LocalDate.of(2019, 4, 10),
                null);
        input.put("contactPerson", "Nguyễn Văn A");
        as(Role.EDITOR)
                .body(input)
                .put("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        as(Role.EDITOR)
                .header("If-Match", "\"4\"")
                .body(input)
                .put("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(412);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .body(input)
                .put("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("contactPerson", equalTo("Nguyễn Văn A"));
        as(Role.EDITOR)
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body("{\"suspended\": true}")
                .patch("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("contactPerson", equalTo("Nguyễn Văn A"));
        as(Role.EDITOR)
                .header("If-Match", "\"2\"")
                .contentType("application/merge-patch+json")
                .body("{\"endDate\": \"2019-01-01\"}")
                .patch("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
    }

    @Test
    void deletingWithAgreementsNeedsAnAdminCascade() {
        long id = create(
                body(province("Lào Cai"), laoProvince("Luang Prabang"), "COOPERATION", LocalDate.of(2020, 1, 1), null));
        as(Role.EDITOR)
                .body(agreement("MOU-1", null, null))
                .post("/api/v1/partnerships/{id}/agreements", id)
                .then()
                .statusCode(201);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("1 agreement"));
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .queryParam("cascade", "true")
                .delete("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(403);
        as(Role.ADMIN)
                .header("If-Match", "\"0\"")
                .queryParam("cascade", "yes")
                .delete("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(400);
        as(Role.ADMIN)
                .header("If-Match", "\"0\"")
                .queryParam("cascade", "true")
                .delete("/api/v1/partnerships/{id}", id)
                .then()
                .statusCode(204);
        as(Role.VIEWER).get("/api/v1/partnerships/{id}", id).then().statusCode(404);
        as(Role.VIEWER).get("/api/v1/partnerships/{id}/agreements", id).then().statusCode(404);
    }

    @Test
    void anOrganizationInAPartnershipCannotBeDeleted() {
        long partner = laoProvince("Salavan");
        create(body(province("Thừa Thiên Huế"), partner, "COOPERATION", LocalDate.of(2020, 1, 1), null));
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/organizations/{id}", partner)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 partnership"));
    }
}
