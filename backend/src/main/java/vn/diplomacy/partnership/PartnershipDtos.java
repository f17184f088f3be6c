package vn.diplomacy.partnership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CrossField;
import vn.diplomacy.common.RecordView;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;

public final class PartnershipDtos {
    private PartnershipDtos() {}

    @Schema(name = "PartnershipInput", description = "What a client sends to create or replace a partnership.")
    @CrossField.Ordered(first = "startDate", second = "endDate")
    @CrossField.Different(first = "homeOrganizationId", second = "partnerOrganizationId")
    public record PartnershipInput(
            @NotNull @Positive @Schema(description = "The home province or agency (Vietnamese side)", examples = "1")
            Long homeOrganizationId,

            @NotNull
            @Positive
            @Schema(description = "The foreign locality or organization; differs from the home side", examples = "21")
            Long partnerOrganizationId,

            @NotNull @Schema(examples = "SPECIAL_FRIENDSHIP")
            PartnershipType type,

            @NotEmpty @Schema(description = "At least one pillar", examples = "[\"STATE\", \"PEOPLE\"]")
            Set<@NotNull Pillar> pillars,

            @Schema(examples = "[\"TRANSPORT\", \"EDUCATION_TRAINING\"]")
            Set<@NotNull CooperationField> fields,

            @Size(max = 300)
            @Schema(description = "Generated from the two names when absent", examples = "Hà Tĩnh – Bolikhamxay")
            String title,

            @NotNull @Schema(examples = "2017-03-15") LocalDate startDate,

            @Schema(description = "On or after startDate; absent for open-ended partnerships")
            LocalDate endDate,

            @Schema(description = "Temporarily suspended; the status says SUSPENDED until the end date")
            Boolean suspended,

            @Size(max = 10000) String description,

            @Size(max = 300) @Schema(examples = "Nguyễn Văn A, Sở Ngoại vụ, 0239 3855 000")
            String contactPerson) {}

    @Schema(name = "Partnership")
    public record PartnershipView(
            Long id,
            String title,
            PartnershipType type,

            @Schema(description = "Derived from the dates and the suspended flag")
            PartnershipStatus status,

            Long homeOrganizationId,
            OrganizationRef home,
            Long partnerOrganizationId,
            OrganizationRef partner,
            Set<Pillar> pillars,
            Set<CooperationField> fields,
            LocalDate startDate,
            LocalDate endDate,
            boolean suspended,
            String description,
            String contactPerson,

            @Schema(description = "How many agreements the partnership has")
            long agreementCount,

            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(name = "PartnershipRef", description = "A partnership embedded in other resources.")
    public record PartnershipRef(Long id, String title) {}

    @Schema(name = "AgreementInput")
    @CrossField.Ordered(first = "effectiveOn", second = "expiresOn")
    public record AgreementInput(
            @NotNull @Schema(examples = "MEMORANDUM_OF_UNDERSTANDING")
            AgreementKind kind,

            @jakarta.validation.constraints.NotBlank
            @Size(max = 100)
            @Schema(description = "Unique within the partnership", examples = "01/2024/TTHT-HT-BLKX")
            String code,

            @jakarta.validation.constraints.NotBlank
            @Size(max = 300)
            @Schema(examples = "Biên bản thỏa thuận hợp tác giai đoạn 2024–2028")
            String title,

            @Schema(examples = "2024-03-20") LocalDate signedOn,
            @Schema(examples = "2024-04-01") LocalDate effectiveOn,

            @Schema(description = "On or after effectiveOn", examples = "2028-12-31")
            LocalDate expiresOn,

            @Size(max = 2000) String signatories,

            @Size(max = 500)
            @jakarta.validation.constraints.Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            String documentUrl,

            @Size(max = 10000) String notes) {}

    @Schema(name = "Agreement")
    public record AgreementView(
            Long id,
            Long partnershipId,
            PartnershipRef partnership,
            AgreementKind kind,
            String code,
            String title,
            LocalDate signedOn,
            LocalDate effectiveOn,
            LocalDate expiresOn,

            @Schema(description = "Days from today to expiresOn (negative once expired); absent without expiresOn")
            Long daysToExpiry,

            String signatories,
            String documentUrl,
            String notes,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}
}
