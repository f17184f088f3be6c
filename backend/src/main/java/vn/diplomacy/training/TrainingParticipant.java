package vn.diplomacy.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

@Recorded(value = "participant", parent = TrainingCourse.class, parentId = "courseId")
@Entity
@Table(name = "training_participant")
public class TrainingParticipant extends AuditedEntity {
    public Long courseId;
    public String fullName;

    /** The trainee in the registry of persons (found or added when the row is saved). */
    public Long personId;

    /** The trainee's agency when it is in the registry; otherwise only {@link #organizationName}. */
    public Long organizationId;

    /** Free text, or a copy of the registry name when organizationId is set (kept for exports and duplicates). */
    public String organizationName;

    public String position;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String email;
    public String phone;
    public String notes;

    @Enumerated(EnumType.STRING)
    public ParticipantStatus status;

    /** 1-based place in the queue while WAITLISTED, else null; kept without gaps. */
    public Integer waitlistPosition;

    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(fullName, organizationName, position, email);
    }
}
