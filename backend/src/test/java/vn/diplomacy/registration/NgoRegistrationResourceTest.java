package vn.diplomacy.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.TestSupport.unique;
import static vn.diplomacy.registration.RegistrationFixtures.org;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.diplomacy.Parallel;
import vn.diplomacy.security.Role;

/** Registration certificates of foreign NGOs: Decree 58/2022's rules, renewals, expiry, search and filters. */
@QuarkusTest
class NgoRegistrationResourceTest {
    static final String PATH = "/api/v1/ngo-registrations";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    private long province;
    private long office;
    private long ngo;

    @BeforeEach
    void places() {
        province = org(unique("Ủy ban nhân dân tỉnh Lâm Đồng"), "LOCAL_GOVERNMENT", "VN", null);
        office = org(unique("Sở Ngoại vụ Lâm Đồng"), "GOVERNMENT_AGENCY", "VN", province);
        ngo = org(unique("Hội Chữ thập đỏ Đức"), "INTERNATIONAL_NGO", "DE", null);
    }

    Map<String, Object> body(String kind, LocalDate issued, LocalDate until) {
        Map<String, Object> body = new HashMap<>();
        body.put("ngoId", ngo);
        body.put("homeOrganizationId", office);
        body.put("kind", kind);
        body.put("number", unique("GĐK-BNG"));
        body.put("issuedBy", "Bộ Ngoại giao");
        body.put("issuedOn", issued.toString());
        body.put("validUntil", until.toString());
        body.put("permittedProvinceIds", List.of(province));
        body.put("permittedFields", List.of("HEALTH", "LIVELIHOODS"));
        body.put("representative", Map.of("name", "Trần Thị Hoa", "nationality", "VN", "contact", "0263 3822 000"));
        return body;
    }

    @Test
    void aCertificateIsRecordedWithItsProvincesAndDaysLeft() {
        Map<String, Object> body = body("OPERATION", TODAY.minusYears(1), TODAY.plusDays(30));
        long id = created(Role.EDITOR, body, PATH);
        as(Role.VIEWER)
                .get(PATH + "/{id}", id)
                .then()
                .statusCode(200)
                .body("ngo.id", equalTo((int) ngo))
                .body("home.id", equalTo((int) office))
                .body("permittedProvinces[0].id", equalTo((int) province))
                .body("permittedFields", equalTo(List.of("HEALTH", "LIVELIHOODS")))
                .body("representative.name", equalTo("Trần Thị Hoa"))
                .body("status", equalTo("ACTIVE"))
                .body("daysToExpiry", equalTo(30));
        as(Role.VIEWER)
                .queryParam("q", "hoi chu thap do duc")
                .queryParam("expiringWithinDays", 60)
                .queryParam("permittedProvinceId", province)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        as(Role.VIEWER)
                .queryParam("expiringWithinDays", 29)
                .queryParam("ngoId", ngo)
                .get(PATH)
                .then()
                .body("items.id", not(hasItem((int) id)));
        as(Role.VIEWER)
                .queryParam("permittedProvinceId", office)
                .get(PATH)
                .then()
                .body("items.id", not(hasItem((int) id)));
        as(Role.VIEWER).queryParam("expiringWithinDays", -1).get(PATH).then().statusCode(400);
        as(Role.VIEWER).queryParam("status", "LAPSED").get(PATH).then().statusCode(400);
    }

