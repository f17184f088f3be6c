package vn.diplomacy.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.SearchText;

@Entity
@Table(name = "training_course")
public class TrainingCourse extends AuditedEntity {
    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingTopic topic;

    /** BCP 47 tag of the teaching language, e.g. {@code lo} for a Lao course. */
    @Column(nullable = false)
    public String language;

    @Column(name = "organizer_organization_id", nullable = false)
    public Long organizerOrganizationId;

    @Column(name = "partnership_id")
    public Long partnershipId;

    public String location;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "registration_deadline", nullable = false)
    public LocalDate registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CourseStatus status;

    public String description;

    /** Percent of sessions attended (PRESENT or LATE) needed to complete. */
    @Column(name = "completion_threshold", nullable = false)
    public int completionThreshold;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(title, location, description);
    }
}
