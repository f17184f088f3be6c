package vn.diplomacy.aid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.changes.Recorded;

/** One report the aid owner owes for a period, scheduled from the aid's dates (AidReportSchedule); received or not. */
@Recorded(value = "aid-progress-report", parent = AidCommitment.class, parentId = "commitmentId")
@Entity
@Table(name = "aid_progress_report")
public class AidProgressReport extends AuditedEntity {
    public Long commitmentId;

    @Enumerated(EnumType.STRING)
    public AidReportPeriod period;

    public LocalDate periodStart;
    public LocalDate periodEnd;
    public LocalDate dueOn;
    public LocalDate receivedOn;
    public String summary;
    public String notes;
}
