package vn.diplomacy.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** Each finding of the hardening review that answered 500 or silently accepted a wrong value. */
@QuarkusTest
class StrictInputTest {

    private static long organization() {
        return created(
                Role.EDITOR,
                "{\"name\":\"" + unique("Bolikhamxay") + "\",\"type\":\"LOCAL_GOVERNMENT\",\"countryCode\":\"LA\"}",
                "/api/v1/organizations");
    }

    private static String delegation(long org, String start, String end) {
        return "{\"direction\":\"INCOMING\",\"title\":\"" + unique("Đoàn") + "\",\"counterpartOrganizationId\":" + org
                + ",\"homeOrganizationId\":" + org + ",\"startDate\":" + start + ",\"endDate\":" + end
                + ",\"countryCode\":\"VN\",\"level\":\"PROVINCIAL\"}";
    }

    @Test
    void datesOutsideTheRangeOrNotStringsAre400OnTheField() {
        long org = organization();
        for (String bad : new String[] {
            "\"+99999-01-01\"",
            "\"-0001-01-01\"",
            "\"1899-12-31\"",
            "\"2201-01-01\"",
            "20240101",
            "\"2027-03-01T23:59:59Z\"",
            "\"2024-1-5\"",
            "\"2024-02-30\"",
            "true",
            "{}"
        }) {
            as(Role.EDITOR)
                    .body(delegation(org, bad, "\"2024-02-01\""))
                    .post("/api/v1/delegations")
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("startDate"));
        }
        as(Role.EDITOR)
                .body(delegation(org, "\"2024-01-30\"", "\"2024-02-01\""))
                .post("/api/v1/delegations")
                .then()
                .statusCode(201);
        as(Role.VIEWER)
                .queryParam("from", "+99999-01-01")
                .get("/api/v1/delegations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("from"));
        as(Role.VIEWER)
                .queryParam("updatedSince", "+99999-01-01T00:00:00Z")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("updatedSince"));
    }

    @Test
    void duplicateKeysAre400EvenOnTheLogin() {
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"a\",\"password\":\"b\",\"password\":\"c\"}")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("password"));
        as(Role.EDITOR)
                .body("{\"name\":\"x\",\"name\":\"y\",\"type\":\"INTERNATIONAL_NGO\",\"countryCode\":\"LA\"}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void loginBodiesHaveSizeLimits() {
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + "a".repeat(65) + "\",\"password\":\"bbbbbbbbbbbb\"}")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("username"));
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"admin\",\"password\":\"" + "b".repeat(300) + "\"}")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void moneyIsADecimalStringInARealCurrency() {
        long[] org = {org("INTERNATIONAL_NGO", "GB"), org("LOCAL_GOVERNMENT", "VN")};
        for (String amount :
                new String[] {"\"1e2147483647\"", "\"1E5\"", "100", "100.5", "\"0x10\"", "\"1,000\"", "true"}) {
            as(Role.EDITOR)
                    .body(aid(org, amount, "USD"))
                    .post("/api/v1/aid-commitments")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("committed.amount"));
        }
        for (String currency : new String[] {"XXX", "XAU", "XTS", "usd", "VNDD"}) {
            as(Role.EDITOR)
                    .body(aid(org, "\"100\"", currency))
                    .post("/api/v1/aid-commitments")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("committed.currency"));
        }
        as(Role.EDITOR)
                .body(aid(org, "\"100.50\"", "USD"))
                .post("/api/v1/aid-commitments")
                .then()
                .statusCode(201);
        as(Role.VIEWER)
                .queryParam("currency", "XAU")
                .get("/api/v1/reports/aid")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("currency"));
    }

    private static String aid(long[] orgs, String amount, String currency) {
        return "{\"title\":\"" + unique("Dự án") + "\",\"ngoId\":" + orgs[0]
                + ",\"kind\":\"PROJECT\",\"sector\":\"HEALTH\","
                + "\"beneficiaryOrganizationId\":" + orgs[1]
                + ",\"status\":\"IMPLEMENTATION\",\"commitmentDate\":\"2024-03-01\","
                + "\"approvalDecisionNo\":\"7/QĐ-UBND\",\"approvalDate\":\"2024-03-01\","
                + "\"committed\":{\"amount\":" + amount + ",\"currency\":\"" + currency + "\"}}";
    }

    private static long org(String type, String country) {
        return created(
                Role.EDITOR,
                "{\"name\":\"" + unique("Tổ chức") + "\",\"type\":\"" + type + "\",\"countryCode\":\"" + country
                        + "\"}",
                "/api/v1/organizations");
    }

    @Test
    void typesAreStrict() {
        long org = organization();
        long id = created(Role.EDITOR, delegation(org, "\"2024-03-01\"", "\"2024-03-02\""), "/api/v1/delegations");
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .body("{\"to\":1}")
                .post("/api/v1/delegations/" + id + "/transitions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("to"));
        as(Role.VIEWER).get("/api/v1/delegations/" + id).then().body("status", equalTo("PROPOSED"));
        as(Role.EDITOR)
                .body(delegation(org, "\"2024-03-01\"", "\"2024-03-02\"")
                        .replace("\"counterpartOrganizationId\":" + org, "\"counterpartOrganizationId\":" + org + ".7"))
                .post("/api/v1/delegations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("counterpartOrganizationId"));
        as(Role.EDITOR)
                .body("{\"name\":123,\"type\":\"INTERNATIONAL_NGO\",\"countryCode\":\"LA\"}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
        as(Role.EDITOR)
                .body("{\"name\":true,\"type\":\"INTERNATIONAL_NGO\",\"countryCode\":\"LA\"}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
        as(Role.EDITOR)
                .body("{\"name\":\"" + unique("x") + "\",\"type\":\"INTERNATIONAL_NGO\",\"countryCode\":\"LA\"} []")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void textHoldsNoNulNorLoneSurrogate() {
        for (String name : new String[] {"a\\u0000b", "a\\ud800b", "\\udc00", "bell\\u0007"}) {
            as(Role.EDITOR)
                    .body("{\"name\":\"" + name + "\",\"type\":\"INTERNATIONAL_NGO\",\"countryCode\":\"LA\"}")
                    .post("/api/v1/organizations")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("name"));
        }
        as(Role.EDITOR)
                .body("{\"name\":\"" + unique("Hội hữu nghị 😀")
                        + "\",\"type\":\"INTERNATIONAL_NGO\",\"countryCode\":\"LA\"}")
                .post("/api/v1/organizations")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201);
    }

    @Test
    void onlyAsciiDigitsAreAnId() {
        long id = organization();
        as(Role.VIEWER).get("/api/v1/organizations/" + id).then().statusCode(200);
        for (String path :
                new String[] {id + ";anything", "%EF%BC%91", "+" + id, "0" + id + "x", "-1", "0", "99999999999999999999"
                }) {
            as(Role.VIEWER)
                    .urlEncodingEnabled(false)
                    .get("/api/v1/organizations/" + path)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
        }
        as(Role.EDITOR)
                .urlEncodingEnabled(false)
                .header("If-Match", "\"0\"")
                .body("{\"notes\":\"x\"}")
                .contentType("application/merge-patch+json")
                .patch("/api/v1/organizations/" + id + ";v=1")
                .then()
                .statusCode(404);
        as(Role.VIEWER)
                .queryParam("partnershipId", "１")
                .get("/api/v1/aid-commitments")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("partnershipId"));
    }

    @Test
    void malformedMultipartIs400() {
        String boundary = "XyZ";
        for (String body : new String[] {
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nfullName\r\nA\r\n",
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\nno separator here",
            "garbage"
        }) {
            as(Role.EDITOR)
                    .contentType("multipart/form-data; boundary=" + boundary)
                    .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/v1/training-courses/1/participants/import")
                    .then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)))
                    .contentType(PROBLEM)
                    .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
        }
    }

    @Test
    void pastDatesStillWork() {
        LocalDate.of(1900, 1, 1);
        as(Role.VIEWER)
                .queryParam("from", "1900-01-01")
                .queryParam("to", "2200-12-31")
                .get("/api/v1/delegations")
                .then()
                .statusCode(200);
    }
}
