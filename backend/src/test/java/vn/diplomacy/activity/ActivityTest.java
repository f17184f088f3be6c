package vn.diplomacy.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.rejected;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

/** Activities: each kind's part, status against the dates, conference deadlines, filters, export, anniversaries. */
@QuarkusTest
class ActivityTest {
    static final String PATH = "/api/v1/activities";

    static long org(String name, String type, String country) {
        return created(
                Role.EDITOR,
                Map.of("name", unique(name), "type", type, "countryCode", country),
                "/api/v1/organizations");
    }

    static Map<String, Object> body(String kind, long home, LocalDate start) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", unique("Giao lưu hữu nghị Bunpimay"));
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(1).toString());
        body.put("homeOrganizationId", home);
        return body;
    }

    @Test
    void congratulatoryMessageAndExchangeCountedAndFiltered() {
        long home = org("Liên hiệp các tổ chức hữu nghị tỉnh Lai Châu", "FRIENDSHIP_ASSOCIATION", "VN");
        long partner = org("Tỉnh Phongsaly", "LOCAL_GOVERNMENT", "LA");
        long person = created(
                Role.EDITOR, Map.of("fullName", unique("Phan Anh Sơn"), "homeOrganizationId", home), "/api/v1/persons");
        Map<String, Object> message = body("CONGRATULATORY_MESSAGE", home, LocalDate.of(2026, 4, 10));
        message.put("status", "HELD");
        message.put("partnerOrganizationIds", List.of(partner));
        message.put("exchange", Map.of("direction", "SENT", "occasion", "NEW_YEAR", "recipient", "Tỉnh trưởng"));
        long messageId = created(Role.EDITOR, message, PATH);
        Map<String, Object> exchange = body("FRIENDSHIP_EXCHANGE", home, LocalDate.of(2026, 4, 13));
        exchange.put("status", "HELD");
        exchange.put("partnerOrganizationIds", List.of(partner));
        exchange.put("personIds", List.of(person));
        exchange.put("participantsVietnamese", 120);
        exchange.put("participantsForeign", 45);
        exchange.put("pillars", List.of("PEOPLE"));
        exchange.put("budget", Map.of("amount", "25000000", "currency", "VND"));
        long exchangeId = created(Role.EDITOR, exchange, PATH);

        JsonPath one = as(Role.VIEWER)
                .get(PATH + "/{id}", exchangeId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(one.getList("partners.countryCode")).containsExactly("LA");
        assertThat(one.getList("persons.id", Long.class)).containsExactly(person);
        assertThat(one.getString("budget.amount")).isEqualTo("25000000");
        assertThat(as(Role.VIEWER).get(PATH + "/{id}", messageId).jsonPath().getString("exchange.occasion"))
                .isEqualTo("NEW_YEAR");

        JsonPath byPartner = as(Role.VIEWER)
                .queryParam("partnerOrganizationId", partner)
                .queryParam("status", "HELD")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(byPartner.getList("items.id", Long.class)).containsExactly(messageId, exchangeId);
        assertThat(as(Role.VIEWER)
                        .queryParam("personId", person)
                        .get(PATH)
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(exchangeId);
        // Accent-insensitive search, and the kind filter.
        String title = (String) exchange.get("title");
        assertThat(as(Role.VIEWER)
                        .queryParam(
                                "q", title.replace("ữ", "u").replace("ị", "i").toLowerCase())
                        .queryParam("kind", "FRIENDSHIP_EXCHANGE")
                        .get(PATH)
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(exchangeId);
        String csv = as(Role.VIEWER)
                .queryParam("partnerOrganizationId", partner)
                .queryParam("format", "csv")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv)
                .contains("Điện, thư chúc mừng")
                .contains("Giao lưu hữu nghị")
                .contains("Đã tổ chức");

        // The person is named by the activity: not deleted.
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/persons/{id}", person))
                .delete("/api/v1/persons/{id}", person)
                .then()
                .statusCode(409);
        // History and optimistic locking like every record.
        as(Role.EDITOR)
                .header("If-Match", "\"99\"")
                .body(exchange)
                .put(PATH + "/{id}", exchangeId)
                .then()
                .statusCode(412);
        assertThat(as(Role.VIEWER)
                        .get(PATH + "/{id}/history", exchangeId)
                        .jsonPath()
                        .getList("items"))
                .isNotEmpty();
    }

    @Test
    void eachKindsPartOnlyOnItsKindAndStatusFitsTheDates() {
        long home = org("Sở Ngoại vụ tỉnh Lai Châu", "GOVERNMENT_AGENCY", "VN");
        Map<String, Object> message = body("CONGRATULATORY_MESSAGE", home, LocalDate.of(2026, 1, 1));
        rejected(Role.EDITOR, message, PATH, "exchange");
        message.put("exchange", Map.of("direction", "SENT"));
        rejected(Role.EDITOR, message, PATH, "exchange.occasion");

        Map<String, Object> exchange =
                body("FRIENDSHIP_EXCHANGE", home, LocalDate.now().plusDays(30));
        exchange.put("repatriation", Map.of("setsFound", 3));
        rejected(Role.EDITOR, exchange, PATH, "repatriation");
        exchange.remove("repatriation");
        exchange.put("status", "HELD");
        rejected(Role.EDITOR, exchange, PATH, "status");
        exchange.put("status", "CANCELLED");
        rejected(Role.EDITOR, exchange, PATH, "cancellationReason");

        Map<String, Object> ceremony = body("REPATRIATION_CEREMONY", home, LocalDate.of(2025, 6, 1));
        ceremony.put("repatriation", Map.of("season", "2024–2025", "setsFound", 3, "setsIdentified", 4));
        rejected(Role.EDITOR, ceremony, PATH, "repatriation.setsIdentified");
        Map<String, Object> bad = body("OTHER", home, LocalDate.of(2025, 6, 2));
        bad.put("endDate", "2025-06-01");
        bad.put("personIds", List.of(999_999_999L));
        as(Role.EDITOR).body(bad).post(PATH).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void conferenceDeadlinesAndOverdueFlags() {
        long home = org("Sở Ngoại vụ tỉnh Thừa Thiên Huế", "GOVERNMENT_AGENCY", "VN");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, Object> soon = body("CONFERENCE", home, today.plusDays(20));
        rejected(Role.EDITOR, soon, PATH, "conference");
        soon.put("conference", Map.of("competence", "PRIME_MINISTER"));
        long late = created(Role.EDITOR, soon, PATH);
        JsonPath view = as(Role.VIEWER).get(PATH + "/{id}", late).jsonPath();
        assertThat(view.getString("applicationDueOn"))
                .isEqualTo(today.plusDays(20).minusDays(40).toString());
        assertThat(view.getList("alerts")).containsExactly("APPLICATION_OVERDUE");

        Map<String, Object> inTime = body("CONFERENCE", home, today.plusDays(60));
        inTime.put("conference", Map.of("competence", "OTHER_AUTHORITY"));
        long fine = created(Role.EDITOR, inTime, PATH);
        assertThat(as(Role.VIEWER).get(PATH + "/{id}", fine).jsonPath().getString("applicationDueOn"))
                .isEqualTo(today.plusDays(30).toString());

        Map<String, Object> held = body("CONFERENCE", home, today.minusDays(30));
        held.put("status", "HELD");
        held.put(
                "conference",
                Map.of(
                        "competence",
                        "OTHER_AUTHORITY",
                        "applicationSentOn",
                        today.minusDays(70).toString(),
                        "permissionNumber",
                        "215/UBND-NgV",
                        "permissionDate",
                        today.minusDays(45).toString()));
        long noReport = created(Role.EDITOR, held, PATH);
        assertThat(as(Role.VIEWER).get(PATH + "/{id}", noReport).jsonPath().getList("alerts"))
                .containsExactly("REPORT_OVERDUE");

        List<Long> overdue = as(Role.VIEWER)
                .queryParam("homeOrganizationId", home)
                .queryParam("overdue", true)
                .get(PATH)
                .jsonPath()
                .getList("items.id", Long.class);
        assertThat(overdue).containsExactlyInAnyOrder(late, noReport);
        assertThat(as(Role.VIEWER)
                        .queryParam("homeOrganizationId", home)
                        .queryParam("overdue", false)
                        .get(PATH)
                        .jsonPath()
                        .getList("items.id", Long.class))
                .containsExactly(fine);
        String ics = as(Role.VIEWER)
                .queryParam("homeOrganizationId", home)
                .get(PATH + "/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(ics).contains("activity-application-" + fine + "@diplomacy").contains("activity-report-" + noReport);
    }

    @Test
    void anniversariesOfThePartnerCountriesAndPartnerships() {
        long home = org("UBND tỉnh Hà Tĩnh", "LOCAL_GOVERNMENT", "VN");
        long partner = org("Tỉnh Bolikhamxay", "LOCAL_GOVERNMENT", "LA");
        Map<String, Object> partnership = new HashMap<>();
        partnership.put("homeOrganizationId", home);
        partnership.put("partnerOrganizationId", partner);
        partnership.put("type", "FRIENDSHIP");
        partnership.put("title", unique("Hà Tĩnh – Bolikhamxay"));
        partnership.put("startDate", "2001-12-10");
        partnership.put("pillars", List.of("STATE", "PEOPLE"));
        long partnershipId = created(Role.EDITOR, partnership, "/api/v1/partnerships");
        List<Map<String, Object>> entries = as(Role.VIEWER)
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-31")
                .get(PATH + "/anniversaries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e).containsEntry("date", "2026-12-02").containsEntry("occasion", "NATIONAL_DAY");
            assertThat(e).containsEntry("years", 51).containsEntry("messageDueOn", "2026-11-25");
        });
        assertThat(entries.stream()
                        .filter(e -> e.get("partnershipId") != null
                                && ((Number) e.get("partnershipId")).longValue() == partnershipId)
                        .toList())
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("date", "2026-12-10")
                        .containsEntry("years", 25)
                        .containsEntry("roundYear", true));
        as(Role.VIEWER)
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-11-01")
                .get(PATH + "/anniversaries")
                .then()
                .statusCode(400);
    }
}
