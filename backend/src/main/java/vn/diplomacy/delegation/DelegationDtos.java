package vn.diplomacy.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CountryCodes.CountryCode;
import vn.diplomacy.common.CrossField;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.RecordView;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipRef;
import vn.diplomacy.partnership.Pillar;

public final class DelegationDtos {
    private DelegationDtos() {}

    @Schema(name = "DelegationInput", description = "What a client sends to propose or edit a delegation.")
    @CrossField.Ordered(first = "startDate", second = "endDate")
    public record DelegationInput(
            @NotNull @Schema(examples = "INCOMING") Direction direction,

            @NotBlank @Size(max = 300) @Schema(examples = "Đoàn công tác VUFO thăm và làm việc tại Quảng Bình")
            String title,

            @Size(max = 10000) String purpose,

            @NotNull @Positive @Schema(description = "The other side (its country is shown)")
            Long counterpartOrganizationId,

            @NotNull @Positive @Schema(description = "The home agency responsible")
            Long homeOrganizationId,

            @Positive @Schema(description = "Optional; the partnership must involve the counterpart")
            Long partnershipId,

            @NotNull @Schema(examples = "2024-06-06") LocalDate startDate,

            @NotNull @Schema(description = "On or after startDate", examples = "2024-06-07")
            LocalDate endDate,

            @Size(max = 300) @Schema(examples = "Đồng Hới, Quảng Bình")
            String location,

            @NotNull @CountryCode @Schema(description = "Where it takes place (ISO 3166-1 alpha-2)", examples = "VN")
            String countryCode,

            Pillar pillar,
            @NotNull @Schema(examples = "PROVINCIAL") DelegationLevel level,
            @Valid Money budget,

            @Size(max = 20000)
            @Schema(description = "The written report after return (or attach a REPORT file); one of them to complete")
            String outcome,

            @Size(max = 300)
            @Schema(description = "Who invited the delegation", examples = "Ủy ban nhân dân tỉnh Bolikhamxay")
            String invitationFrom,

            @Schema(description = "The invitation's date", examples = "2024-05-20")
            LocalDate invitationDate,

            FundingSource fundingSource,

            @Size(max = 300)
            @Schema(description = "The sponsor, when one pays", examples = "Quỹ Hòa bình và Phát triển")
            String fundingSponsor,

            @Schema(
                    description =
                            "Whether the trip is in the yearly external-affairs plan; outside it needs its own approval")
            Boolean inYearlyPlan) {}

