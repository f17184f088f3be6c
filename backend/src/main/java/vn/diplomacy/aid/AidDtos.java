package vn.diplomacy.aid;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CountryCodes.CountryCode;
import vn.diplomacy.common.CrossField;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.RecordView;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipRef;

public final class AidDtos {
    private AidDtos() {}

    @Schema(name = "AidCommitmentInput", description = "What a client sends to record or edit an aid commitment.")
    @CrossField.Ordered(first = "startDate", second = "endDate")
    public record AidCommitmentInput(
            @NotBlank @Size(max = 300) @Schema(examples = "Cấp nước sạch cho xã Y Tý, huyện Bát Xát")
            String title,

            @NotNull
            @Positive
            @Schema(description = "The donor: a foreign NGO, foundation, embassy, agency, multilateral or company")
            Long ngoId,

            @CountryCode @Schema(description = "ISO 3166-1 alpha-2; defaults to the NGO's country", examples = "GB")
            String donorCountryCode,

            @NotNull @Schema(examples = "PROJECT") AidKind kind,

            @Schema(description = "For NON_PROJECT aid only: what it consists of", examples = "GOODS")
            AidNonProjectForm nonProjectForm,

            @NotNull @Schema(examples = "WATER_SANITATION") AidSector sector,

            @NotNull
            @Positive
            @Schema(description = "A Vietnamese province, district or commune (LOCAL_GOVERNMENT, VN)")
            Long beneficiaryOrganizationId,

            @Positive Long partnershipId,

            @Positive
            @Schema(
                    description = "The Vietnamese aid owner (chủ khoản viện trợ): a department, union or locality"
                            + " that receives and answers for the aid")
            Long aidOwnerOrganizationId,

            @Positive @Schema(description = "The implementing partner, Vietnamese or foreign (IATI role 4)")
            Long implementingPartnerOrganizationId,

            @NotNull @Valid @Schema(description = "Committed amount in the donor's currency")
            Money committed,

            @NotNull
            @Schema(description = "The value date: conversions use the rate in force on it", examples = "2023-03-15")
            LocalDate commitmentDate,

            @Schema(examples = "2023-04-01") LocalDate startDate,
            @Schema(examples = "2025-03-31") LocalDate endDate,

            @NotNull
            @Schema(
                    description = "The IATI activity status; IMPLEMENTATION, FINALISATION, CLOSED and SUSPENDED need an"
                            + " approved aid (approvalStatus APPROVED, IMPLEMENTATION or COMPLETED)",
                    examples = "IMPLEMENTATION")
            AidStatus status,

            @Size(max = 100)
            @Schema(
                    description = "Given with approvalDate when recording aid approved before it was entered: the"
                            + " record starts approved. Otherwise set by the APPROVED transition; correctable after",
                    examples = "1234/QĐ-UBND")
            String approvalDecisionNo,

            LocalDate approvalDate,

            @Schema(
                    description = "When the dossier came in; defaults to today for a new dossier",
                    examples = "2026-02-02")
            LocalDate dossierReceivedOn,

            @Valid
            @Schema(
                    description =
                            "Vietnamese counterpart funds (state budget, beneficiaries); reported separately, never added to aid")
            Money counterpartFunding,

            @Size(max = 10000) String description) {}

    @Schema(name = "AidCommitment")
    public record AidCommitmentView(
            Long id,
            String title,
            Long ngoId,
            OrganizationRef ngo,
            String donorCountryCode,
            AidKind kind,
            AidNonProjectForm nonProjectForm,
            AidSector sector,

            @Schema(description = "OECD-DAC purpose code of the sector", examples = "14030")
            String sectorDacCode,

            Long beneficiaryOrganizationId,
            OrganizationRef beneficiary,
            Long partnershipId,
            PartnershipRef partnership,
            Long aidOwnerOrganizationId,
            OrganizationRef aidOwner,
            Long implementingPartnerOrganizationId,
            OrganizationRef implementingPartner,
            Money committed,

            @Schema(
                    description =
                            "The committed amount in the base currency at the commitment date; absent when no rate is known")
            Money committedInBase,

            LocalDate commitmentDate,
            LocalDate startDate,
            LocalDate endDate,
            AidStatus status,
            String approvalDecisionNo,
            LocalDate approvalDate,

            @Schema(description = "The step of the approval lifecycle; moved by POST /{id}/transitions")
            AidApprovalStatus approvalStatus,

            @Schema(description = "The steps this caller may take now")
            List<AidApprovalStatus> allowedTransitions,

            LocalDate dossierReceivedOn,
            LocalDate dossierCompleteOn,

            @Schema(description = "20 days after the dossier was complete")
            LocalDate appraisalDueOn,

            String approvingAuthority,
            LocalDate refusedOn,
            String refusalReason,
            LocalDate revokedOn,
            String revocationReason,
            LocalDate completedOn,

            @Schema(
                    description = "What needs attention now: an overdue appraisal, approved aid not started within"
                            + " 6 months, emergency relief not carried out within 3 months")
            List<AidAlert> alerts,

            Money counterpartFunding,
            String description,

            @Schema(description = "Disbursements so far in the commitment's currency, each converted at its own date")
            Money disbursedToDate,

            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(
                    type = SchemaType.STRING,
                    description = "disbursedToDate / committed, 4 decimals (1.0000 = 100 %)",
                    examples = "0.4500")
            BigDecimal disbursementRate,

            @Schema(description = "More was disbursed than committed (allowed, not capped)")
            boolean overDisbursed,

            int disbursementCount,

            @Schema(description = "Disbursements left out of disbursedToDate because no rate was known on their date")
            List<Money> unconvertedDisbursements,

            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(name = "DisbursementInput")
    public record DisbursementInput(
            @NotNull @Schema(description = "The value date", examples = "2023-06-30")
            LocalDate date,

            @NotNull @Valid @Schema(description = "May be in another currency than the commitment's")
            Money amount,

            @Size(max = 2000) String note) {}

    @Schema(name = "Disbursement")
    public record DisbursementView(
            Long id,
            Long commitmentId,
            LocalDate date,
            Money amount,

            @Schema(description = "In the commitment's currency at this date; absent when no rate is known")
            Money amountInCommitmentCurrency,

            @Schema(description = "In the base currency at this date; absent when no rate is known")
            Money amountInBase,

            String note,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(name = "ExchangeRateInput")
    public record ExchangeRateInput(
            @NotNull
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
            @Schema(examples = "USD")
            String currency,

            @NotNull
            @Schema(
                    description = "In force from this date until the next rate of the currency",
                    examples = "2023-03-01")
            LocalDate date,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 12, fraction = 6)
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(
                    type = SchemaType.STRING,
                    description = "Units of the base currency (VND) per 1 unit, up to 6 decimals",
                    examples = "23650")
            BigDecimal rate,

            @Size(max = 200) @Schema(examples = "Vietcombank, selling rate")
            String source) {}

    @Schema(name = "ExchangeRate")
    public record ExchangeRateView(
            Long id,
            String currency,
            LocalDate date,

            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, examples = "23650")
            BigDecimal rate,

            @Schema(description = "The base currency the rate is expressed in", examples = "VND")
            String baseCurrency,

            @Schema(description = "The next rate's date (exclusive); absent for the latest")
            LocalDate validUntil,

            String source,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}
}
