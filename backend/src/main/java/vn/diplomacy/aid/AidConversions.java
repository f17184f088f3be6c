package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.diplomacy.common.AppConfig;

/**
 * Keeps each commitment's and disbursement's value in the base currency, looked up in SQL from the rate in force on
 * its value date (the latest rate on or before it). Reports then sum a stored column instead of searching a rate
 * for every row. Called inside the writer's transaction; a missing rate leaves the value null ("unconverted").
 */
@ApplicationScoped
public class AidConversions {
    private static final String COMMITMENTS = """
            update aid_commitment c
              left join exchange_rate r on r.currency = c.committed_currency
                and %s
            set c.committed_base = case when c.committed_currency = :base then c.committed_amount
                                        else c.committed_amount * r.rate end,
                c.committed_rate_id = r.id
            where\s""".formatted(RateInForce.sql("r", "c.commitment_date"));
    private static final String DISBURSEMENTS = """
            update aid_disbursement d
              left join exchange_rate r on r.currency = d.currency
                and %s
            set d.amount_base = case when d.currency = :base then d.amount else d.amount * r.rate end,
                d.rate_id = r.id
            where\s""".formatted(RateInForce.sql("r", "d.disbursement_date"));

    private final EntityManager em;
    private final String base;

    AidConversions(EntityManager em, AppConfig config) {
        this.em = em;
        this.base = config.aid().baseCurrency();
    }

    public String base() {
        return base;
    }

    void commitment(long id) {
        em.flush();
        em.createNativeQuery(COMMITMENTS + "c.id = :id")
                .setParameter("base", base)
                .setParameter("id", id)
                .executeUpdate();
    }

    void disbursement(long id) {
        em.flush();
        em.createNativeQuery(DISBURSEMENTS + "d.id = :id")
                .setParameter("base", base)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** After a rate of {@code currency} changed: the rows valued in [from, until) may now use another rate. */
    void range(String currency, LocalDate from, LocalDate until) {
        em.flush();
        em.createNativeQuery(
                        COMMITMENTS
                                + "c.committed_currency = :currency and c.commitment_date >= :from and c.commitment_date < :until")
                .setParameter("base", base)
                .setParameter("currency", currency)
                .setParameter("from", from)
                .setParameter("until", until)
                .executeUpdate();
        em.createNativeQuery(DISBURSEMENTS
                        + "d.currency = :currency and d.disbursement_date >= :from and d.disbursement_date < :until")
                .setParameter("base", base)
                .setParameter("currency", currency)
                .setParameter("from", from)
                .setParameter("until", until)
                .executeUpdate();
    }

    /** Re-values everything (after a bulk load). */
    void all() {
        em.flush();
        em.createNativeQuery(COMMITMENTS + "1 = 1").setParameter("base", base).executeUpdate();
        em.createNativeQuery(DISBURSEMENTS + "1 = 1").setParameter("base", base).executeUpdate();
    }

    /** Every aid write bumps this counter in its own transaction; cached reports are keyed by it. */
    void changed() {
        em.createNativeQuery("update aid_data_version set version = version + 1 where id = 1")
                .executeUpdate();
    }

    /** Serialises writes of exchange rates: each re-chains its currency's validity ranges. */
    void lockRates() {
        em.createNativeQuery("select version from aid_data_version where id = 1 for update")
                .getResultList();
    }

    long dataVersion() {
        return ((Number) em.createNativeQuery("select version from aid_data_version where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /** A disbursement with its value in the commitment's currency and in the base currency (null: no rate). */
    record Converted(
            long id,
            long commitmentId,
            BigDecimal amount,
            String currency,
            BigDecimal inCommitment,
            String commitmentCurrency,
            BigDecimal inBase) {}

    /**
     * The disbursements of these commitments, each converted at its own date: same currency as is; otherwise through
     * the base currency with the commitment currency's rate in force on the disbursement date.
     */
    @SuppressWarnings("unchecked")
    List<Converted> disbursements(Collection<Long> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.commitment_id, d.amount, d.currency, d.amount_base, c.committed_currency, x.rate
                from aid_disbursement d
                  join aid_commitment c on c.id = d.commitment_id
                  left join exchange_rate x on x.currency = c.committed_currency
                    and %s
                where d.commitment_id in (:ids)
                order by d.disbursement_date, d.id""".formatted(RateInForce.sql("x", "d.disbursement_date")))
                .setParameter("ids", commitmentIds)
                .getResultList();
        List<Converted> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            BigDecimal amount = (BigDecimal) r[2];
            String currency = (String) r[3];
            BigDecimal inBase = (BigDecimal) r[4];
            String target = (String) r[5];
            BigDecimal targetRate = (BigDecimal) r[6];
            BigDecimal inCommitment;
            if (currency.equals(target)) {
                inCommitment = amount;
            } else if (inBase == null) {
                inCommitment = null;
            } else if (target.equals(base)) {
                inCommitment = inBase;
            } else {
                inCommitment = targetRate == null ? null : inBase.divide(targetRate, 10, RoundingMode.HALF_EVEN);
            }
            result.add(new Converted(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    amount,
                    currency,
                    inCommitment,
                    target,
                    inBase));
        }
        return result;
    }
}
