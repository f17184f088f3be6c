package vn.diplomacy.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.diplomacy.activity.ActivityFilters;
import vn.diplomacy.activity.ActivityKind;
import vn.diplomacy.activity.ActivityService;
import vn.diplomacy.aid.AidFilters;
import vn.diplomacy.aid.AidReport;
import vn.diplomacy.aid.AidReportDtos;
import vn.diplomacy.aid.AidReportQuery;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.Localities;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Where;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.delegation.DelegationFilters;
import vn.diplomacy.delegation.DelegationReport;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.partnership.AgreementFilters;
import vn.diplomacy.partnership.AgreementService;
import vn.diplomacy.partnership.PartnershipFilters;
import vn.diplomacy.partnership.PartnershipService;
import vn.diplomacy.registration.NgoPresenceReport;
import vn.diplomacy.report.PeriodicReportDtos.Activities;
import vn.diplomacy.report.PeriodicReportDtos.Aid;
import vn.diplomacy.report.PeriodicReportDtos.AidGroup;
import vn.diplomacy.report.PeriodicReportDtos.Count;
import vn.diplomacy.report.PeriodicReportDtos.Delegations;
import vn.diplomacy.report.PeriodicReportDtos.Highlight;
import vn.diplomacy.report.PeriodicReportDtos.Ngos;
import vn.diplomacy.report.PeriodicReportDtos.Partnerships;
import vn.diplomacy.report.PeriodicReportDtos.Report;
import vn.diplomacy.report.PeriodicReportDtos.Sections;
import vn.diplomacy.report.PeriodicReportDtos.Stays;
import vn.diplomacy.report.PeriodicReportDtos.Training;
import vn.diplomacy.report.PeriodicReportDtos.TrainingGroup;
import vn.diplomacy.stay.StaySummary;
import vn.diplomacy.training.TrainingReport;

/**
 * The report an office sends up for a period and a scope, each section taken from the list or report the office
 * can also ask for on its own, with the same filters (so every figure equals what that API answers).
 */
@ApplicationScoped
public class PeriodicReport {
    static final int MAX_YEARS = 10;
    private static final int HIGHLIGHTS = 30;

    private final EntityManager em;
    private final ActivityService activities;
    private final DelegationReport delegations;
    private final PartnershipService partnerships;
    private final AgreementService agreementSearch;
    private final NgoPresenceReport ngos;
    private final AidReport aid;
    private final TrainingReport training;
    private final StaySummary stays;
    private final OrganizationRepository organizations;
    private final Today today;

    PeriodicReport(
            EntityManager em,
            ActivityService activities,
            DelegationReport delegations,
            PartnershipService partnerships,
            AgreementService agreementSearch,
            NgoPresenceReport ngos,
            AidReport aid,
            TrainingReport training,
            StaySummary stays,
            OrganizationRepository organizations,
            Today today) {
        this.em = em;
        this.activities = activities;
        this.delegations = delegations;
        this.partnerships = partnerships;
        this.agreementSearch = agreementSearch;
        this.ngos = ngos;
        this.aid = aid;
        this.training = training;
        this.stays = stays;
        this.organizations = organizations;
        this.today = today;
    }

    @Transactional
    public Report report(LocalDate from, LocalDate to, Long homeOrganizationId, boolean compare, ExportLanguage l) {
        if (from == null || to == null) {
            throw ProblemException.invalid(
                    from == null ? "from" : "to", "is required (e.g. from=2016-01-01&to=2016-12-31)");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw ProblemException.invalid("to", "a report covers at most " + MAX_YEARS + " years");
        }
        OrganizationRef scope = null;
        if (homeOrganizationId != null) {
            Organization home = organizations.findById(homeOrganizationId);
            if (home == null) {
                throw ProblemException.invalid(
                        "homeOrganizationId", "organization " + homeOrganizationId + " does not exist");
            }
            Scope.writable(homeOrganizationId, "homeOrganizationId");
            scope = OrganizationRef.of(home);
        }
        // Whole months (a half-year, a year, a term) compare with as many months before; else as many days.
        LocalDate previousTo = from.minusDays(1);
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
        LocalDate previousFrom = wholeMonths
                ? from.minusMonths(ChronoUnit.MONTHS.between(from, to.plusDays(1)))
                : from.minusDays(ChronoUnit.DAYS.between(from, to) + 1);
        String title = l.t("Báo cáo kết quả công tác đối ngoại nhân dân", "Report on people-to-people diplomacy") + " "
                + period(from, to, l);
        return new Report(
                from,
                to,
                scope,
                title,
                today.date(),
                sections(from, to, homeOrganizationId, l),
                compare ? previousFrom : null,
                compare ? previousTo : null,
                compare ? sections(previousFrom, previousTo, homeOrganizationId, l) : null);
    }

