package vn.diplomacy.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.changes.Recorded;

/** One participant's mark for one session (unique per pair). */
@Recorded(value = "attendance", parent = TrainingParticipant.class, parentId = "participantId")
@Entity
@Table(name = "training_attendance")
public class Attendance extends AuditedEntity {
    public Long sessionId;
    public Long participantId;

    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;

    public String note;
}
