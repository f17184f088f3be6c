package vn.diplomacy.aid;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.aid.AidFixtures.commitment;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.district;
import static vn.diplomacy.aid.AidFixtures.ngo;
import static vn.diplomacy.aid.AidFixtures.rate;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class ExchangeRateResourceTest {
    private static String etag(long rateId) {
        return etagOf(Role.VIEWER, "/api/v1/exchange-rates/{id}", rateId);
    }

    @Test
    void adminsWriteEveryoneReadsOnePerCurrencyAndDate() {
        Map<String, Object> body = Map.of("currency", "CZK", "date", "2020-01-01", "rate", "1000.5", "source", "SBV");
        as(Role.EDITOR).body(body).post("/api/v1/exchange-rates").then().statusCode(403);
        long id = as(Role.ADMIN)
                .body(body)
                .post("/api/v1/exchange-rates")
                .then()
                .statusCode(201)
                .body("rate", equalTo("1000.5"))
                .body("baseCurrency", equalTo("VND"))
                .body("validUntil", nullValue())
                .extract()
                .jsonPath()
                .getLong("id");
        as(Role.ADMIN)
                .body(body)
                .post("/api/v1/exchange-rates")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        rate("CZK", "2020-02-01", "1010");
        as(Role.VIEWER)
                .queryParam("currency", "CZK")
                .get("/api/v1/exchange-rates")
                .then()
                .statusCode(200)
                .body("items.rate", equalTo(List.of("1000.5", "1010")))
                .body("items[0].validUntil", equalTo("2020-02-01"));
        // The first rate's validUntil changed when the second arrived, so its ETag did too.
        as(Role.VIEWER)
                .get("/api/v1/exchange-rates/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        for (Map<String, String> bad : List.<Map<String, String>>of(
                Map.of("currency", "VND", "date", "2020-01-01", "rate", "1"),
                Map.of("currency", "XXQ", "date", "2020-01-01", "rate", "1"),
                Map.of("currency", "HUF", "date", "2020-01-01", "rate", "0"),
                Map.of("currency", "HUF", "date", "2020-01-01", "rate", "1.1234567"),
                Map.of("currency", "usd", "date", "2020-01-01", "rate", "25000"))) {
            as(Role.ADMIN)
                    .body(bad)
                    .post("/api/v1/exchange-rates")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo(bad.get("currency").equals("HUF") ? "rate" : "currency"));
        }
        as(Role.ADMIN)
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body("{\"rate\": \"990\"}")
                .patch("/api/v1/exchange-rates/{id}", id)
                .then()
                .statusCode(200)
                .body("rate", equalTo("990"));
        as(Role.ADMIN)
                .header("If-Match", "\"2\"")
                .delete("/api/v1/exchange-rates/{id}", id)
                .then()
                .statusCode(204);
    }

    @Test
    void conversionUsesTheLatestRateOnOrBeforeTheValueDateAndFollowsRateChanges() {
        long ngo = ngo();
        long district = district();
        // PLN is used by this test only.
        long dayBefore = rate("PLN", "2021-06-14", "5900");
        long sameDayCommitment = create(commitment(ngo, district, "100", "PLN", "2021-06-15"));
        long beforeAnyRate = create(commitment(ngo, district, "100", "PLN", "2021-06-01"));
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", sameDayCommitment)
                .then()
                .body("committedInBase.amount", equalTo("590000"));
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", beforeAnyRate)
                .then()
                .body("committedInBase", nullValue());

        // A rate on the value date itself now applies; the earlier one no longer does.
        long sameDay = rate("PLN", "2021-06-15", "6000.25");
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", sameDayCommitment)
                .then()
                .body("committedInBase.amount", equalTo("600025"));
        // An earlier rate converts what had none.
        rate("PLN", "2021-05-01", "5800");
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", beforeAnyRate)
                .then()
                .body("committedInBase.amount", equalTo("580000"));
        // Correcting a rate re-values what it covers; deleting it falls back to the previous rate.
        as(Role.ADMIN)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"rate\": \"6100\"}")
                .patch("/api/v1/exchange-rates/{id}", sameDay)
                .then()
                .statusCode(200);
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", sameDayCommitment)
                .then()
                .body("committedInBase.amount", equalTo("610000"));
        as(Role.ADMIN)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/exchange-rates/{id}", sameDay)
                .then()
                .statusCode(204);
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", sameDayCommitment)
                .then()
                .body("committedInBase.amount", equalTo("590000"));
        // Moving a rate's date re-values both the dates it left and those it reached.
        as(Role.ADMIN)
                .header("If-Match", etag(dayBefore))
                .contentType("application/merge-patch+json")
                .body("{\"date\": \"2021-06-16\"}")
                .patch("/api/v1/exchange-rates/{id}", dayBefore)
                .then()
                .statusCode(200);
        as(Role.VIEWER)
                .get("/api/v1/aid-commitments/{id}", sameDayCommitment)
                .then()
                .body("committedInBase.amount", equalTo("580000"));
    }
}
