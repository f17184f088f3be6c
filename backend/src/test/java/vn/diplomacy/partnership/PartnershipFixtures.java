package vn.diplomacy.partnership;

import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.unique;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.diplomacy.security.Role;

/** Builds partnership test data through the API, with unique organizations so tests never meet each other's rows. */
public final class PartnershipFixtures {
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PartnershipFixtures() {}

    static LocalDate today() {
        return LocalDate.now(OFFICE_ZONE);
    }

    static long organization(String name, String type, String country) {
        return created(
                Role.EDITOR, Map.of("name", name, "type", type, "countryCode", country), "/api/v1/organizations");
    }

    static long province(String prefix) {
        return organization(unique(prefix), "LOCAL_GOVERNMENT", "VN");
    }

    static long laoProvince(String prefix) {
        return organization(unique(prefix), "LOCAL_GOVERNMENT", "LA");
    }

    static Map<String, Object> body(long home, long partner, String type, LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("homeOrganizationId", home);
        body.put("partnerOrganizationId", partner);
        body.put("type", type);
        body.put("pillars", List.of("STATE", "PEOPLE"));
        body.put("fields", List.of("EDUCATION_TRAINING", "TRANSPORT"));
        body.put("startDate", start.toString());
        if (end != null) {
            body.put("endDate", end.toString());
        }
        return body;
    }

    /** A partnership of this type from {@code start}, open-ended, for tests of the records that point to one. */
    public static long partnership(long home, long partner, String type, LocalDate start) {
        return create(body(home, partner, type, start, null));
    }

    static long create(Map<String, Object> body) {
        return created(Role.EDITOR, body, "/api/v1/partnerships");
    }

    public static Map<String, Object> agreement(String code, LocalDate effective, LocalDate expires) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MEMORANDUM_OF_UNDERSTANDING");
        body.put("code", code);
        body.put("title", "Biên bản ghi nhớ " + code);
        if (effective != null) {
            body.put("effectiveOn", effective.toString());
        }
        if (expires != null) {
            body.put("expiresOn", expires.toString());
        }
        return body;
    }
}
