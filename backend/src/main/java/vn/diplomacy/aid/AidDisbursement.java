package vn.diplomacy.aid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.changes.Recorded;

@Recorded(value = "disbursement", parent = AidCommitment.class, parentId = "commitmentId")
@Entity
@Table(name = "aid_disbursement")
public class AidDisbursement extends AuditedEntity {
    public Long commitmentId;

    @Column(name = "disbursement_date")
    public LocalDate date;

    public BigDecimal amount;
    public String currency;

    /** The amount in the base currency at the disbursement date; null when no rate is known. Set in SQL. */
    @Column(insertable = false, updatable = false)
    public BigDecimal amountBase;

    @Column(insertable = false, updatable = false)
    public Long rateId;

    public String note;
}
