package vn.diplomacy.stay;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CrossField;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.RecordView;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;

public final class StayDtos {
    private StayDtos() {}

    @Schema(
            name = "StayInput",
            description = "A foreigner's stay in the province: a Lao student, a foreign volunteer, an expert…")
    @CrossField.Ordered(first = "startDate", second = "endDate")
    public record StayInput(
            @NotNull @Positive @Schema(description = "The person of the registry", examples = "12")
            Long personId,

            @NotNull @Positive @Schema(description = "The office keeping the record (its scope)", examples = "2")
            Long homeOrganizationId,

            @NotNull @Schema(examples = "STUDENT") StayKind kind,

            @Positive @Schema(description = "The school or host agency, when it is in the registry")
            Long hostOrganizationId,

            @Size(max = 300)
            @Schema(description = "The school or host agency otherwise", examples = "Trường Đại học Hà Tĩnh")
            String hostName,

            @Size(max = 300)
            @Schema(description = "The programme or scholarship", examples = "Học bổng Hiệp định Việt Nam – Lào")
            String programme,

            @Size(max = 300) @Schema(description = "Who pays for it", examples = "Chính phủ Việt Nam")
            String sponsor,

            @Size(max = 300) @Schema(description = "What the person studies or works on", examples = "Kế toán")
            String fieldOfStudy,

            @NotNull @Schema(examples = "2024-09-05") LocalDate startDate,

            @NotNull @Schema(description = "The planned end; on or after startDate", examples = "2028-06-30")
            LocalDate endDate,

            @Schema(
                    description = "Absent: PLANNED before startDate, COMPLETED after endDate, else ACTIVE. ACTIVE,"
                            + " COMPLETED and DISCONTINUED not before startDate; COMPLETED not before endDate;"
                            + " DISCONTINUED with a statusReason.")
            StayStatus status,

            @Size(max = 1000) @Schema(description = "Why the stay ended early")
            String statusReason,

            @Size(max = 5000) String notes) {}

    @Schema(name = "StayPerson", description = "The person staying, as the stay list shows them.")
    public record StayPerson(Long id, String fullName, String passportName, String nationality, Gender gender) {}

    @Schema(name = "Stay")
    public record StayView(
            Long id,
            Long personId,
            StayPerson person,
            Long homeOrganizationId,
            OrganizationRef home,
            StayKind kind,
            Long hostOrganizationId,
            OrganizationRef host,
            String hostName,
            String programme,
            String sponsor,
            String fieldOfStudy,
            LocalDate startDate,
            LocalDate endDate,
            StayStatus status,
            String statusReason,
            String notes,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}
}
