package vn.diplomacy.training;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.changes.Recorded;

@Recorded(value = "session", parent = TrainingCourse.class, parentId = "courseId")
@Entity
@Table(name = "training_session")
public class TrainingSession extends AuditedEntity {
    public Long courseId;
    public LocalDate sessionDate;
    public LocalTime startTime;
    public LocalTime endTime;
    public String title;
    public String trainer;
    public String room;
}
