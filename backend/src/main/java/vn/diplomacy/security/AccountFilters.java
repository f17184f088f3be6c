package vn.diplomacy.security;

import vn.diplomacy.common.Filter;
import vn.diplomacy.common.Searchable;

/** The filters of the user and API key lists, each declared once (see common.Filter). */
public final class AccountFilters {
    private AccountFilters() {}

    public static class Users extends Searchable {
        @Filter(value = "role = :role", description = "ADMIN, EDITOR or VIEWER")
        public Role role;

        @Filter(value = "enabled = true", otherwise = "enabled = false", description = "true or false")
        public Boolean enabled;
    }

    public static class ApiKeys extends Searchable {
        @Filter("role = :role")
        public Role role;

        @Filter(
                value = "revokedAt is null",
                otherwise = "revokedAt is not null",
                description = "true: not revoked; false: revoked")
        public Boolean active;
    }
}
