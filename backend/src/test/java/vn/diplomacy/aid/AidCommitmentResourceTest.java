package vn.diplomacy.aid;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.aid.AidFixtures.commitment;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.disburse;
import static vn.diplomacy.aid.AidFixtures.district;
import static vn.diplomacy.aid.AidFixtures.money;
import static vn.diplomacy.aid.AidFixtures.ngo;
import static vn.diplomacy.aid.AidFixtures.organization;
import static vn.diplomacy.aid.AidFixtures.rate;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class AidCommitmentResourceTest {

    @Test
    void recordReadEditAndDelete() {
        long ngo = ngo();
        long district = district();
        var body = commitment(ngo, district, "1250000000", "VND", "2023-03-15");
        body.put("counterpartFunding", money("300000000", "VND"));
        body.put("approvalDecisionNo", "1234/QĐ-UBND");
        long id = as(Role.EDITOR)
                .body(body)
                .post("/api/v1/aid-commitments")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("donorCountryCode", equalTo("GB"))
                .body("sectorDacCode", equalTo("14030"))
                .body("committed.amount", equalTo("1250000000"))
                .body("committedInBase.amount", equalTo("1250000000"))
                .body("disbursedToDate.amount", equalTo("0"))
                .body("disbursementRate", equalTo("0.0000"))
                .body("overDisbursed", equalTo(false))
                .body("counterpartFunding.amount", equalTo("300000000"))
                .extract()
                .jsonPath()
                .getLong("id");
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", id)
                .then()
                .statusCode(200)
                .body("ngo.countryCode", equalTo("GB"));
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"status\": \"CLOSED\", \"donorCountryCode\": \"US\"}")
                .patch("/api/v1/aid-commitments/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("donorCountryCode", equalTo("US"))
                .header("ETag", "\"1\"");
        as(Role.VIEWER)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/aid-commitments/{id}", id)
                .then()
                .statusCode(403);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/aid-commitments/{id}", id)
                .then()
                .statusCode(412);
        as(Role.EDITOR)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/aid-commitments/{id}", id)
                .then()
                .statusCode(204);
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void amountsFollowEachCurrencysDecimals() {
        long ngo = ngo();
        long district = district();
        for (String[] bad : new String[][] {
            {"1.5", "VND"},
            {"10.005", "USD"},
            {"1.5", "JPY"},
            {"0", "USD"},
            {"-3", "EUR"},
            {"12", "ABC"},
            {"1e30", "VND"}
        }) {
            as(Role.EDITOR)
                    .body(commitment(ngo, district, bad[0], bad[1], "2023-01-01"))
                    .post("/api/v1/aid-commitments")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[1].equals("ABC") ? "committed.currency" : "committed.amount"));
        }
        // Trailing zeros are not extra decimals; three-decimal currencies keep three.
        create(commitment(ngo, district, "1500000.00", "VND", "2023-01-01"));
        as(Role.EDITOR)
                .body(commitment(ngo, district, "10.125", "KWD", "2023-01-01"))
                .post("/api/v1/aid-commitments")
                .then()
                .statusCode(201)
                .body("committed.amount", equalTo("10.125"));
        as(Role.EDITOR)
                .body(commitment(ngo, district, "2000000.5", "USD", "2023-01-01"))
                .post("/api/v1/aid-commitments")
                .then()
                .statusCode(201)
                .body("committed.amount", equalTo("2000000.50"));
    }

    @Test
    void donorAndBeneficiaryMustBeTheRightKindOfOrganization() {
        long vietnameseNgo = organization("Hội Nông dân", "NATIONAL_NGO", "VN");
        long laoProvince = organization("Bolikhamxay", "LOCAL_GOVERNMENT", "LA");
        long ngo = ngo();
        rejected(
                Role.EDITOR,
                commitment(vietnameseNgo, laoProvince, "100", "USD", "2023-01-01"),
                "/api/v1/aid-commitments",
                "ngoId",
                "beneficiaryOrganizationId");
        var body = commitment(ngo, district(), "100", "USD", "2023-01-01");
        body.put("partnershipId", 999_999_999);
        body.put("startDate", "2023-05-01");
        body.put("endDate", "2023-04-01");
        rejected(Role.EDITOR, body, "/api/v1/aid-commitments", "endDate");
        body.remove("endDate");
        rejected(Role.EDITOR, body, "/api/v1/aid-commitments", "partnershipId");
        body.remove("partnershipId");
        body.put("kind", "GIFT");
        as(Role.EDITOR)
                .body(body)
                .post("/api/v1/aid-commitments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anOrganizationWithAidCannotBeDeleted() {
        long ngo = ngo();
        create(commitment(ngo, district(), "100", "USD", "2023-01-01"));
        as(Role.ADMIN)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/organizations/{id}", ngo)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("1 aid commitment"));
    }

    @Test
    void listFiltersSelectTheRightCommitments() {
        long ngo = ngo();
        long province = organization("Tỉnh Lào Cai", "LOCAL_GOVERNMENT", "VN");
        long district = organization("Huyện Sa Pa", "LOCAL_GOVERNMENT", "VN", province);
        long commune = organization("Xã Tả Van", "LOCAL_GOVERNMENT", "VN", district);
        long inCommune = create(commitment(ngo, commune, "100", "USD", "2022-06-01"));
        var health = commitment(ngo, district, "5000000", "VND", "2023-02-01");
        health.put("sector", "HEALTH");
        long inDistrict = create(health);
        long elsewhere = create(commitment(ngo, district(), "7", "EUR", "2023-03-01"));

        as(Role.VIEWER)
                .queryParam("ngoId", ngo)
                .queryParam("beneficiaryOrganizationId", province)
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body(
                        "items.id",
                        equalTo(List.of(inCommune, inDistrict).stream()
                                .map(Long::intValue)
                                .toList()));
        as(Role.VIEWER)
                .queryParam("ngoId", ngo)
                .queryParam("sector", "HEALTH")
                .get("/api/v1/aid-commitments")
                .then()
                .body("items.id", equalTo(List.of((int) inDistrict)));
        as(Role.VIEWER)
                .queryParam("ngoId", ngo)
                .queryParam("year", 2023)
                .queryParam("sort", "-commitmentDate")
                .get("/api/v1/aid-commitments")
                .then()
                .body("items.id", equalTo(List.of((int) elsewhere, (int) inDistrict)));
        as(Role.VIEWER)
                .queryParam("ngoId", ngo)
                .queryParam("currency", "eur")
                .get("/api/v1/aid-commitments")
                .then()
                .body("items.id", equalTo(List.of((int) elsewhere)));
        as(Role.VIEWER)
                .queryParam("ngoId", ngo)
                .queryParam("from", "2023-02-01")
                .queryParam("to", "2023-02-28")
                .get("/api/v1/aid-commitments")
                .then()
                .body("items.id", equalTo(List.of((int) inDistrict)));
        as(Role.VIEWER)
                .queryParam("ngoId", ngo)
                .queryParam("q", "xa y ty")
                .get("/api/v1/aid-commitments")
                .then()
                .body("totalItems", equalTo(3));
        as(Role.VIEWER)
                .queryParam("sector", "FOOD")
                .queryParam("year", "20x")
                .queryParam("colour", "red")
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("colour", "sector", "year")));
        as(Role.VIEWER)
                .queryParam("from", "2023-02-01")
                .queryParam("to", "2023-01-01")
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("to")));
        as(Role.VIEWER)
                .queryParam("format", "pdf")
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("format")));
    }

    @Test
    void disbursementsInAnotherCurrencyAreConvertedAtTheirDateAndOverDisbursementIsFlagged() {
        // CAD is used by this test only, so no other test's rates interfere.
        rate("CAD", "2024-01-01", "2300");
        rate("NOK", "2024-01-01", "2250");
        long id = create(commitment(ngo(), district(), "1000", "CAD", "2024-02-01"));
        disburse(id, "400", "CAD", "2024-03-01");
        // 230,000 VND = 100 CAD at 2,300 VND/CAD.
        long vnd = disburse(id, "230000", "VND", "2024-04-01");
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", id)
                .then()
                .body("disbursedToDate", equalTo(Map.of("amount", "500.00", "currency", "CAD")))
                .body("disbursementRate", equalTo("0.5000"))
                .body("overDisbursed", equalTo(false))
                .body("disbursementCount", equalTo(2));
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}/disbursements/{d}", id, vnd)
                .then()
                .body("amountInCommitmentCurrency.amount", equalTo("100.00"))
                .body("amountInBase.amount", equalTo("230000"));
        // 600 NOK × 2,250 / 2,300 = 586.96 CAD → 1,086.96 CAD: more than committed, flagged, not capped.
        disburse(id, "600", "NOK", "2024-05-01");
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", id)
                .then()
                .body("disbursedToDate.amount", equalTo("1086.96"))
                .body("disbursementRate", equalTo("1.0870"))
                .body("overDisbursed", equalTo(true));
        // Before any rate of the currency: kept, shown as unconverted, not counted at 1.
        disburse(id, "50", "DKK", "2024-05-02");
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", id)
                .then()
                .body("disbursedToDate.amount", equalTo("1086.96"))
                .body("unconvertedDisbursements", equalTo(List.of(Map.of("amount", "50.00", "currency", "DKK"))));
        as(Role.VIEWER)
                .queryParam("sort", "-amount")
                .get("/api/v1/aid-commitments/{id}/disbursements", id)
                .then()
                .body("totalItems", equalTo(4))
                .body("items[3].amountInCommitmentCurrency", nullValue());
        rejected(
                Role.EDITOR,
                Map.of("date", "2024-05-02", "amount", money("1.5", "VND")),
                "/api/v1/aid-commitments/" + id + "/disbursements",
                "amount.amount");
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/aid-commitments/{id}", id)
                .then()
                .statusCode(409);
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}/disbursements/{d}", 999_999_999L, vnd)
                .then()
                .statusCode(404);
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/aid-commitments/{id}/disbursements/{d}", id, vnd)
                .then()
                .statusCode(204);
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", id)
                .then()
                .body("disbursedToDate.amount", not(equalTo("1086.96")));
    }
}
