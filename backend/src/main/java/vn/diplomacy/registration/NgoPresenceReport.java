package vn.diplomacy.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.aid.AidApprovalStatus;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.Localities;
import vn.diplomacy.common.Nested;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.RollUp;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.Today;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.organization.OrganizationRepository;

/**
 * Per province and year: the foreign NGOs whose certificate permitted work there at some time in the year, against
 * those that committed or disbursed aid to a beneficiary there in the year (Lâm Đồng: 52 registered, 23 giving aid).
 * Only donors that register under Decree 58/2022 (NGOs, foundations) count: an embassy's aid is not an NGO's.
 * Certificates are a national registry: every office's records count, but a scoped caller sees only its province.
 */
@ApplicationScoped
public class NgoPresenceReport {
    /** Before every administrative reform: each unit counts as itself. */
    private static final LocalDate UNROLLED = LocalDate.of(1900, 1, 1);

    private final EntityManager em;
    private final OrganizationRepository organizations;
    private final Today today;

    NgoPresenceReport(EntityManager em, OrganizationRepository organizations, Today today) {
        this.em = em;
        this.organizations = organizations;
        this.today = today;
    }

    /** The report's parameters, each declared once. */
    public static class Query {
        @jakarta.ws.rs.QueryParam("groupBy")
        @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                description = "Rows per province (the only grouping: certificates name provinces)",
                schema =
                        @Schema(
                                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                enumeration = {"province"},
                                defaultValue = "province"))
        public String groupBy;

        @Filter(min = 1900, max = 2200, description = "The calendar year; this year when absent", example = "2024")
        public Integer year;

        @Filter(description = "Only this province (a scoped caller sees its own only)", example = "1")
        public Long provinceId;

        @Nested
        public RollUp rollUp = new RollUp();
    }

    @Schema(name = "NgoPresenceRow")
    public record Row(
            OrganizationRef province,

            @Schema(description = "NGOs with a certificate permitting work here in the year", examples = "52")
            int registered,

            @Schema(description = "NGOs that committed or disbursed aid here in the year", examples = "23")
            int active,

            @Schema(description = "Registered and active", examples = "21")
            int activeRegistered,

            @Schema(description = "Active without a certificate permitting this province", examples = "2")
            int activeUnregistered,

            List<OrganizationRef> unregisteredNgos) {}

    @Schema(name = "NgoPresenceReport")
    public record Report(
            int year,
            List<Row> rows,

            @Schema(description = "Distinct NGOs registered in any province shown")
            int totalRegistered,

            @Schema(description = "Distinct NGOs active in any province shown")
            int totalActive) {}

    @Transactional
    public Report report(PageParams params, Query query) {
        Filtered f = FilterSet.read(params, NgoRegistrationService.SORTABLE, query);
        if (query.groupBy != null && !query.groupBy.equals("province")) {
            throw vn.diplomacy.common.ProblemException.invalid("groupBy", "must be province");
        }
        Integer asked = f.value("year");
        int year = asked == null ? today.date().getYear() : asked;
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Long only = only(f.value("provinceId"));
        LocalDate asOf = query.rollUp.asOf == null ? UNROLLED : query.rollUp.asOf;

        List<Object[]> certificates = em.createQuery(
                        "select r.ngoId, r.permittedProvinceIds from NgoRegistration r where r.issuedOn <= :end"
                                + " and r.validUntil >= :start and (r.revokedOn is null or r.revokedOn >= :start)",
                        Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        List<Object[]> gave = em.createQuery(
                        "select distinct c.ngoId, c.beneficiaryOrganizationId from AidCommitment c where"
                                + " c.ngoId in (select o.id from Organization o where o.type in :registering)"
                                // a dossier, a refusal or a revoked approval is no aid given
                                + " and c.approvalStatus in :approved"
                                + " and (c.commitmentDate between :start and :end or c.id in (select d.commitmentId"
                                + " from AidDisbursement d where d.date between :start and :end))",
                        Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .setParameter("registering", NgoRegistrationService.NGO_TYPES)
                .setParameter("approved", AidApprovalStatus.APPROVED_STEPS)
                .getResultList();
        Set<Long> places = new HashSet<>();
        for (Object[] c : certificates) {
            @SuppressWarnings("unchecked")
            Set<Long> ids = (Set<Long>) c[1];
            places.addAll(ids);
        }
        gave.forEach(g -> places.add((Long) g[1]));
        Localities units = Localities.asOf(em, asOf, places);

        Map<Long, Set<Long>> registered = new TreeMap<>();
        for (Object[] c : certificates) {
            @SuppressWarnings("unchecked")
            Set<Long> ids = (Set<Long>) c[1];
            ids.forEach(p -> registered
                    .computeIfAbsent(units.province(p), k -> new TreeSet<>())
                    .add((Long) c[0]));
        }
        Map<Long, Set<Long>> active = new TreeMap<>();
        gave.forEach(g -> active.computeIfAbsent(units.province((Long) g[1]), k -> new TreeSet<>())
                .add((Long) g[0]));

        Set<Long> provinces = new TreeSet<>(registered.keySet());
        provinces.addAll(active.keySet());
        if (only != null) {
            provinces.retainAll(Set.of(only));
        }
        Set<Long> ngos = new HashSet<>();
        provinces.forEach(p -> ngos.addAll(active.getOrDefault(p, Set.of())));
        Set<Long> named = new HashSet<>(provinces);
        named.addAll(ngos);
        Map<Long, OrganizationRef> refs = new TreeMap<>();
        if (!named.isEmpty()) {
            organizations.findByIds(named).forEach(o -> refs.put(o.id, OrganizationRef.of(o)));
        }
        List<Row> rows = new ArrayList<>();
        Set<Long> allRegistered = new HashSet<>();
        Set<Long> allActive = new HashSet<>();
        for (Long p : provinces) {
            Set<Long> r = registered.getOrDefault(p, Set.of());
            Set<Long> a = active.getOrDefault(p, Set.of());
            allRegistered.addAll(r);
            allActive.addAll(a);
            List<OrganizationRef> unregistered = a.stream()
                    .filter(n -> !r.contains(n))
                    .map(refs::get)
                    .sorted(Comparator.comparing(OrganizationRef::name))
                    .toList();
            int both = (int) a.stream().filter(r::contains).count();
            rows.add(new Row(refs.get(p), r.size(), a.size(), both, unregistered.size(), unregistered));
        }
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        rows.sort(Comparator.comparing(
                row -> row.province() == null ? "" : row.province().name(), vietnamese));
        return new Report(year, rows, allRegistered.size(), allActive.size());
    }

    /** The one province to show: the asked one, and for a scoped caller its own (another one is a 403). */
    private Long only(Long asked) {
        Scope scope = Scope.current();
        if (scope == null || scope.national()) {
            return asked;
        }
        Long own =
                Localities.asOf(em, UNROLLED, List.of(scope.organizationId())).province(scope.organizationId());
        if (asked != null && !asked.equals(own)) {
            Scope.writable(asked, "provinceId");
        }
        return own;
    }
}
