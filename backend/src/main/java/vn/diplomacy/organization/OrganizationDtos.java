package vn.diplomacy.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CountryCodes.CountryCode;
import vn.diplomacy.common.RecordView;

public final class OrganizationDtos {
    private OrganizationDtos() {}

    @Schema(name = "OrganizationInput", description = "What a client sends to create or replace an organization.")
    public record OrganizationInput(
            @NotBlank @Size(max = 300) @Schema(examples = "Bolikhamxay Province")
            String name,

            @Size(max = 300) @Schema(examples = "ແຂວງບໍລິຄໍາໄຊ")
            String localName,

            @Size(max = 40) @Schema(description = "The short name offices use, found by `q`", examples = "UBND")
            String acronym,

            @NotNull @Schema(examples = "LOCAL_GOVERNMENT") OrganizationType type,

            @NotNull @CountryCode @Schema(description = "ISO 3166-1 alpha-2", examples = "LA")
            String countryCode,

            @Positive @Schema(description = "The organization this one belongs to (a district's province)")
            Long parentId,

            @Size(max = 500)
            @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            @Schema(examples = "https://www.oxfam.org")
            String website,

            @Size(max = 254) @Email String email,

            @Size(max = 50) @Pattern(regexp = "[0-9+()./ -]{3,50}", message = "must be a phone number")
            String phone,

            @Size(max = 10000) String notes) {}

    @Schema(name = "OrganizationRef", description = "An organization embedded in other resources.")
    public record OrganizationRef(Long id, String name, OrganizationType type, String countryCode) {
        public static OrganizationRef of(Organization o) {
            return o == null ? null : new OrganizationRef(o.id, o.name, o.type, o.countryCode);
        }
    }

    @Schema(name = "Organization")
    public record OrganizationView(
            Long id,
            String name,
            String localName,
            String acronym,
            OrganizationType type,
            String countryCode,
            Long parentId,

            @Schema(description = "The parent, embedded for display")
            OrganizationRef parent,

            String website,
            String email,
            String phone,
            String notes,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}
}
