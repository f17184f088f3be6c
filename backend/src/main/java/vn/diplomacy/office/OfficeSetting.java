package vn.diplomacy.office;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.changes.Recorded;

/** What one office (a home organization) has chosen for itself and the units below it. */
@Recorded("office-setting")
@HomeOrganization("organizationId")
@Entity
@Table(name = "office_setting")
public class OfficeSetting extends AuditedEntity {
    public Long organizationId;

    /** Days after a delegation's return within which its report is due; null: as the office above, or the default. */
    public Integer delegationReportDueDays;
}
