package vn.diplomacy.aid;

import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.unique;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import vn.diplomacy.security.Role;

final class AidFixtures {
    private AidFixtures() {}

    static long organization(String prefix, String type, String country) {
        return organization(prefix, type, country, null);
    }

    static long organization(String prefix, String type, String country, Long parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("name", unique(prefix), "type", type, "countryCode", country));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return created(Role.EDITOR, body, "/api/v1/organizations");
    }

    static long ngo() {
        return organization("Oxfam", "INTERNATIONAL_NGO", "GB");
    }

    static long district() {
        return organization("Huyện Bát Xát", "LOCAL_GOVERNMENT", "VN");
    }

    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    static Map<String, Object> commitment(long ngo, long beneficiary, String amount, String currency, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Cấp nước sạch xã Y Tý"));
        body.put("ngoId", ngo);
        body.put("kind", "PROJECT");
        body.put("sector", "WATER_SANITATION");
        body.put("beneficiaryOrganizationId", beneficiary);
        body.put("committed", money(amount, currency));
        body.put("commitmentDate", date);
        body.put("status", "IMPLEMENTATION");
        // Recorded as approved before it was entered, so that it may be under way and receive disbursements.
        body.put("approvalDecisionNo", "1234/QĐ-UBND");
        body.put("approvalDate", date);
        return body;
    }

    static long create(Map<String, Object> body) {
        return created(Role.EDITOR, body, "/api/v1/aid-commitments");
    }

    static long rate(String currency, String date, String rate) {
        return created(
                Role.ADMIN,
                Map.of("currency", currency, "date", date, "rate", rate, "source", "Vietcombank"),
                "/api/v1/exchange-rates");
    }

    static long disburse(long commitment, String amount, String currency, String date) {
        return created(
                Role.EDITOR,
                Map.of("date", date, "amount", money(amount, currency)),
                "/api/v1/aid-commitments/{id}/disbursements",
                commitment);
    }

    /** The aid report for these parameters, as a viewer (expects 200). */
    static JsonPath report(Map<String, Object> params) {
        return as(Role.VIEWER)
                .queryParams(params)
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
