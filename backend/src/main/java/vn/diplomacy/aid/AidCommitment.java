package vn.diplomacy.aid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

@Recorded("aid-commitment")
@HomeOrganization("beneficiaryOrganizationId")
@Entity
@Table(name = "aid_commitment")
public class AidCommitment extends AuditedEntity {
    public String title;
    public Long ngoId;
    public String donorCountryCode;

    @Enumerated(EnumType.STRING)
    public AidKind kind;

    @Enumerated(EnumType.STRING)
    public AidNonProjectForm nonProjectForm;

    @Enumerated(EnumType.STRING)
    public AidSector sector;

    public Long beneficiaryOrganizationId;
    public Long partnershipId;
    public BigDecimal committedAmount;
    public String committedCurrency;

    /** The committed amount in the base currency at the commitment date; null when no rate is known. Set in SQL. */
    @Column(insertable = false, updatable = false)
    public BigDecimal committedBase;

    @Column(insertable = false, updatable = false)
    public Long committedRateId;

    public LocalDate commitmentDate;
    public LocalDate startDate;
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public AidStatus status;

    public String approvalDecisionNo;
    public LocalDate approvalDate;

    /** Moved only by AidLifecycle's transitions. */
    @Enumerated(EnumType.STRING)
    public AidApprovalStatus approvalStatus = AidApprovalStatus.DOSSIER_RECEIVED;

    public LocalDate dossierReceivedOn;
    public LocalDate dossierCompleteOn;
    public String approvingAuthority;
    public LocalDate refusedOn;
    public String refusalReason;
    public LocalDate revokedOn;
    public String revocationReason;
    public LocalDate completedOn;
    public Long aidOwnerOrganizationId;
    public Long implementingPartnerOrganizationId;
    public BigDecimal counterpartAmount;
    public String counterpartCurrency;
    public String description;
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(title, approvalDecisionNo);
    }
}
