package vn.diplomacy.aid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;

@Entity
@Table(name = "aid_disbursement")
public class AidDisbursement extends AuditedEntity {
    @Column(name = "commitment_id", nullable = false)
    public Long commitmentId;

    @Column(name = "disbursement_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    /** The amount in the base currency at the disbursement date; null when no rate is known. Set in SQL. */
    @Column(name = "amount_base", insertable = false, updatable = false)
    public BigDecimal amountBase;

    @Column(name = "rate_id", insertable = false, updatable = false)
    public Long rateId;

    public String note;
}
