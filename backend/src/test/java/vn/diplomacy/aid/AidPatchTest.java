package vn.diplomacy.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.unique;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.district;
import static vn.diplomacy.aid.AidFixtures.money;
import static vn.diplomacy.aid.AidFixtures.ngo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** PATCH merges onto the input read back from the view: every field not in the patch must survive, money included. */
@QuarkusTest
class AidPatchTest {
    private static final String PATH = "/api/v1/aid-commitments/{id}";

    @Test
    void aPatchOfOneFieldKeepsEveryOther() {
        Map<String, Object> body = AidFixtures.commitment(ngo(), district(), "120000.50", "USD", "2024-05-02");
        body.put("approvalDecisionNo", "312/QĐ-UBND");
        body.put("approvalDate", "2024-05-20");
        body.put("startDate", "2024-06-01");
        body.put("endDate", "2026-05-31");
        body.put("counterpartFunding", money("300000000", "VND"));
        body.put("donorCountryCode", "US");
        body.put("description", unique("Mô tả"));
        long id = create(body);
        Map<String, Object> before =
                as(Role.EDITOR).get(PATH, id).then().extract().jsonPath().getMap("");

        Map<String, Object> after = as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"title\": \"Cấp nước sạch xã Y Tý (giai đoạn 2)\"}")
                .patch(PATH, id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");

        assertThat(after.get("title")).isEqualTo("Cấp nước sạch xã Y Tý (giai đoạn 2)");
        for (String field : before.keySet()) {
            if (!Map.of("title", 0, "version", 0, "updatedAt", 0).containsKey(field)) {
                assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
            }
        }
        assertThat(after.get("counterpartFunding")).isEqualTo(Map.of("amount", "300000000", "currency", "VND"));
    }
}