    /** "năm 2016", "6 tháng đầu năm 2024", "giai đoạn 2018–2023", else "từ 01/03/2024 đến 31/05/2024". */
    static String period(LocalDate from, LocalDate to, ExportLanguage l) {
        boolean yearStart = from.getDayOfYear() == 1;
        boolean yearEnd = to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
        if (yearStart && yearEnd) {
            return from.getYear() == to.getYear()
                    ? l.t("năm ", "") + from.getYear()
                    : l.t("giai đoạn ", "") + from.getYear() + "–" + to.getYear();
        }
        if (yearStart && from.getYear() == to.getYear() && to.equals(LocalDate.of(to.getYear(), 6, 30))) {
            return l.t("6 tháng đầu năm ", "first half of ") + from.getYear();
        }
        return l.t("từ ", "from ") + l.date(from) + l.t(" đến ", " to ") + l.date(to);
    }

    Sections sections(LocalDate from, LocalDate to, Long home, ExportLanguage l) {
        return new Sections(
                activities(from, to, home, l),
                delegations(from, to, home, l),
                partnerships(from, to, home),
                ngos(to, home),
                aid(from, to, home, l),
                training(from, to, home, l),
                stays(from, to, home, l));
    }

    private Stays stays(LocalDate from, LocalDate to, Long home, ExportLanguage l) {
        StaySummary.Summary summary = stays.of(params(from, to, home, Map.of()));
        return new Stays(
                summary.stays(),
                summary.persons(),
                summary.byKind().stream()
                        .map(g -> new Count(g.key(), l.label("stays", "kinds", g.key()), g.stays(), g.persons()))
                        .toList(),
                summary.byNationality().stream()
                        .map(g -> new Count(
                                g.key(),
                                g.key().isEmpty()
                                        ? l.t("Chưa rõ quốc tịch", "Nationality unknown")
                                        : l.country(g.key()),
                                g.stays(),
                                g.persons()))
                        .toList());
    }

    /** The period and the scope as list parameters, plus the section's own. */
    private static PageParams params(LocalDate from, LocalDate to, Long home, Map<String, String> more) {
        Map<String, String> query = new HashMap<>(more);
        query.put("from", from.toString());
        query.put("to", to.toString());
        if (home != null) {
            query.put("scopeOrganizationId", home.toString());
        }
        return PageParams.of(query);
    }

    private Activities activities(LocalDate from, LocalDate to, Long home, ExportLanguage l) {
        Filtered f = activities.filter(params(from, to, home, Map.of("status", "HELD")), new ActivityFilters());
        Where where = f.where();
        var q = em.createQuery(
                "select kind, count(*), coalesce(sum(participantsVietnamese), 0), coalesce(sum(participantsForeign), 0)"
                        + " from Activity where " + where.jpql() + " group by kind order by kind",
                Object[].class);
        where.params().forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        List<Count> byKind = rows.stream()
                .map(r -> new Count(
                        String.valueOf(r[0]),
                        l.label("activities", "kinds", r[0]),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue() + ((Number) r[3]).longValue()))
                .toList();
        var h = em.createQuery(
                "select id, startDate, kind, title, outcome from Activity where " + where.jpql()
                        + " order by startDate, id",
                Object[].class);
        where.params().forEach(h::setParameter);
        List<Highlight> highlights = h.setMaxResults(HIGHLIGHTS).getResultList().stream()
                .map(r -> new Highlight(
                        (Long) r[0], (LocalDate) r[1], l.label("activities", "kinds", r[2]), (String) r[3], (String)
                                r[4]))
                .toList();
        return new Activities(
                byKind.stream().mapToLong(Count::count).sum(),
                rows.stream().mapToLong(r -> ((Number) r[2]).longValue()).sum(),
                rows.stream().mapToLong(r -> ((Number) r[3]).longValue()).sum(),
                byKind,
                byKind.stream()
                        .filter(c -> c.key().equals(ActivityKind.CONFERENCE.name()))
                        .mapToLong(Count::count)
                        .sum(),
                highlights);
    }

    private DelegationReport.Report delegationsBy(LocalDate from, LocalDate to, Long home, String groupBy) {
        DelegationReport.Options options = new DelegationReport.Options();
        options.groupBy = groupBy;
        return delegations.report(
                params(from, to, home, Map.of("status", "COMPLETED")), new DelegationFilters(), options);
    }

