package vn.diplomacy.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CrossField;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.RecordView;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipRef;

public final class TrainingDtos {
    /** BCP 47 language tag: a 2–3 letter language with optional subtags (lo, vi, en-GB, zh-Hans). */
    static final String BCP47 = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";

    private TrainingDtos() {}

    @Schema(name = "TrainingCourseInput", description = "What a client sends to plan or edit a training course.")
    @CrossField.Ordered(first = "startDate", second = "endDate")
    @CrossField.Ordered(first = "registrationDeadline", second = "endDate")
    public record CourseInput(
            @NotBlank @Size(max = 300) @Schema(examples = "Bồi dưỡng kiến thức đối ngoại nhân dân năm 2023")
            String title,

            @NotNull @Schema(examples = "PEOPLE_DIPLOMACY") TrainingTopic topic,

            @NotBlank
            @Pattern(regexp = BCP47, message = "must be a BCP 47 language tag such as vi, lo or en-GB")
            @Schema(description = "BCP 47 tag of the teaching language", examples = "vi")
            String language,

            @NotNull @Positive @Schema(description = "The organising agency")
            Long organizerOrganizationId,

            @Positive @Schema(description = "Optional; the partnership the course serves")
            Long partnershipId,

            @Size(max = 300) @Schema(examples = "Hội trường Nhà khách Minh Thanh, Tuyên Quang")
            String location,

            @NotNull @Schema(examples = "2023-10-18") LocalDate startDate,

            @NotNull @Schema(description = "On or after startDate", examples = "2023-10-19")
            LocalDate endDate,

            @NotNull
            @Min(1)
            @Max(100000)
            @Schema(description = "Seats; at least the number already registered", examples = "150")
            Integer capacity,

            @NotNull @Schema(description = "Last day to register; on or before endDate", examples = "2023-10-15")
            LocalDate registrationDeadline,

            @Size(max = 10000) String description,

            @Min(1)
            @Max(100)
            @Schema(
                    description = "Percent of sessions attended (PRESENT or LATE) to complete; default 80",
                    examples = "80")
            Integer completionThreshold) {}

    @Schema(name = "TrainingCourse")
    public record CourseView(
            Long id,
            String title,
            TrainingTopic topic,
            String language,
            CourseStatus status,

            @Schema(description = "The transitions the caller may make now")
            List<CourseStatus> allowedTransitions,

            Long organizerOrganizationId,
            OrganizationRef organizer,
            Long partnershipId,
            PartnershipRef partnership,
            String location,
            LocalDate startDate,
            LocalDate endDate,
            int capacity,

            @Schema(description = "Participants holding a seat (REGISTERED or COMPLETED)")
            long registeredCount,

            @Schema(description = "Length of the waitlist") long waitlistCount,
            long sessionCount,

            @Schema(description = "capacity - registeredCount, never negative")
            long seatsLeft,

            LocalDate registrationDeadline,

            @Schema(description = "OPEN and the deadline not passed (office time zone)")
            boolean registrationOpen,

            String description,
            int completionThreshold,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(name = "TrainingTransitionRequest")
    public record TransitionRequest(
            @NotNull @Schema(examples = "OPEN") CourseStatus to,
            @Size(max = 2000) String note) {}

    @Schema(name = "TrainingTransition")
    public record TransitionView(Long id, CourseStatus from, CourseStatus to, String note, String by, Instant at) {}

    @Schema(name = "TrainingSessionInput")
    public record SessionInput(
            @NotNull @Schema(description = "Within the course's dates", examples = "2023-10-18")
            LocalDate date,

            @NotNull
            @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    pattern = "^\\d{2}:\\d{2}(:\\d{2})?$",
                    examples = "08:00")
            LocalTime startTime,

            @NotNull
            @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    pattern = "^\\d{2}:\\d{2}(:\\d{2})?$",
                    description = "After startTime",
                    examples = "11:30")
            LocalTime endTime,

            @NotBlank @Size(max = 300) @Schema(examples = "Chỉ thị 12-CT/TW về công tác đối ngoại nhân dân")
            String title,

            @Size(max = 200) @Schema(examples = "Phan Anh Sơn")
            String trainer,

