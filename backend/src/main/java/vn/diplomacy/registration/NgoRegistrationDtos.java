package vn.diplomacy.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.aid.AidSector;
import vn.diplomacy.common.CountryCodes.CountryCode;
import vn.diplomacy.common.CrossField;
import vn.diplomacy.common.RecordView;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;

public final class NgoRegistrationDtos {
    private NgoRegistrationDtos() {}

    @Schema(name = "NgoRepresentative", description = "The NGO's representative named on the certificate.")
    public record Representative(
            @Size(max = 200) @Schema(examples = "Nguyễn Thị Mai")
            String name,

            @CountryCode @Schema(description = "ISO 3166-1 alpha-2", examples = "VN")
            String nationality,

            @Size(max = 300) @Schema(examples = "mai.nguyen@oxfam.org, 024 3945 4362")
            String contact,

            @jakarta.validation.constraints.Positive
            @Schema(description = "The representative in the persons registry; name and nationality default from it")
            Long personId) {}

    @Schema(
            name = "NgoRegistrationInput",
            description = "What a client sends to create or replace a foreign NGO's registration certificate.")
    @CrossField.Ordered(first = "issuedOn", second = "validUntil")
    public record NgoRegistrationInput(
            @NotNull
            @Positive
            @Schema(description = "The foreign NGO (an organization outside Vietnam)", examples = "30")
            Long ngoId,

            @NotNull @Positive @Schema(description = "The office keeping the record (its scope)", examples = "2")
            Long homeOrganizationId,

            @NotNull @Schema(examples = "OPERATION") RegistrationKind kind,

            @NotBlank @Size(max = 100) @Schema(description = "Unique per kind", examples = "125/GĐK-BNG")
            String number,

            @NotBlank @Size(max = 300) @Schema(examples = "Bộ Ngoại giao")
            String issuedBy,

            @NotNull @Schema(examples = "2024-03-01") LocalDate issuedOn,

            @NotNull
            @Schema(
                    description = "On or after issuedOn, at most 3 years after it (Decree 58/2022)",
                    examples = "2027-02-28")
            LocalDate validUntil,

            @NotEmpty @Size(max = 34) @Schema(description = "The Vietnamese provinces it may work in", examples = "[1]")
            Set<@NotNull @Positive Long> permittedProvinceIds,

            @Schema(description = "The fields it may work in", examples = "[\"HEALTH\", \"LIVELIHOODS\"]")
            Set<@NotNull AidSector> permittedFields,

            @Valid Representative representative,

            @Size(max = 10000) @Schema(description = "The 3-year plan of programmes and projects (attach the document)")
            String plan,

            @Positive @Schema(description = "The earlier certificate of the same NGO that this one renews")
            Long renewsId,

            @Schema(description = "The day it was revoked; needs a revocationReason")
            LocalDate revokedOn,

            @Size(max = 1000) String revocationReason,

            @Size(max = 10000) String notes) {}

    @Schema(name = "NgoRegistrationRef", description = "A registration certificate embedded in another.")
    public record RegistrationRef(Long id, String number, LocalDate validUntil) {}

    @Schema(name = "NgoRegistration")
    public record NgoRegistrationView(
            Long id,
            Long ngoId,
            OrganizationRef ngo,
            Long homeOrganizationId,
            OrganizationRef home,
            RegistrationKind kind,
            String number,
            String issuedBy,
            LocalDate issuedOn,
            LocalDate validUntil,

            @Schema(description = "Days from today to validUntil (negative once expired)")
            long daysToExpiry,

            @Schema(description = "Derived from the dates, the revocation and a renewal")
            RegistrationStatus status,

            Set<Long> permittedProvinceIds,
            List<OrganizationRef> permittedProvinces,
            Set<AidSector> permittedFields,
            Representative representative,
            String plan,
            Long renewsId,
            RegistrationRef renews,

            @Schema(description = "The later certificate that renews this one, if any")
            RegistrationRef renewedBy,

            LocalDate revokedOn,
            String revocationReason,
            String notes,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}
}
