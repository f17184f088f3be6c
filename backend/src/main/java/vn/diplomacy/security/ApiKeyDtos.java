package vn.diplomacy.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ApiKeyDtos {
    private ApiKeyDtos() {
    }

    @Schema(name = "ApiKeyInput")
    public record ApiKeyInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Sở Kế hoạch và Đầu tư – sync job") String name,
            @NotNull @Schema(examples = "VIEWER") Role role) {
    }

    @Schema(name = "ApiKey")
    public record ApiKeyView(Long id, String name, Role role,
            @Schema(description = "First characters of the secret", examples = "dpk_3kD9aZ1q") String prefix,
            boolean active, Instant lastUsedAt, Instant revokedAt, Instant createdAt, String createdBy, long version) {
        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.id, k.name, k.role, k.prefix, k.revokedAt == null, k.lastUsedAt, k.revokedAt,
                    k.createdAt, k.createdBy, k.version);
        }
    }

    @Schema(name = "ApiKeyCreated", description = "Returned once, at creation: the only time the secret is shown.")
    public record ApiKeyCreated(Long id, String name, Role role, String prefix,
            @Schema(description = "Send as 'Authorization: Bearer <secret>' or 'X-API-Key: <secret>'. Not retrievable later.")
            String secret,
            Instant createdAt, String createdBy, long version) {
        ApiKeyCreated withoutSecret() {
            return new ApiKeyCreated(id, name, role, prefix, null, createdAt, createdBy, version);
        }
    }
}
