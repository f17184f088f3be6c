package vn.diplomacy.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.Scope;

public final class UserDtos {
    private UserDtos() {}

    @Schema(name = "UserCreate")
    public record UserCreate(
            @NotBlank
            @Pattern(
                    regexp = "[a-z0-9._-]{3,64}",
                    message = "must be 3 to 64 lower-case letters, digits, '.', '_' or '-'")
            @Schema(examples = "nguyen.van.a")
            String username,

            @Size(max = 200) @Schema(examples = "Nguyễn Văn A")
            String displayName,

            @NotNull @Schema(examples = "EDITOR") Role role,

            @NotNull
            @Size(min = 12, max = 128)
            @Schema(description = PasswordPolicy.RULES, examples = "hữu nghị Việt–Lào 1977")
            String password,

            @Schema(
                    description = "The organization whose subtree the account works in (reads and writes only there);"
                            + " absent for a national account. A scoped ADMIN gives only scopes within its own.",
                    examples = "2")
            Long scopeOrganizationId) {}

    @Schema(name = "UserUpdate", description = "Full representation for PUT; the fields a merge patch may change.")
    public record UserUpdate(
            @Size(max = 200) String displayName,
            @NotNull Role role,
            @NotNull Boolean enabled,

            @Schema(
                    description = "The organization whose subtree the account works in (reads and writes only there);"
                            + " absent for a national account. A scoped ADMIN gives only scopes within its own.",
                    examples = "2")
            Long scopeOrganizationId) {}

    @Schema(name = "User")
    public record UserView(
            Long id,
            String username,
            String displayName,
            Role role,
            boolean enabled,
            Long scopeOrganizationId,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version) {
        static UserView of(UserAccount u) {
            return new UserView(
                    u.id,
                    u.username,
                    u.displayName,
                    u.role,
                    u.enabled,
                    u.scopeOrganizationId,
                    u.createdAt,
                    u.createdBy,
                    u.updatedAt,
                    u.updatedBy,
                    u.version);
        }
    }

    @Schema(name = "PasswordReset")
    public record PasswordReset(
            @NotNull @Size(min = 12, max = 128) @Schema(description = PasswordPolicy.RULES)
            String newPassword) {}

    @Schema(name = "PasswordChange")
    public record PasswordChange(
            @NotNull @Size(max = 128) String currentPassword,

            @NotNull @Size(min = 12, max = 128) @Schema(description = PasswordPolicy.RULES)
            String newPassword) {}

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @NotBlank @Size(max = 64) @Schema(examples = "admin")
            String username,

            @NotBlank @Size(max = 128) @Schema(examples = "your-password")
            String password) {}

    @Schema(name = "LoginResponse")
    public record LoginResponse(
            String accessToken,
            @Schema(examples = "Bearer") String tokenType,

            @Schema(description = "Seconds until the token expires", examples = "3600")
            long expiresIn,

            Instant expiresAt,
            Me user) {}

    @Schema(name = "Me", description = "The caller: a user or an agency's API key.")
    public record Me(
            @Schema(examples = "admin") String username,
            String displayName,
            Role role,
            @Schema(examples = "USER") Kind kind,

            @Schema(
                    description =
                            "True for the first admin until it changes its password: nothing else answers until then")
            boolean passwordChangeRequired,

            @Schema(description = "Where the caller works: absent for a national user or key")
            Scope.Ref scope) {}

    public enum Kind {
        USER,
        API_KEY
    }
}
