package vn.diplomacy.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The shape of {@code demo/partnerships.json}: organizations by name (Vietnamese ones are in {@code homes}). */
record DemoPartnershipData(List<String> homes, List<Entry> partnerships) {
    record Place(String name, String country) {}

    record Entry(
            String home,
            Place partner,
            PartnershipType type,
            Set<Pillar> pillars,
            Set<CooperationField> fields,
            LocalDate start,
            LocalDate end,
            String description,
            List<Paper> agreements) {}

    record Paper(
            AgreementKind kind,
            String code,
            String title,
            LocalDate signed,
            LocalDate effective,
            LocalDate expires,
            Integer expiresInDays) {}
}