    private Delegations delegations(LocalDate from, LocalDate to, Long home, ExportLanguage l) {
        DelegationReport.Report byDirection = delegationsBy(from, to, home, "direction");
        Map<String, Long> directions = new HashMap<>();
        byDirection.rows().forEach(r -> directions.put(r.key(), r.delegations()));
        List<Count> byLevel = delegationsBy(from, to, home, "level").rows().stream()
                .map(r -> new Count(r.key(), l.label("delegations", "levels", r.key()), r.delegations(), r.members()))
                .toList();
        List<Count> byCountry = delegationsBy(from, to, home, "country").rows().stream()
                .map(r -> new Count(r.key(), l.country(r.key()), r.delegations(), r.members()))
                .toList();
        return new Delegations(
                byDirection.totalDelegations(),
                byDirection.totalMembers(),
                directions.getOrDefault("INCOMING", 0L),
                directions.getOrDefault("OUTGOING", 0L),
                byLevel,
                byCountry);
    }

    private Partnerships partnerships(LocalDate from, LocalDate to, Long home) {
        Map<String, String> query = new HashMap<>(Map.of("activeOn", to.toString(), "size", "1"));
        if (home != null) {
            query.put("scopeOrganizationId", home.toString());
        }
        long active = partnerships
                .list(PageParams.of(query), new PartnershipFilters())
                .totalItems();
        return new Partnerships(active, agreements("signed", from, to, home), agreements("expires", from, to, home));
    }

    /** The agreements signed (or expiring) in the period, as the agreement search counts them. */
    private long agreements(String date, LocalDate from, LocalDate to, Long home) {
        Map<String, String> query = new HashMap<>(Map.of(date + "From", from.toString(), date + "To", to.toString()));
        query.put("size", "1");
        if (home != null) {
            query.put("scopeOrganizationId", home.toString());
        }
        return agreementSearch
                .search(PageParams.of(query), new AgreementFilters.Search())
                .totalItems();
    }

    private Ngos ngos(LocalDate to, Long home) {
        NgoPresenceReport.Query query = new NgoPresenceReport.Query();
        Map<String, String> raw = new HashMap<>(Map.of("year", String.valueOf(to.getYear())));
        if (home != null) {
            Long province =
                    Localities.asOf(em, LocalDate.of(1900, 1, 1), List.of(home)).province(home);
            raw.put("provinceId", String.valueOf(province == null ? home : province));
        }
        NgoPresenceReport.Report report = ngos.report(PageParams.of(raw), query);
        return new Ngos(report.year(), report.totalRegistered(), report.totalActive());
    }

    private AidReportDtos.Report aidBy(LocalDate from, LocalDate to, Long home, String groupBy) {
        AidReportQuery query = new AidReportQuery();
        query.groupBy = groupBy;
        // Expected commitments (PIPELINE) and cancelled ones are not aid committed in the period.
        return aid.report(params(from, to, home, Map.of("committed", "true")), new AidFilters(), query, null);
    }

    private Aid aid(LocalDate from, LocalDate to, Long home, ExportLanguage l) {
        AidReportDtos.Report byDonor = aidBy(from, to, home, "ngo");
        return new Aid(
                byDonor.currency(),
                byDonor.totals().projects(),
                byDonor.totals().committed(),
                byDonor.totals().disbursed(),
                byDonor.totals().counterpartFunding(),
                groups(byDonor, r -> r.label()),
                groups(aidBy(from, to, home, "donorCountry"), r -> l.country(r.key())),
                groups(aidBy(from, to, home, "sector"), r -> l.label("aid", "sectors", r.key())),
                groups(aidBy(from, to, home, "beneficiary"), r -> r.label()));
    }

    private static List<AidGroup> groups(
            AidReportDtos.Report report, java.util.function.Function<AidReportDtos.Row, String> label) {
        return report.rows().stream()
                .map(r -> new AidGroup(r.key(), label.apply(r), r.projects(), r.committed(), r.disbursed()))
                .toList();
    }

    private Training training(LocalDate from, LocalDate to, Long home, ExportLanguage l) {
        TrainingReport.Query query = new TrainingReport.Query();
        query.groupBy = "topic";
        TrainingReport.Report report = training.report(params(from, to, home, Map.of()), query);
        return new Training(
                report.totalTrainees(),
                report.totalCompletions(),
                report.rows().stream()
                        .map(r -> new TrainingGroup(
                                r.key(),
                                l.label("training", "topics", r.key()),
                                r.courses(),
                                r.trainees(),
                                r.completions()))
                        .toList());
    }
}
