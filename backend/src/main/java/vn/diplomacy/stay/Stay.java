package vn.diplomacy.stay;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

/** A foreigner's stay in the province (a Lao student, a foreign volunteer…): a person of the registry, a host. */
@Recorded("stay")
@HomeOrganization("homeOrganizationId")
@Entity
@Table(name = "stay")
public class Stay extends AuditedEntity {
    public Long personId;
    public Long homeOrganizationId;

    @Enumerated(EnumType.STRING)
    public StayKind kind;

    /** The school or host agency when it is in the registry; else hostName. */
    public Long hostOrganizationId;

    public String hostName;
    public String programme;
    public String sponsor;
    public String fieldOfStudy;
    public LocalDate startDate;
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public StayStatus status;

    public String statusReason;
    public String notes;
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(hostName, programme, sponsor, fieldOfStudy);
    }
}
