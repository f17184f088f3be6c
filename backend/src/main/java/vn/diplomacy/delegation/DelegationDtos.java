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

            @Size(max = 20000) @Schema(description = "The report of outcomes; required to complete")
            String outcome) {}

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
            @Schema(description = "The HEAD member's name") String headName,
            int memberCount,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(name = "MemberInput")
    public record MemberInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Phan Anh Sơn")
            String fullName,

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
            String reason) {}

    @Schema(name = "Transition")
    public record TransitionView(
            Long id, DelegationStatus from, DelegationStatus to, String note, String by, Instant at) {}
}
