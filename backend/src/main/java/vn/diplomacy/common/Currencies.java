package vn.diplomacy.common;

import java.util.Currency;
import java.util.regex.Pattern;

/** Real ISO 4217 currencies: the metals, test and accounting units (XAU, XTS, XXX, XDR...) are not money here. */
public final class Currencies {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Currencies() {}

    /** The currency for an upper-case ISO 4217 code, or null when it is not a real currency. */
    public static Currency find(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            // The pseudo-currencies are exactly the ones without minor units defined.
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
