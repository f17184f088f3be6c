package vn.diplomacy.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

@Recorded("training-course")
@HomeOrganization("organizerOrganizationId")
@Entity
@Table(name = "training_course")
public class TrainingCourse extends AuditedEntity {
    public String title;

    @Enumerated(EnumType.STRING)
    public TrainingTopic topic;

    /** BCP 47 tag of the teaching language, e.g. {@code lo} for a Lao course. */
    public String language;

    public Long organizerOrganizationId;
    public Long partnershipId;
    public String location;
    public LocalDate startDate;
    public LocalDate endDate;
    public int capacity;
    public LocalDate registrationDeadline;

    @Enumerated(EnumType.STRING)
    public CourseStatus status;

    public String description;

    /** Percent of sessions attended (PRESENT or LATE) needed to complete. */
    public int completionThreshold;

    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(title, location, description);
    }
}
