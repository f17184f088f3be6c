package vn.diplomacy.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.partnership.Pillar;

@Entity
@Table(name = "delegation")
public class Delegation extends AuditedEntity {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Column(nullable = false)
    public String title;

    public String purpose;

    @Column(name = "counterpart_organization_id", nullable = false)
    public Long counterpartOrganizationId;

    @Column(name = "home_organization_id", nullable = false)
    public Long homeOrganizationId;

    @Column(name = "partnership_id")
    public Long partnershipId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public String location;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    @Enumerated(EnumType.STRING)
    public Pillar pillar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DelegationLevel level;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    public String outcome;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DelegationStatus status;

    /** Kept with the member list (replaced as a whole), so that list rows need no extra query. */
    @Column(name = "head_name")
    public String headName;

    @Column(name = "member_count", nullable = false)
    public int memberCount;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(title, purpose, location, headName);
    }
}
