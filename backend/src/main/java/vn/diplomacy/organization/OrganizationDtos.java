package vn.diplomacy.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

            @Size(max = 20)
            @Schema(description = "Other names, all found by `q` (accent-insensitive): \"Vân Nam\" finds Yunnan")
            List<@Valid @NotNull OtherName> names,

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

            @Size(max = 10000) String notes,

            @Schema(description = "An administrative unit's first day (a commune formed on 01/07/2025)")
            LocalDate validFrom,

            @Schema(description = "Its last day (a district dissolved on 30/06/2025); empty while it exists")
            LocalDate validTo,

            @Positive
            @Schema(
                    description = "The unit it was merged into when it ended (needs validTo); reports with `asOf`"
                            + " count its records there, while the records keep naming it")
            Long successorId) {}

    @Schema(
            name = "OrganizationName",
            description = "Another name of an organization: in Vietnamese, the local script…")
    public record OtherName(
            @NotBlank @Size(max = 200) @Schema(examples = "Vân Nam")
            String name,

            @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as vi, lo or zh")
            @Schema(description = "ISO 639 language code", examples = "vi")
            String language,

            @Schema(examples = "EXONYM") NameKind kind) {}

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
            List<OtherName> names,
            OrganizationType type,
            String countryCode,
            Long parentId,

            @Schema(description = "The parent, embedded for display")
            OrganizationRef parent,

            String website,
            String email,
            String phone,
            String notes,
            LocalDate validFrom,
            LocalDate validTo,
            Long successorId,

            @Schema(description = "The successor, embedded for display")
            OrganizationRef successor,

            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}
}
