package vn.diplomacy.delegation;

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
import vn.diplomacy.partnership.Pillar;

@Recorded("delegation")
@HomeOrganization("homeOrganizationId")
@Entity
@Table(name = "delegation")
public class Delegation extends AuditedEntity {
    @Enumerated(EnumType.STRING)
    public Direction direction;

    public String title;
    public String purpose;
    public Long counterpartOrganizationId;
    public Long homeOrganizationId;
    public Long partnershipId;
    public LocalDate startDate;
    public LocalDate endDate;
    public String location;
    public String countryCode;

    @Enumerated(EnumType.STRING)
    public Pillar pillar;

    @Enumerated(EnumType.STRING)
    public DelegationLevel level;

    public BigDecimal budgetAmount;
    public String budgetCurrency;
    public String outcome;
    public String cancellationReason;

    /** The approval decision, recorded by the APPROVED step. */
    public String decisionNumber;

    public LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    public ApprovingAuthority approvingAuthority;

    public String invitationFrom;
    public LocalDate invitationDate;

    @Enumerated(EnumType.STRING)
    public FundingSource fundingSource;

    public String fundingSponsor;
    public Boolean inYearlyPlan;

    /** The end date plus the office's days for the written report after return (DelegationRules). */
    public LocalDate reportDueOn;

    @Enumerated(EnumType.STRING)
    public DelegationStatus status;

    /** Kept with the member list (replaced as a whole), so that list rows need no extra query. */
    public String headName;

    public int memberCount;
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(title, purpose, location, headName);
    }
}
