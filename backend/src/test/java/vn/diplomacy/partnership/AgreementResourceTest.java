package vn.diplomacy.partnership;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.partnership.PartnershipFixtures.agreement;
import static vn.diplomacy.partnership.PartnershipFixtures.body;
import static vn.diplomacy.partnership.PartnershipFixtures.create;
import static vn.diplomacy.partnership.PartnershipFixtures.laoProvince;
import static vn.diplomacy.partnership.PartnershipFixtures.province;
import static vn.diplomacy.partnership.PartnershipFixtures.today;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class AgreementResourceTest {

    private static long partnership() {
        return create(body(
                province("Hà Tĩnh"), laoProvince("Bolikhamxay"), "SPECIAL_FRIENDSHIP", LocalDate.of(2016, 3, 1), null));
    }

    private static long addAgreement(long partnershipId, Map<String, Object> body) {
        return created(Role.EDITOR, body, "/api/v1/partnerships/{id}/agreements", partnershipId);
    }

    @Test
    void fullLifecycleWithETags() {
        long p = partnership();
        Map<String, Object> body = agreement("01/2021/BBTT", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        body.put("signatories", "Chủ tịch UBND tỉnh Hà Tĩnh; Tỉnh trưởng Bolikhamxay");
        body.put("documentUrl", "https://songoaivu.hatinh.gov.vn/mou-2021.pdf");
        var created = as(Role.EDITOR)
                .body(body)
                .post("/api/v1/partnerships/{id}/agreements", p)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("partnership.id", equalTo((int) p))
                .body("partnership.title", notNullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location"))
                .endsWith("/api/v1/partnerships/" + p + "/agreements/" + id);
        as(Role.VIEWER)
                .get("/api/v1/partnerships/{p}/agreements/{id}", p, id)
                .then()
                .statusCode(200)
                .body("code", equalTo("01/2021/BBTT"))
                .body("expiresOn", equalTo("2025-12-31"));
        as(Role.VIEWER).get("/api/v1/partnerships/{p}", p).then().body("agreementCount", equalTo(1));

        body.put("title", "Biên bản thỏa thuận hợp tác 2021–2025");
        as(Role.EDITOR)
                .body(body)
                .put("/api/v1/partnerships/{p}/agreements/{id}", p, id)
                .then()
                .statusCode(428);
        as(Role.EDITOR)
                .header("If-Match", "\"9\"")
                .body(body)
                .put("/api/v1/partnerships/{p}/agreements/{id}", p, id)
                .then()
                .statusCode(412);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/partnerships/{p}/agreements/{id}", p, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Biên bản thỏa thuận hợp tác 2021–2025"));
        as(Role.EDITOR)
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body("{\"notes\":\"đã gia hạn\"}")
                .patch("/api/v1/partnerships/{p}/agreements/{id}", p, id)
                .then()
                .statusCode(200)
                .body("notes", equalTo("đã gia hạn"));
        as(Role.EDITOR)
                .delete("/api/v1/partnerships/{p}/agreements/{id}", p, id)
                .then()
                .statusCode(428);
        as(Role.EDITOR)
                .header("If-Match", "\"2\"")
                .delete("/api/v1/partnerships/{p}/agreements/{id}", p, id)
                .then()
                .statusCode(204);
        as(Role.VIEWER)
                .get("/api/v1/partnerships/{p}/agreements/{id}", p, id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void codeIsUniqueWithinAPartnershipOnly() {
        long first = partnership();
        long second = partnership();
        addAgreement(first, agreement("KH-2026", null, null));
        as(Role.EDITOR)
                .body(agreement("KH-2026", null, null))
                .post("/api/v1/partnerships/{id}/agreements", first)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        addAgreement(second, agreement("KH-2026", null, null));
        long other = addAgreement(first, agreement("KH-2027", null, null));
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .body(agreement("KH-2026", null, null))
                .put("/api/v1/partnerships/{p}/agreements/{id}", first, other)
                .then()
                .statusCode(409);
    }

    @Test
    void invalidAgreementsAre400() {
        long p = partnership();
        rejected(
                Role.EDITOR,
                agreement("X-1", LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)),
                "/api/v1/partnerships/" + p + "/agreements",
                "expiresOn");
        Map<String, Object> badUrl = agreement("X-2", null, null);
        badUrl.put("documentUrl", "ftp://files/mou.pdf");
        rejected(Role.EDITOR, badUrl, "/api/v1/partnerships/" + p + "/agreements", "documentUrl");
        Map<String, Object> noCode = agreement("", null, null);
        noCode.put("kind", "TREATY");
        as(Role.EDITOR)
                .body(noCode)
                .post("/api/v1/partnerships/{id}/agreements", p)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(Role.EDITOR)
                .body(agreement("X-3", null, null))
                .post("/api/v1/partnerships/{id}/agreements", 999_999_999)
                .then()
                .statusCode(404);
    }

    @Test
    void agreementsOfAnotherPartnershipAreNotFound() {
        long first = partnership();
        long second = partnership();
        long id = addAgreement(first, agreement("A-1", null, null));
        as(Role.VIEWER)
                .get("/api/v1/partnerships/{p}/agreements/{id}", second, id)
                .then()
                .statusCode(404);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/partnerships/{p}/agreements/{id}", second, id)
                .then()
                .statusCode(404);
    }

    @Test
    void expiringWithinDaysListsWhatToRenew() {
        long p = partnership();
        LocalDate today = today();
        long soon = addAgreement(p, agreement("SOON", today.minusYears(1), today.plusDays(30)));
        long lastDay = addAgreement(p, agreement("TODAY", today.minusYears(1), today));
        addAgreement(p, agreement("LATER", today.minusYears(1), today.plusDays(200)));
        addAgreement(p, agreement("EXPIRED", today.minusYears(2), today.minusDays(1)));
        addAgreement(p, agreement("OPEN", today.minusYears(1), null));

        as(Role.VIEWER)
                .queryParam("expiringWithinDays", 90)
                .queryParam("partnershipId", p)
                .get("/api/v1/agreements")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) lastDay, (int) soon)))
                .body("items.daysToExpiry", equalTo(List.of(0, 30)));
        as(Role.VIEWER)
                .queryParam("partnershipId", p)
                .queryParam("sort", "code")
                .get("/api/v1/agreements")
                .then()
                .body("totalItems", equalTo(5))
                .body("items.code", hasItem("OPEN"));
        as(Role.VIEWER)
                .queryParam("expiringWithinDays", -1)
                .get("/api/v1/agreements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiringWithinDays"));
        as(Role.VIEWER)
                .queryParam("expiringWithinDays", 5000)
                .get("/api/v1/agreements")
                .then()
                .statusCode(400);
        as(Role.VIEWER)
                .queryParam("expiringWithinDays", "soon")
                .get("/api/v1/agreements")
                .then()
                .statusCode(400);
    }
}
