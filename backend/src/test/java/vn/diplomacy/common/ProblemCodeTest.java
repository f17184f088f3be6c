package vn.diplomacy.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** A refusal names its rule (code, params) for programs and screens; its detail follows Accept-Language. */
@QuarkusTest
class ProblemCodeTest {
    @Test
    void aConflictNamesItsRuleAndSpeaksTheAskedLanguage() {
        String name = unique("Sở Ngoại vụ");
        Map<String, Object> body = Map.of("name", name, "type", "GOVERNMENT_AGENCY", "countryCode", "VN");
        long id = created(Role.EDITOR, body, "/api/v1/organizations");
        as(Role.EDITOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("organization-duplicate"))
                .body("params.name", equalTo(name))
                .body("params.id", equalTo(String.valueOf(id)))
                .body("detail", startsWith("An organization named '" + name + "'"));
        as(Role.EDITOR)
                .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(409)
                .body("code", equalTo("organization-duplicate"))
                .body("detail", equalTo("Đã có đối tác “" + name + "” cùng loại hình và quốc gia (mã " + id + ")."));
        as(Role.EDITOR)
                .header("Accept-Language", "en-GB,vi;q=0.5")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(409)
                .body("detail", startsWith("An organization named"));
    }
}
