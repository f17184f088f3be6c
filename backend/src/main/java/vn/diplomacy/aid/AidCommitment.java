package vn.diplomacy.aid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.SearchText;

@Entity
@Table(name = "aid_commitment")
public class AidCommitment extends AuditedEntity {
    @Column(nullable = false)
    public String title;

    @Column(name = "ngo_id", nullable = false)
    public Long ngoId;

    @Column(name = "donor_country_code", nullable = false)
    public String donorCountryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AidKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AidSector sector;

    @Column(name = "beneficiary_organization_id", nullable = false)
    public Long beneficiaryOrganizationId;

    @Column(name = "partnership_id")
    public Long partnershipId;

    @Column(name = "committed_amount", nullable = false)
    public BigDecimal committedAmount;

    @Column(name = "committed_currency", nullable = false)
    public String committedCurrency;

    /** The committed amount in the base currency at the commitment date; null when no rate is known. Set in SQL. */
    @Column(name = "committed_base", insertable = false, updatable = false)
    public BigDecimal committedBase;

    @Column(name = "committed_rate_id", insertable = false, updatable = false)
    public Long committedRateId;

    @Column(name = "commitment_date", nullable = false)
    public LocalDate commitmentDate;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AidStatus status;

    @Column(name = "approval_decision_no")
    public String approvalDecisionNo;

    @Column(name = "approval_date")
    public LocalDate approvalDate;

    @Column(name = "counterpart_amount")
    public BigDecimal counterpartAmount;

    @Column(name = "counterpart_currency")
    public String counterpartCurrency;

    public String description;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(title, approvalDecisionNo);
    }
}
