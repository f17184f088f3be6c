package vn.diplomacy.security;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.Searchable;

/** The filters of the user and API key lists, each declared once (see common.Filter). */
public final class AccountFilters {
    private AccountFilters() {}

    public static class Users extends Searchable {
        @QueryParam("role")
        @Parameter(description = "ADMIN, EDITOR or VIEWER", schema = @Schema(implementation = Role.class))
        @Filter("role = :role")
        public String role;

        @QueryParam("enabled")
        @Parameter(description = "true or false", schema = @Schema(type = SchemaType.BOOLEAN))
        @Filter(value = "enabled = true", otherwise = "enabled = false")
        public String enabled;
    }

    public static class ApiKeys extends Searchable {
        @QueryParam("role")
        @Parameter(schema = @Schema(implementation = Role.class))
        @Filter("role = :role")
        public String role;

        @QueryParam("active")
        @Parameter(description = "true: not revoked; false: revoked", schema = @Schema(type = SchemaType.BOOLEAN))
        @Filter(value = "revokedAt is null", otherwise = "revokedAt is not null")
        public String active;
    }
}
