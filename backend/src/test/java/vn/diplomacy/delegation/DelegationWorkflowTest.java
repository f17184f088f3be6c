package vn.diplomacy.delegation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.delegation.DelegationFixtures.etag;
import static vn.diplomacy.delegation.DelegationFixtures.propose;
import static vn.diplomacy.delegation.DelegationFixtures.withHead;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.diplomacy.security.Role;

@QuarkusTest
class DelegationWorkflowTest {
    private static final LocalDate START = LocalDate.of(2024, 6, 6);

    /** Brings a new delegation to the given status the legal way. */
    private static long delegationIn(String status) {
        long id = propose(START, START.plusDays(1));
        withHead(id);
        switch (status) {
            case "APPROVED" -> move(id, Role.ADMIN, "APPROVED", 200);
            case "COMPLETED" -> {
                move(id, Role.ADMIN, "APPROVED", 200);
                move(id, Role.EDITOR, "COMPLETED", 200);
            }
            case "CANCELLED" -> move(id, Role.EDITOR, "CANCELLED", 200);
            default -> {}
        }
        return id;
    }

    private static void move(long id, Role role, String to, int expected) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("note", "ghi chú");
        body.put("outcome", "Hai bên ký kết biên bản hợp tác");
        body.put("reason", "Đổi lịch");
        as(role).header("If-Match", etag(id))
                .body(body)
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(expected);
    }

    static List<Arguments> matrix() {
        List<String> statuses = List.of("PROPOSED", "APPROVED", "COMPLETED", "CANCELLED");
        Map<String, List<String>> legal = Map.of(
                "PROPOSED",
                List.of("APPROVED", "CANCELLED"),
                "APPROVED",
                List.of("COMPLETED", "CANCELLED"),
                "COMPLETED",
                List.of(),
                "CANCELLED",
                List.of());
        List<Arguments> cases = new java.util.ArrayList<>();
        for (String from : statuses) {
            for (String to : statuses) {
                for (Role role : Role.values()) {
                    int expected;
                    if (role == Role.VIEWER) {
                        expected = 403;
                    } else if (!legal.get(from).contains(to)) {
                        expected = 409;
                    } else if (to.equals("APPROVED") && role != Role.ADMIN) {
                        expected = 403;
                    } else {
                        expected = 200;
                    }
                    cases.add(Arguments.of(from, to, role, expected));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} → {1} as {2}: {3}")
    @MethodSource("matrix")
    void everyTransitionForEveryRole(String from, String to, Role role, int expected) {
        long id = delegationIn(from);
        move(id, role, to, expected);
        as(Role.VIEWER).get("/api/v1/delegations/{id}", id).then().body("status", equalTo(expected == 200 ? to : from));
    }

    @Test
    void illegalMovesNameTheAllowedOnes() {
        long id = delegationIn("PROPOSED");
        as(Role.ADMIN)
                .header("If-Match", etag(id))
                .body(Map.of("to", "COMPLETED", "outcome", "x"))
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("[APPROVED, CANCELLED]"));
    }

    @Test
    void approvingNeedsAHead() {
        long id = propose(START, START);
        as(Role.ADMIN)
                .header("If-Match", etag(id))
                .body(Map.of("to", "APPROVED"))
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("HEAD"));
    }

    @Test
    void completingNeedsAnOutcomeAndCancellingAReason() {
        long id = delegationIn("APPROVED");
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of("to", "COMPLETED"))
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of("to", "CANCELLED", "reason", " "))
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of("to", "COMPLETED", "outcome", "Ký kết 3 văn bản"))
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(200)
                .body("outcome", equalTo("Ký kết 3 văn bản"))
                .body("allowedTransitions", equalTo(List.of()));
    }

    @Test
    void transitionsNeedIfMatchAndAreRecorded() {
        long id = delegationIn("PROPOSED");
        as(Role.ADMIN)
                .body(Map.of("to", "APPROVED"))
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(428);
        as(Role.ADMIN)
                .header("If-Match", "\"99\"")
                .body(Map.of("to", "APPROVED"))
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(412);
        as(Role.ADMIN)
                .header("If-Match", etag(id))
                .body(Map.of("to", "APPROVED", "note", "Đồng ý"))
                .post("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(200)
                .body("allowedTransitions", equalTo(List.of("COMPLETED", "CANCELLED")));
        as(Role.VIEWER)
                .get("/api/v1/delegations/{id}/transitions", id)
                .then()
                .statusCode(200)
                .body("from", equalTo(java.util.Arrays.asList(null, "PROPOSED")))
                .body("to", equalTo(List.of("PROPOSED", "APPROVED")))
                .body("[1].note", equalTo("Đồng ý"))
                .body("[1].by", equalTo("admin"));
    }

    @Test
    void closedDelegationsCannotBeEditedOrDeleted() {
        long id = delegationIn("CANCELLED");
        as(Role.VIEWER).get("/api/v1/delegations/{id}", id).then().body("cancellationReason", equalTo("Đổi lịch"));
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"x\"}")
                .patch("/api/v1/delegations/{id}", id)
                .then()
                .statusCode(409);
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .delete("/api/v1/delegations/{id}", id)
                .then()
                .statusCode(409);
        long proposed = delegationIn("PROPOSED");
        as(Role.EDITOR)
                .header("If-Match", etag(proposed))
                .delete("/api/v1/delegations/{id}", proposed)
                .then()
                .statusCode(204);
    }
}
