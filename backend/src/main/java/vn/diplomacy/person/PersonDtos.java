package vn.diplomacy.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CountryCodes.CountryCode;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.RecordView;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;

public final class PersonDtos {
    private PersonDtos() {}

    @Schema(
            name = "PersonInput",
            description = "A person of the registry; identity papers go to /persons/{id}/identity.")
    public record PersonInput(
            @NotBlank @Size(max = 200) @Schema(description = "In Vietnamese order", examples = "Phan Anh Sơn")
            String fullName,

            @Size(max = 200) @Schema(description = "As written in the passport", examples = "PHAN ANH SON")
            String passportName,

            Gender gender,
            @CountryCode @Schema(examples = "VN") String nationality,
            @Past @Schema(examples = "1965-04-12") LocalDate birthDate,

            @NotNull @Positive @Schema(description = "The office that keeps the record")
            Long homeOrganizationId,

            @Positive @Schema(description = "The person's agency in the registry")
            Long organizationId,

            @Size(max = 300) @Schema(description = "When the agency is not in the registry")
            String organizationName,

            @Size(max = 200) @Schema(examples = "Chủ tịch") String position,
            @Email @Size(max = 254) String email,
            @Size(max = 50) String phone,

            @Size(max = 200) @Schema(examples = "Tiếng Lào, tiếng Anh")
            String languages,

            @Size(max = 5000) String notes) {}

    @Schema(name = "Person")
    public record PersonView(
            Long id,
            String fullName,
            String passportName,
            Gender gender,
            String nationality,
            LocalDate birthDate,
            Long homeOrganizationId,
            OrganizationRef home,
            Long organizationId,
            OrganizationRef organization,
            String organizationName,
            String position,
            String email,
            String phone,
            String languages,
            String notes,

            @Schema(
                    description = "Set once the person was merged into that other one (POST /persons/{id}/merge):"
                            + " the record stays, read-only, out of the lists")
            Long mergedIntoId,

            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(name = "PersonMergeInput", description = "The duplicate to merge into this person.")
    public record MergeInput(
            @jakarta.validation.constraints.NotNull
            @Positive
            @Schema(description = "The person found to be this one", examples = "57")
            Long duplicateId) {}

    @Schema(name = "PersonRef", description = "A person of the registry named by another record.")
    public record PersonRef(Long id, String fullName) {}

    @Schema(name = "PersonIdentity", description = "Identity papers: shown only to the roles the office allows.")
    public record IdentityView(
            Long personId,
            String passportNumber,
            LocalDate passportExpiresOn,
            String idNumber,
            String visaNumber,
            LocalDate visaExpiresOn,
            Instant updatedAt,
            String updatedBy) {}

    @Schema(name = "PersonIdentityInput", description = "The whole identity part, replaced at once.")
    public record IdentityInput(
            @Size(max = 50) @Schema(examples = "C1234567") String passportNumber,
            LocalDate passportExpiresOn,

            @Size(max = 50) @Schema(description = "The national ID (CCCD) number")
            String idNumber,

            @Size(max = 50) String visaNumber,
            LocalDate visaExpiresOn) {}

    @Schema(name = "PersonDelegation", description = "One delegation the person was a member of.")
    public record DelegationEntry(
            Long delegationId,
            String title,
            String direction,
            String status,
            LocalDate startDate,
            LocalDate endDate,

            @Schema(description = "The member's role: HEAD, DEPUTY, MEMBER, INTERPRETER…")
            String role,

            String position) {}

    @Schema(name = "PersonCourse", description = "One course the person was a trainee of.")
    public record CourseEntry(
            Long courseId,
            String title,
            LocalDate startDate,
            LocalDate endDate,
            String status,
            String participantStatus) {}

    @Schema(
            name = "PersonRecord",
            description = "Everything the person took part in, newest first, within the caller's scope.")
    public record RecordEntries(List<DelegationEntry> delegations, List<CourseEntry> courses) {}
}
