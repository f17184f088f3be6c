package vn.diplomacy.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ApiKeyDtos {
    private ApiKeyDtos() {}

    @Schema(name = "ApiKeyInput")
    public record ApiKeyInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Sở Kế hoạch và Đầu tư – sync job")
            String name,

            @NotNull @Schema(examples = "VIEWER") Role role,

            @Schema(
                    description = "Optional last day on which the key works (offices' time zone); from today on",
                    examples = "2027-12-31")
            java.time.LocalDate expiresOn,

            @Schema(
                    description = "The organization whose subtree the key works in (reads and writes only there);"
                            + " absent for a national key. A scoped ADMIN gives only scopes within its own.",
                    examples = "2")
            Long scopeOrganizationId) {}

    @Schema(name = "ApiKey")
    public record ApiKeyView(
            Long id,
            String name,
            Role role,

            @Schema(description = "First characters of the secret", examples = "dpk_3kD9aZ1q")
            String prefix,

            @Schema(description = "Not revoked (an expired key is active but no longer accepted; see expiresOn)")
            boolean active,

            java.time.LocalDate expiresOn,
            Long scopeOrganizationId,
            Instant lastUsedAt,
            Instant revokedAt,
            Instant createdAt,
            String createdBy,
            long version) {
        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(
                    k.id,
                    k.name,
                    k.role,
                    k.prefix,
                    k.revokedAt == null,
                    k.expiresOn,
                    k.scopeOrganizationId,
                    k.lastUsedAt,
                    k.revokedAt,
                    k.createdAt,
                    k.createdBy,
                    k.version);
        }
    }

    @Schema(name = "ApiKeyCreated", description = "Returned once, at creation: the only time the secret is shown.")
    public record ApiKeyCreated(
            Long id,
            String name,
            Role role,
            String prefix,
            java.time.LocalDate expiresOn,
            Long scopeOrganizationId,

            @Schema(
                    description =
                            "Send as 'Authorization: Bearer <secret>' or 'X-API-Key: <secret>'. Not retrievable later.")
            String secret,

            Instant createdAt,
            String createdBy,
            long version) {
        ApiKeyCreated withoutSecret() {
            return new ApiKeyCreated(
                    id, name, role, prefix, expiresOn, scopeOrganizationId, null, createdAt, createdBy, version);
        }
    }
}
