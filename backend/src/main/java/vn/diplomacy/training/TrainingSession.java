package vn.diplomacy.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.diplomacy.common.AuditedEntity;

@Entity
@Table(name = "training_session")
public class TrainingSession extends AuditedEntity {
    @Column(name = "course_id", nullable = false)
    public Long courseId;

    @Column(name = "session_date", nullable = false)
    public LocalDate sessionDate;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    public LocalTime endTime;

    @Column(nullable = false)
    public String title;

    public String trainer;
    public String room;
}
