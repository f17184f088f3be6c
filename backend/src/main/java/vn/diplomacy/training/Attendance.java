package vn.diplomacy.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;

/** One participant's mark for one session (unique per pair). */
@Entity
@Table(name = "training_attendance")
public class Attendance extends AuditedEntity {
    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "participant_id", nullable = false)
    public Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceStatus status;

    public String note;
}
