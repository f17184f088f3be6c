package vn.diplomacy.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.delegation.DelegationFixtures.body;
import static vn.diplomacy.delegation.DelegationFixtures.etag;
import static vn.diplomacy.delegation.DelegationFixtures.member;
import static vn.diplomacy.delegation.DelegationFixtures.members;
import static vn.diplomacy.delegation.DelegationFixtures.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.partnership.PartnershipFixtures;
import vn.diplomacy.security.Role;

@QuarkusTest
class DelegationResourceTest {

    @Test
    void proposeReadAndEdit() {
        long counterpart = organization("Bolikhamxay", "LOCAL_GOVERNMENT", "LA");
        long home = organization("Hà Tĩnh", "LOCAL_GOVERNMENT", "VN");
        Map<String, Object> body = body(counterpart, home, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 14));
        body.put("direction", "OUTGOING");
        body.put("countryCode", "LA");
        body.put("budget", Map.of("amount", "150000000", "currency", "VND"));
        var created = as(Role.EDITOR)
                .body(body)
                .post("/api/v1/delegations")
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("counterpart.countryCode", equalTo("LA"))
                .body("budget.amount", equalTo("150000000"))
                .body("budget.currency", equalTo("VND"))
                .body("allowedTransitions", equalTo(List.of("CANCELLED")))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/delegations/" + id);
        as(Role.ADMIN)
                .get("/api/v1/delegations/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("allowedTransitions", equalTo(List.of("APPROVED", "CANCELLED")));
        as(Role.EDITOR)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"budget\": {\"amount\": \"2500.50\", \"currency\": \"USD\"}}")
                .patch("/api/v1/delegations/{id}", id)
                .then()
                .statusCode(200)
                .body("budget.amount", equalTo("2500.50"))
                .header("ETag", "\"1\"");
    }

    @Test
    void invalidDelegationsAre400() {
        long counterpart = organization("Sekong", "LOCAL_GOVERNMENT", "LA");
        long home = organization("Huế", "LOCAL_GOVERNMENT", "VN");
        Map<String, Object> backwards = body(counterpart, home, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 9));
        rejected(Role.EDITOR, backwards, "/api/v1/delegations", "endDate");
        // A budget is money: whole đồng, a known currency, not negative, not absurd.
        Map<String, String> badBudgets = Map.of(
                "1.5 VND", "budget.amount",
                "10 XYZ", "budget.currency",
                "-10 USD", "budget.amount",
                "1e30 VND", "budget.amount");
        badBudgets.forEach((money, field) -> {
            Map<String, Object> bad = body(counterpart, home, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));
            bad.put("budget", Map.of("amount", money.split(" ")[0], "currency", money.split(" ")[1]));
            rejected(Role.EDITOR, bad, "/api/v1/delegations", field);
        });
        Map<String, Object> badLevel = body(counterpart, home, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));
        badLevel.put("level", "GLOBAL");
        as(Role.EDITOR)
                .body(badLevel)
                .post("/api/v1/delegations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("level"));

        // A partnership given must involve the counterpart.
        long other = organization("Khammouane", "LOCAL_GOVERNMENT", "LA");
        long partnership = PartnershipFixtures.partnership(home, other, "FRIENDSHIP", LocalDate.of(2020, 1, 1));
        Map<String, Object> wrongPartnership =
                body(counterpart, home, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));
        wrongPartnership.put("partnershipId", partnership);
        rejected(Role.EDITOR, wrongPartnership, "/api/v1/delegations", "partnershipId");
        Map<String, Object> rightPartnership = body(other, home, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));
        rightPartnership.put("partnershipId", partnership);
        as(Role.EDITOR)
                .body(rightPartnership)
                .post("/api/v1/delegations")
                .then()
                .statusCode(201)
                .body("partnership.id", equalTo((int) partnership));
        as(Role.VIEWER)
                .queryParam("partnershipId", partnership)
                .get("/api/v1/delegations")
                .then()
                .body("totalItems", equalTo(1));
        // The partnership is now in use: not even an ADMIN cascade deletes it.
        as(Role.ADMIN)
                .header("If-Match", "\"0\"")
                .queryParam("cascade", "true")
                .delete("/api/v1/partnerships/{id}", partnership)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("1 delegation"));
    }

    @Test
    void membersAreReplacedAsAWholeWithEveryRowChecked() {
        long id = DelegationFixtures.propose(LocalDate.of(2024, 6, 6), LocalDate.of(2024, 6, 7));
        List<Map<String, Object>> list = members("Phan Anh Sơn", "HEAD", "Nguyễn Thị Hòa", "MEMBER");
        Map<String, Object> bad = member("", "MEMBER");
        bad.put("email", "not-mail");
        list.add(bad);
        list.add(member("Trần Văn B", "HEAD"));
        list.add(member("Vilay", "CHIEF"));
        putMembers(id, list).statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("members[4].role"));
        list.remove(4);
        putMembers(id, list)
                .statusCode(400)
                .body("errors.field", equalTo(List.of("members[2].email", "members[2].fullName", "members[3].role")));
        list.remove(2);
        putMembers(id, list)
                .statusCode(400)
                .body("errors.field", equalTo(List.of("members[2].role")))
                .body("errors[0].message", containsString("at most one HEAD"));
        list.get(2).put("role", "INTERPRETER");
        as(Role.EDITOR)
                .body(Map.of("members", list))
                .put("/api/v1/delegations/{id}/members", id)
                .then()
                .statusCode(428);
        putMembers(id, list)
                .statusCode(200)
                .body("headName", equalTo("Phan Anh Sơn"))
                .body("memberCount", equalTo(3));
        as(Role.VIEWER)
                .get("/api/v1/delegations/{id}/members", id)
                .then()
                .statusCode(200)
                .body("members.fullName", equalTo(List.of("Phan Anh Sơn", "Nguyễn Thị Hòa", "Trần Văn B")));
        // The list shows the head and the count without loading members.
        as(Role.VIEWER)
                .queryParam("q", "phan anh son")
                .get("/api/v1/delegations")
                .then()
                .body("items.id", hasItem((int) id));
        as(Role.VIEWER).get("/api/v1/delegations/{id}", id).then().body("memberCount", equalTo(3));
    }

    @Test
    void viewersCannotWrite() {
        long id = DelegationFixtures.propose(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2));
        as(Role.VIEWER)
                .header("If-Match", etag(id))
                .body(Map.of("members", List.of()))
                .put("/api/v1/delegations/{id}/members", id)
                .then()
                .statusCode(403);
        as(Role.VIEWER)
                .header("If-Match", etag(id))
                .delete("/api/v1/delegations/{id}", id)
                .then()
                .statusCode(403);
    }

    private static ValidatableResponse putMembers(long id, List<Map<String, Object>> members) {
        return as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of("members", members))
                .put("/api/v1/delegations/{id}/members", id)
                .then();
    }
}