            @Size(max = 200) @Schema(examples = "Hội trường A")
            String room) {}

    @Schema(name = "TrainingSession")
    public record SessionView(
            Long id,
            Long courseId,
            LocalDate date,

            @JsonFormat(pattern = "HH:mm")
            @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    pattern = "^\\d{2}:\\d{2}$",
                    examples = "08:00")
            LocalTime startTime,

            @JsonFormat(pattern = "HH:mm")
            @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    pattern = "^\\d{2}:\\d{2}$",
                    examples = "08:00")
            LocalTime endTime,

            String title,
            String trainer,
            String room,

            @Schema(description = "Participants marked for this session")
            long markedCount,

            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(
            name = "TrainingParticipantInput",
            description = "A trainee; give organizationId (registry) or organizationName.")
    public record ParticipantInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Thị Lan")
            String fullName,

            @Positive
            @Schema(
                    description = "The trainee in the registry of persons; without it the person of the same name"
                            + " and agency is found, or added")
            Long personId,

            @Positive @Schema(description = "The trainee's agency in the registry")
            Long organizationId,

            @Size(max = 300)
            @Schema(description = "When the agency is not in the registry", examples = "Sở Ngoại vụ Hà Tĩnh")
            String organizationName,

            @Size(max = 200) @Schema(examples = "Chuyên viên")
            String position,

            Gender gender,
            @Email @Size(max = 254) String email,
            @Size(max = 50) String phone,
            @Size(max = 2000) String notes) {}

    @Schema(name = "TrainingParticipant")
    public record ParticipantView(
            Long id,
            Long courseId,
            String fullName,

            @Schema(description = "The trainee in the registry of persons")
            Long personId,

            Long organizationId,
            OrganizationRef organization,
            String organizationName,
            String position,
            Gender gender,
            String email,
            String phone,
            String notes,
            ParticipantStatus status,

            @Schema(description = "1-based place in the queue while WAITLISTED")
            Integer waitlistPosition,

            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(
            name = "TrainingImportDuplicate",
            description = "A row skipped because the trainee is already in the file or the course")
    public record ImportDuplicate(
            @Schema(description = "Line in the file (the header is line 1)")
            int line,

            String fullName,
            @Schema(examples = "same email as line 4") String reason,

            @Schema(
                    description = "The rule: same-email, or same-name-and-organization",
                    examples = "same-name-and-organization")
            String code,

            @Schema(description = "The earlier line of the file this row repeats, if it repeats one", examples = "4")
            Integer duplicateOfLine,

            @Schema(description = "The participant already in the course this row repeats, if it repeats one")
            Long duplicateOfParticipantId,

            @Schema(description = "The name on the row or participant it repeats")
            String duplicateOfName) {}

    @Schema(name = "TrainingImportResult")
    public record ImportResult(int imported, int registered, int waitlisted, List<ImportDuplicate> duplicates) {}

    @Schema(name = "AttendanceMark")
    public record MarkInput(
            @NotNull @Positive Long participantId,
            @NotNull @Schema(examples = "PRESENT") AttendanceStatus status,
            @Size(max = 1000) String note) {}

    @Schema(
            name = "AttendanceSheetInput",
            description = "The session's whole attendance sheet; re-marking replaces it.")
    public record SheetInput(@NotNull @Size(max = 2000) List<@NotNull @Valid MarkInput> marks) {}

    @Schema(name = "AttendanceMarkView")
    public record MarkView(Long participantId, String fullName, AttendanceStatus status, String note) {}

    @Schema(name = "AttendanceSheet")
    public record SheetView(
            Long sessionId,

            @Schema(description = "The session's version (its ETag without quotes)")
            long version,

            List<MarkView> marks) {}

    @Schema(name = "AttendanceGridSession")
    public record GridSession(
            Long id,
            LocalDate date,

            @JsonFormat(pattern = "HH:mm")
            @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    pattern = "^\\d{2}:\\d{2}$",
                    examples = "08:00")
            LocalTime startTime,

            String title,

            @Schema(description = "The session's version, for If-Match when marking")
            long version) {}

    @Schema(name = "AttendanceGridCell")
    public record GridCell(Long sessionId, AttendanceStatus status, String note) {}

    @Schema(name = "AttendanceGridRow")
    public record GridRow(
            Long participantId,
            String fullName,
            String organizationName,
            ParticipantStatus status,

            @Schema(description = "Only the sessions with a mark")
            List<GridCell> marks,

            @Schema(description = "Sessions PRESENT or LATE")
            int attended,

            @Schema(
                    description = "attended / sessions in percent, one decimal; absent without sessions",
                    examples = "80.0")
            BigDecimal rate,

            @Schema(description = "rate ≥ the course's completionThreshold")
            boolean meetsThreshold) {}

    @Schema(
            name = "AttendanceGrid",
            description = "Seated participants (REGISTERED, COMPLETED) × sessions, with rates.")
    public record Grid(
            Long courseId,
            int completionThreshold,
            List<GridSession> sessions,
            List<GridRow> rows,

            @Schema(description = "Mean of the rows' rates; absent without sessions or rows", examples = "86.7")
            BigDecimal averageRate) {}

    @Schema(name = "TrainingCompletionRow")
    public record CompletionRow(Long participantId, String fullName, int attended, int sessions, BigDecimal rate) {}

    @Schema(name = "TrainingCompletion", description = "The completed course and who completed it, who did not.")
    public record Completion(CourseView course, List<CompletionRow> completed, List<CompletionRow> notCompleted) {}
}
