package vn.diplomacy.registration;

import static vn.diplomacy.TestSupport.created;

import java.util.HashMap;
import java.util.Map;
import vn.diplomacy.security.Role;

final class RegistrationFixtures {
    private RegistrationFixtures() {}

    static long org(String name, String type, String country, Long parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "countryCode", country));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(Role.EDITOR, body, "/api/v1/organizations");
    }
}
