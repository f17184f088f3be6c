package vn.diplomacy.aid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.changes.Recorded;

/** One opinion asked on an aid dossier: of whom, when, and what came back. */
@Recorded(value = "aid-opinion", parent = AidCommitment.class, parentId = "commitmentId")
@Entity
@Table(name = "aid_opinion")
public class AidOpinion extends AuditedEntity {
    public Long commitmentId;
    public String agency;

    @Enumerated(EnumType.STRING)
    public AidOpinionKind agencyKind;

    public LocalDate askedOn;
    public LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    public AidOpinionVerdict verdict;

    public String answer;
}
