package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads the aid data version in a transaction of its own (for callers outside one). */
@ApplicationScoped
public class AidDataVersions {
    private final AidConversions conversions;

    AidDataVersions(AidConversions conversions) {
        this.conversions = conversions;
    }

    @Transactional
    public long current() {
        return conversions.dataVersion();
    }
}