    @Schema(name = "Delegation")
    public record DelegationView(
            Long id,
            Direction direction,
            String title,
            String purpose,
            DelegationStatus status,

            @Schema(description = "The transitions the caller may make now")
            List<DelegationStatus> allowedTransitions,

            Long counterpartOrganizationId,
            OrganizationRef counterpart,
            Long homeOrganizationId,
            OrganizationRef home,
            Long partnershipId,
            PartnershipRef partnership,
            LocalDate startDate,
            LocalDate endDate,
            String location,
            String countryCode,
            Pillar pillar,
            DelegationLevel level,
            Money budget,
            String outcome,
            String cancellationReason,

            @Schema(
                    description = "The approval decision's number, recorded by the APPROVED step",
                    examples = "1234/QĐ-UBND")
            String decisionNumber,

            LocalDate decisionDate,
            ApprovingAuthority approvingAuthority,
            String invitationFrom,
            LocalDate invitationDate,
            FundingSource fundingSource,
            String fundingSponsor,
            Boolean inYearlyPlan,

            @Schema(description = "endDate plus the office's days for the written report after return")
            LocalDate reportDueOn,

            @Schema(description = "What needs attention now (counted from today in the offices' time zone)")
            List<DelegationAlert> alerts,

            @Schema(description = "The HEAD member's name") String headName,
            int memberCount,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(name = "MemberInput", description = "A member: a person of the registry (personId), or a name typed in.")
    public record MemberInput(
            @Size(max = 200)
            @Schema(
                    description = "Required unless personId is given (then the person's name)",
                    examples = "Phan Anh Sơn")
            String fullName,

            @Positive
            @Schema(
                    description = "The person of the registry; without it the person of the same name and agency is"
                            + " found, or added")
            Long personId,

            @Size(max = 200) @Schema(examples = "Chủ tịch") String position,

            @Size(max = 300) @Schema(examples = "Liên hiệp các tổ chức hữu nghị Việt Nam")
            String organizationName,

            @NotNull @Schema(examples = "HEAD") MemberRole role,
            Gender gender,
            @CountryCode @Schema(examples = "VN") String nationality,
            @Email @Size(max = 254) String email,
            @Size(max = 50) String phone,
            @Size(max = 2000) String notes) {}

    @Schema(name = "MemberList", description = "The whole member list, replaced at once; order is kept.")
    @MemberList.AtMostOneHead
    public record MemberList(@NotNull @Size(max = 200) List<@NotNull @Valid MemberInput> members) {
        /** Reported with the rows' own errors, on every HEAD after the first ({@code members[4].role}). */
        @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        @jakarta.validation.Constraint(validatedBy = HeadValidator.class)
        public @interface AtMostOneHead {
            String message() default "a delegation has at most one HEAD";

            Class<?>[] groups() default {};

            Class<? extends jakarta.validation.Payload>[] payload() default {};
        }

        public static class HeadValidator implements jakarta.validation.ConstraintValidator<AtMostOneHead, MemberList> {
            @Override
            public boolean isValid(MemberList list, jakarta.validation.ConstraintValidatorContext context) {
                if (list == null || list.members() == null) {
                    return true;
                }
                boolean valid = true;
                boolean headSeen = false;
                context.disableDefaultConstraintViolation();
                for (int i = 0; i < list.members().size(); i++) {
                    MemberInput m = list.members().get(i);
                    // A row names a person of the registry or types a name: reported with the rows' other errors.
                    if (m != null
                            && m.personId() == null
                            && (m.fullName() == null || m.fullName().isBlank())) {
                        valid = false;
                        context.buildConstraintViolationWithTemplate("is required unless personId is given")
                                .addPropertyNode("members")
                                .addPropertyNode("fullName")
                                .inIterable()
                                .atIndex(i)
                                .addConstraintViolation();
                    }
                    if (m != null && m.role() == MemberRole.HEAD) {
                        if (headSeen) {
                            valid = false;
                            context.buildConstraintViolationWithTemplate("a delegation has at most one HEAD")
                                    .addPropertyNode("members")
                                    .addPropertyNode("role")
                                    .inIterable()
                                    .atIndex(i)
                                    .addConstraintViolation();
                        }
                        headSeen = true;
                    }
                }
                return valid;
            }
        }
    }

    @Schema(name = "Member")
    public record MemberView(
            Long id,
            String fullName,

            @Schema(description = "The member in the registry of persons")
            Long personId,

            String position,
            String organizationName,
            MemberRole role,
            Gender gender,
            String nationality,
            String email,
            String phone,
            String notes) {}

    @Schema(name = "Members", description = "A delegation's whole member list in protocol order (not paged).")
    public record MembersView(List<MemberView> members) {}

    @Schema(name = "TransitionRequest")
    public record TransitionRequest(
            @NotNull @Schema(examples = "APPROVED") DelegationStatus to,
            @Size(max = 2000) String note,

            @Size(max = 20000)
            @Schema(description = "For COMPLETED: the outcome report, unless already on the delegation")
            String outcome,

            @Size(max = 2000) @Schema(description = "For CANCELLED: required")
            String reason,

            @Size(max = 100)
            @Schema(
                    description = "For APPROVED: the decision's number (optional; given with decisionDate)",
                    examples = "1234/QĐ-UBND")
            String decisionNumber,

            @Schema(description = "For APPROVED: the decision's date, not in the future", examples = "2024-05-28")
            LocalDate decisionDate,

            @Schema(
                    description =
                            "For APPROVED: who decided; one of the office's accepted authorities (GET /api/v1/delegations/rules)")
            ApprovingAuthority approvingAuthority) {}

    @Schema(name = "DelegationRules", description = "The office's delegation settings, for forms and integrators.")
    public record RulesView(
            @Schema(description = "The approving authorities accepted on an APPROVED step")
            List<ApprovingAuthority> approvingAuthorities,

            @Schema(description = "Days after the end date within which the written report is due", examples = "15")
            int reportDueDays,

            @Schema(description = "Days before the due day from which the report shows as due soon", examples = "3")
            int reportDueSoonDays) {}

    @Schema(name = "Transition")
    public record TransitionView(
            Long id, DelegationStatus from, DelegationStatus to, String note, String by, Instant at) {}
}
