package vn.diplomacy.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;

/** One step of a course's workflow; who and when are the audit columns. */
@Entity
@Table(name = "training_course_transition")
public class CourseTransition extends AuditedEntity {
    @Column(name = "course_id", nullable = false)
    public Long courseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CourseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CourseStatus toStatus;

    public String note;
}
