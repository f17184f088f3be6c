package vn.diplomacy.aid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.changes.Recorded;

/** Units of the base currency (VND) per 1 unit of {@code currency}, in force from {@code date} until the next rate. */
@Recorded("exchange-rate")
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends AuditedEntity {
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    public String currency;

    @Column(name = "rate_date")
    public LocalDate date;

    public BigDecimal rate;

    /** The next rate's date (exclusive), kept by the service so that reports join on a range instead of a subquery. */
    public LocalDate validUntil = OPEN_END;

    public String source;
}
