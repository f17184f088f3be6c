package vn.diplomacy.registration;

import java.time.LocalDate;

/** Derived on every read from the dates, the revocation and a later certificate renewing it, so it is never stale. */
public enum RegistrationStatus {
    ACTIVE,
    EXPIRED,
    REVOKED,
    RENEWED;

    static final String RENEWED_IDS = "(select r.renewsId from NgoRegistration r where r.renewsId is not null)";

    public static RegistrationStatus of(LocalDate validUntil, LocalDate revokedOn, boolean renewed, LocalDate today) {
        if (revokedOn != null && !revokedOn.isAfter(today)) {
            return REVOKED;
        }
        if (renewed) {
            return RENEWED;
        }
        return validUntil.isBefore(today) ? EXPIRED : ACTIVE;
    }

    /** The same rule as a JPQL condition on alias-free NgoRegistration fields, with a {@code :today} parameter. */
    public String condition() {
        String notRevoked = "(revokedOn is null or revokedOn > :today)";
        return switch (this) {
            case REVOKED -> "revokedOn <= :today";
            case RENEWED -> notRevoked + " and id in " + RENEWED_IDS;
            case EXPIRED -> notRevoked + " and id not in " + RENEWED_IDS + " and validUntil < :today";
            case ACTIVE -> notRevoked + " and id not in " + RENEWED_IDS + " and validUntil >= :today";
        };
    }
}
