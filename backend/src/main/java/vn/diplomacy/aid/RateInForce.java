package vn.diplomacy.aid;

/**
 * The one rule for "the rate in force on a date": the currency's latest rate dated on or before it, i.e. the rate
 * whose period [date, validUntil) holds it (validUntil is the next rate's date, kept by AidConversions). Written once
 * for native SQL and once for JPQL, both here.
 */
final class RateInForce {
    private RateInForce() {}

    /** Native SQL over exchange_rate {@code rate}: in force on the SQL expression {@code date}. */
    static String sql(String rate, String date) {
        return rate + ".rate_date <= " + date + " and " + rate + ".valid_until > " + date;
    }

    /** JPQL over ExchangeRate {@code rate}: in force on the JPQL expression {@code date}. */
    static String jpql(String rate, String date) {
        return date + " >= " + rate + ".date and " + date + " < " + rate + ".validUntil";
    }
}
