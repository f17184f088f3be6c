package vn.diplomacy.registration;

import java.time.LocalDate;
import java.util.List;
import vn.diplomacy.aid.AidSector;
import vn.diplomacy.registration.NgoRegistrationDtos.Representative;

/** The shape of {@code demo/registrations.json}. */
record DemoRegistrationData(String issuedBy, List<Certificate> certificates) {
    /** A certificate; {@code expiresInDays} instead of dates keeps one about to expire whenever the demo starts. */
    record Certificate(
            String ngo,
            String country,
            RegistrationKind kind,
            String number,
            LocalDate issuedOn,
            LocalDate validUntil,
            Integer expiresInDays,
            String home,
            List<String> provinces,
            List<AidSector> fields,
            Representative representative,
            String plan,
            String renews,
            String notes) {}
}