    @Test
    void decree58Rules() {
        LocalDate issued = LocalDate.of(2024, 3, 1);
        Map<String, Object> longer =
                body("OPERATION", issued, issued.plusYears(3).plusDays(1));
        rejected(Role.EDITOR, longer, PATH, "validUntil");
        created(Role.EDITOR, body("OPERATION", issued, issued.plusYears(3)), PATH);
        rejected(Role.EDITOR, body("OPERATION", issued, issued.minusDays(1)), PATH, "validUntil");

        Map<String, Object> notNgo = body("OPERATION", issued, issued.plusYears(1));
        notNgo.put("ngoId", office);
        rejected(Role.EDITOR, notNgo, PATH, "ngoId");
        Map<String, Object> notProvince = body("OPERATION", issued, issued.plusYears(1));
        notProvince.put("permittedProvinceIds", List.of(office, province));
        rejected(Role.EDITOR, notProvince, PATH, "permittedProvinceIds");
        Map<String, Object> none = body("OPERATION", issued, issued.plusYears(1));
        none.put("permittedProvinceIds", List.of());
        rejected(Role.EDITOR, none, PATH, "permittedProvinceIds");
        Map<String, Object> revoked = body("OPERATION", issued, issued.plusYears(1));
        revoked.put("revokedOn", "2024-06-01");
        rejected(Role.EDITOR, revoked, PATH, "revocationReason");
        revoked.put("revocationReason", "Hoạt động sai mục đích đăng ký");
        long id = created(Role.EDITOR, revoked, PATH);
        as(Role.VIEWER).get(PATH + "/{id}", id).then().body("status", equalTo("REVOKED"));

        Map<String, Object> twice = body("PROJECT_OFFICE", issued, issued.plusYears(1));
        created(Role.EDITOR, twice, PATH);
        as(Role.EDITOR)
                .body(twice)
                .post(PATH)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("ngo-registration-duplicate-number"));
        twice.put("kind", "REPRESENTATIVE_OFFICE");
        created(Role.EDITOR, twice, PATH);
    }

    @Test
    void aRenewalSupersedesTheEarlierCertificateOnce() throws Exception {
        long first = created(Role.EDITOR, body("OPERATION", LocalDate.of(2021, 5, 1), LocalDate.of(2024, 4, 30)), PATH);
        as(Role.VIEWER).get(PATH + "/{id}", first).then().body("status", equalTo("EXPIRED"));
        Map<String, Object> renewal = body("OPERATION", LocalDate.of(2024, 4, 20), LocalDate.of(2027, 4, 19));
        renewal.put("renewsId", first);
        Map<String, Object> early = new HashMap<>(renewal);
        early.put("issuedOn", "2021-01-01");
        early.put("validUntil", "2023-12-31");
        rejected(Role.EDITOR, early, PATH, "renewsId");

        // Two offices record the renewal at once: one is kept, the other told it is already renewed.
        List<Response> answers = Parallel.run(2, i -> {
            Map<String, Object> b = new HashMap<>(renewal);
            b.put("number", unique("GĐK-GH"));
            return as(Role.EDITOR).body(b).post(PATH);
        });
        assertThat(answers.stream().map(Response::statusCode)).containsExactlyInAnyOrder(201, 409);
        long second = answers.stream()
                .filter(r -> r.statusCode() == 201)
                .findFirst()
                .orElseThrow()
                .jsonPath()
                .getLong("id");
        as(Role.VIEWER)
                .get(PATH + "/{id}", first)
                .then()
                .body("status", equalTo("RENEWED"))
                .body("renewedBy.id", equalTo((int) second));
        as(Role.VIEWER).get(PATH + "/{id}", second).then().body("renews.id", equalTo((int) first));
        as(Role.VIEWER)
                .queryParam("status", "RENEWED")
                .queryParam("ngoId", ngo)
                .get(PATH)
                .then()
                .body("items.id", equalTo(List.of((int) first)));
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.EDITOR, PATH + "/{id}", first))
                .delete(PATH + "/{id}", first)
                .then()
                .statusCode(409)
                .body("code", equalTo("ngo-registration-renewed"));
        Map<String, Object> other = body("OPERATION", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        other.put("ngoId", org(unique("Oxfam"), "INTERNATIONAL_NGO", "GB", null));
        other.put("renewsId", first);
        rejected(Role.EDITOR, other, PATH, "renewsId");
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.EDITOR, PATH + "/{id}", second))
                .delete(PATH + "/{id}", second)
                .then()
                .statusCode(204);
        as(Role.VIEWER).get(PATH + "/{id}", first).then().body("status", equalTo("EXPIRED"));
    }
}
