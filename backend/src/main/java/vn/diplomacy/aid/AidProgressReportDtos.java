package vn.diplomacy.aid;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CrossField;
import vn.diplomacy.common.RecordView;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;

/** The aid owner's periodic reports. */
public final class AidProgressReportDtos {
    private AidProgressReportDtos() {}

    @Schema(
            name = "AidProgressReportInput",
            description = "A report owed or received. Scheduled reports (HALF_YEAR, YEAR, FINAL) are created by the"
                    + " aid's lifecycle and only their receipt, summary and notes change; AD_HOC ones are added here.")
    @CrossField.Ordered(first = "periodStart", second = "periodEnd")
    public record AidProgressReportInput(
            @NotNull @Schema(examples = "AD_HOC") AidReportPeriod period,
            @NotNull @Schema(examples = "2026-01-01") LocalDate periodStart,
            @NotNull @Schema(examples = "2026-06-30") LocalDate periodEnd,

            @Schema(description = "Defaults to the configured days after the period's end", examples = "2026-07-15")
            LocalDate dueOn,

            @Schema(examples = "2026-07-10") LocalDate receivedOn,
            @Size(max = 20000) String summary,
            @Size(max = 2000) String notes) {}

    @Schema(name = "AidProgressReportCommitment", description = "The aid a report is about, with its owner.")
    public record CommitmentRef(Long id, String title, OrganizationRef aidOwner, OrganizationRef beneficiary) {}

    @Schema(name = "AidProgressReport")
    public record AidProgressReportView(
            Long id,
            Long commitmentId,
            CommitmentRef commitment,
            AidReportPeriod period,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueOn,
            LocalDate receivedOn,

            @Schema(description = "Not received and past its due date")
            boolean overdue,

            @Schema(description = "Days past the due date while not received; 0 otherwise")
            long daysOverdue,

            String summary,
            String notes,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}
}
