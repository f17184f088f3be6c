package vn.diplomacy.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.diplomacy.delegation.DelegationFixtures;
import vn.diplomacy.partnership.PartnershipFixtures;
import vn.diplomacy.security.Role;

/** The reminders: each from its list's own filter, read marks per user, marking twice or at once harmless. */
@QuarkusTest
class NotificationTest {
    static final String PATH = "/api/v1/notifications";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    static long org(String name, String type, String country) {
        return created(
                Role.EDITOR,
                Map.of("name", unique(name), "type", type, "countryCode", country),
                "/api/v1/organizations");
    }

    static Map<String, Object> about(JsonPath list, String type, long id) {
        return list.<Map<String, Object>>getList("items").stream()
                .filter(n -> n.get("type").equals(type) && ((Number) n.get("recordId")).longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " reminder for " + id));
    }

    @Test
    void remindersComeFromTheRecordsAndReadMarksStick() throws Exception {
        long home = org("Ủy ban nhân dân tỉnh Hà Tĩnh", "LOCAL_GOVERNMENT", "VN");
        long ngo = org("Oxfam", "INTERNATIONAL_NGO", "GB");
        Map<String, Object> certificate = new HashMap<>();
        certificate.put("ngoId", ngo);
        certificate.put("homeOrganizationId", home);
        certificate.put("kind", "PROJECT_OFFICE");
        certificate.put("number", unique("GĐK"));
        certificate.put("issuedBy", "Bộ Ngoại giao");
        certificate.put("issuedOn", TODAY.minusYears(2).toString());
        certificate.put("validUntil", TODAY.plusDays(30).toString());
        certificate.put("permittedProvinceIds", List.of(home));
        long registration = created(Role.EDITOR, certificate, "/api/v1/ngo-registrations");
        long partnership = PartnershipFixtures.partnership(
                home, org("Bolikhamxay", "LOCAL_GOVERNMENT", "LA"), "FRIENDSHIP", LocalDate.of(2019, 1, 1));
        long agreement = created(
                Role.EDITOR,
                PartnershipFixtures.agreement(unique("MOU"), LocalDate.of(2021, 1, 1), TODAY.plusDays(45)),
                "/api/v1/partnerships/{id}/agreements",
                partnership);
        // Back 20 days ago, approved, no report: 5 days past its due day.
        long delegation = DelegationFixtures.propose(TODAY.minusDays(22), TODAY.minusDays(20));
        DelegationFixtures.withHead(delegation);
        as(Role.ADMIN)
                .header("If-Match", DelegationFixtures.etag(delegation))
                .body(Map.of("to", "APPROVED"))
                .post("/api/v1/delegations/{id}/transitions", delegation)
                .then()
                .statusCode(200);

        // Back 13 days ago: its report is due in 2 days.
        long soon = DelegationFixtures.propose(TODAY.minusDays(15), TODAY.minusDays(13));
        DelegationFixtures.withHead(soon);
        as(Role.ADMIN)
                .header("If-Match", DelegationFixtures.etag(soon))
                .body(Map.of("to", "APPROVED"))
                .post("/api/v1/delegations/{id}/transitions", soon)
                .then()
                .statusCode(200);

        JsonPath list =
                as(Role.VIEWER).get(PATH).then().statusCode(200).extract().jsonPath();
        Map<String, Object> expiring = about(list, "NGO_CERTIFICATE_EXPIRING", registration);
        assertThat(expiring.get("days")).isEqualTo(30);
        assertThat(expiring.get("read")).isEqualTo(false);
        Map<String, Object> mou = about(list, "AGREEMENT_EXPIRING", agreement);
        assertThat(((Number) mou.get("parentId")).longValue()).isEqualTo(partnership);
        Map<String, Object> late = about(list, "DELEGATION_REPORT_OVERDUE", delegation);
        assertThat(late.get("days")).isEqualTo(-5);
        assertThat(about(list, "DELEGATION_REPORT_DUE", soon).get("days")).isEqualTo(2);
        List<String> dues = list.getList("items.dueOn");
        assertThat(dues).isSortedAccordingTo(String::compareTo);

        // Two tabs mark the same reminders at once: both answered, one mark kept.
        String key = (String) expiring.get("key");
        as(Role.VIEWER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(Role.VIEWER)
                            .body(Map.of("keys", List.of(key, late.get("key"))))
                            .post(PATH + "/read");
                }));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(204);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath after = as(Role.VIEWER).get(PATH).jsonPath();
        assertThat(about(after, "NGO_CERTIFICATE_EXPIRING", registration).get("read"))
                .isEqualTo(true);
        assertThat(about(after, "AGREEMENT_EXPIRING", agreement).get("read")).isEqualTo(false);
        assertThat(after.getLong("unread")).isEqualTo(list.getLong("unread") - 2);
        // Read marks are the reader's own.
        assertThat(about(as(Role.EDITOR).get(PATH).jsonPath(), "NGO_CERTIFICATE_EXPIRING", registration)
                        .get("read"))
                .isEqualTo(false);

        // A new due day is a new reminder: unread again.
        certificate.put("validUntil", TODAY.plusDays(31).toString());
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/ngo-registrations/{id}", registration))
                .body(certificate)
                .put("/api/v1/ngo-registrations/{id}", registration)
                .then()
                .statusCode(200);
        assertThat(about(as(Role.VIEWER).get(PATH).jsonPath(), "NGO_CERTIFICATE_EXPIRING", registration)
                        .get("read"))
                .isEqualTo(false);

        as(Role.VIEWER)
                .body(Map.of("keys", List.of()))
                .post(PATH + "/read")
                .then()
                .statusCode(400);
        as(Role.VIEWER).body("{\"keys\": \"all\"}").post(PATH + "/read").then().statusCode(400);
    }
}
