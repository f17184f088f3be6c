package vn.diplomacy.delegation;

import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.diplomacy.security.Role;

public final class DelegationFixtures {
    private DelegationFixtures() {}

    static long organization(String prefix, String type, String country) {
        return created(
                Role.EDITOR,
                Map.of("name", unique(prefix), "type", type, "countryCode", country),
                "/api/v1/organizations");
    }

    static Map<String, Object> body(long counterpart, long home, LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("direction", "INCOMING");
        body.put("title", unique("Đoàn công tác VUFO"));
        body.put("purpose", "Thăm và làm việc");
        body.put("counterpartOrganizationId", counterpart);
        body.put("homeOrganizationId", home);
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("location", "Đồng Hới");
        body.put("countryCode", "VN");
        body.put("level", "PROVINCIAL");
        return body;
    }

    static Map<String, Object> member(String name, String role) {
        Map<String, Object> m = new HashMap<>();
        m.put("fullName", name);
        m.put("role", role);
        m.put("nationality", "VN");
        return m;
    }

    static List<Map<String, Object>> members(String... namesAndRoles) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < namesAndRoles.length; i += 2) {
            list.add(member(namesAndRoles[i], namesAndRoles[i + 1]));
        }
        return list;
    }

    /** A new PROPOSED delegation with fresh organizations; returns its id. */
    public static long propose(LocalDate start, LocalDate end) {
        long counterpart = organization("VUFO", "FRIENDSHIP_ASSOCIATION", "VN");
        long home = organization("Quảng Bình", "LOCAL_GOVERNMENT", "VN");
        return created(Role.EDITOR, body(counterpart, home, start, end), "/api/v1/delegations");
    }

    public static String etag(long id) {
        return etagOf(Role.VIEWER, "/api/v1/delegations/{id}", id);
    }

    public static void withHead(long id) {
        as(Role.EDITOR)
                .header("If-Match", etag(id))
                .body(Map.of("members", members("Phan Anh Sơn", "HEAD")))
                .put("/api/v1/delegations/{id}/members", id)
                .then()
                .statusCode(200);
    }
}
