package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.diplomacy.aid.AidProgressReportDtos.AidProgressReportInput;
import vn.diplomacy.aid.AidProgressReportDtos.AidProgressReportView;
import vn.diplomacy.aid.AidProgressReportDtos.CommitmentRef;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.NestedRecordService;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Where;
import vn.diplomacy.partnership.Links;

/** The aid owners' periodic reports: one aid's, and the list across all aid with the overdue ones. */
@ApplicationScoped
public class AidProgressReportService implements NestedRecordService<AidProgressReportInput, AidProgressReportView> {
    static final SortFields SORTABLE =
            ListQuery.sortable(AidProgressReport.class, "dueOn", "periodStart", "receivedOn", "createdAt", "updatedAt");

    private final AidProgressReportRepository reports;
    private final AidCommitmentService commitments;
    private final AidCommitmentRepository commitmentRows;
    private final AidReportSchedule schedule;
    private final Links links;
    private final Today today;

    AidProgressReportService(
            AidProgressReportRepository reports,
            AidCommitmentService commitments,
            AidCommitmentRepository commitmentRows,
            AidReportSchedule schedule,
            Links links,
            Today today) {
        this.reports = reports;
        this.commitments = commitments;
        this.commitmentRows = commitmentRows;
        this.schedule = schedule;
        this.links = links;
        this.today = today;
    }

    @Transactional
    public PageResult<AidProgressReportView> list(PageParams params, AidProgressReportFilters filters) {
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        Where where = f.where();
        Boolean overdue = f.value("overdue");
        if (overdue != null) {
            where.and(
                    overdue ? "receivedOn is null and dueOn < :today" : "(receivedOn is not null or dueOn >= :today)",
                    "today",
                    today.date());
        }
        return PageResult.viewed(reports, "", where, f.list(), this::views);
    }

    @Transactional
    public PageResult<AidProgressReportView> list(long commitmentId, PageParams params) {
        commitments.find(commitmentId);
        Filtered f = FilterSet.read(params, SORTABLE, vn.diplomacy.common.NoFilters.UNSEARCHABLE);
        Where where = f.where().and("commitmentId = :commitmentId", "commitmentId", commitmentId);
        return PageResult.viewed(reports, "", where, f.list(), this::views);
    }

    @Override
    @Transactional
    public AidProgressReportView get(long commitmentId, long id) {
        return one(find(commitmentId, id));
    }

    @Override
    @Transactional
    public AidProgressReportView create(long commitmentId, AidProgressReportInput input) {
        commitments.find(commitmentId);
        if (input.period() != AidReportPeriod.AD_HOC) {
            throw ProblemException.invalid(
                    "period", "must be AD_HOC: half-yearly, yearly and final reports are scheduled by the aid's steps");
        }
        AidProgressReport r = new AidProgressReport();
        r.commitmentId = commitmentId;
        r.period = input.period();
        r.periodStart = input.periodStart();
        apply(r, input);
        reports.persistAndFlush(r);
        return one(r);
    }

    @Override
    @Transactional
    public AidProgressReportView update(long commitmentId, long id, String ifMatch, AidProgressReportInput input) {
        AidProgressReport r = find(commitmentId, id);
        ETags.requireMatch(ifMatch, r.version);
        if (r.period != AidReportPeriod.AD_HOC
                && (input.period() != r.period
                        || !input.periodStart().equals(r.periodStart)
                        || !input.periodEnd().equals(r.periodEnd))) {
            throw ProblemException.conflict(
                    "aid-report-scheduled",
                    Map.of("period", r.period),
                    "A scheduled report keeps its period; record its receipt, summary and notes");
        }
        r.periodStart = input.periodStart();
        apply(r, input);
        reports.flush();
        return one(r);
    }

    @Override
    @Transactional
    public void delete(long commitmentId, long id, String ifMatch) {
        AidProgressReport r = find(commitmentId, id);
        ETags.requireMatch(ifMatch, r.version);
        if (r.period != AidReportPeriod.AD_HOC) {
            throw ProblemException.conflict(
                    "aid-report-scheduled",
                    Map.of("period", r.period),
                    "A scheduled report is owed while the aid is under way; it is not deleted");
        }
        reports.delete(r);
        reports.flush();
    }

    private void apply(AidProgressReport r, AidProgressReportInput input) {
        if (input.receivedOn() != null && input.receivedOn().isAfter(today.date())) {
            throw ProblemException.invalid("receivedOn", "cannot be in the future");
        }
        r.periodEnd = input.periodEnd();
        r.dueOn = input.dueOn() != null ? input.dueOn() : schedule.dueOn(input.periodEnd());
        r.receivedOn = input.receivedOn();
        r.summary = blankToNull(input.summary());
        r.notes = blankToNull(input.notes());
    }

    private AidProgressReport find(long commitmentId, long id) {
        commitments.find(commitmentId);
        AidProgressReport r = reports.findById(id);
        if (r == null || !r.commitmentId.equals(commitmentId)) {
            throw ProblemException.notFound("Progress report", id);
        }
        return r;
    }

    private AidProgressReportView one(AidProgressReport r) {
        return views(List.of(r)).apply(r);
    }

    private Function<AidProgressReport, AidProgressReportView> views(List<AidProgressReport> items) {
        List<Long> ids = items.stream().map(r -> r.commitmentId).distinct().toList();
        Map<Long, AidCommitment> aid = ids.isEmpty()
                ? Map.of()
                : commitmentRows.list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c));
        Links.Loaded linked = links.load(
                aid.values().stream()
                        .flatMap(c -> Stream.of(c.aidOwnerOrganizationId, c.beneficiaryOrganizationId))
                        .toList(),
                List.of());
        LocalDate now = today.date();
        return r -> {
            AidCommitment c = aid.get(r.commitmentId);
            boolean overdue = r.receivedOn == null && r.dueOn.isBefore(now);
            return new AidProgressReportView(
                    r.id,
                    r.commitmentId,
                    c == null
                            ? null
                            : new CommitmentRef(
                                    c.id,
                                    c.title,
                                    linked.organization(c.aidOwnerOrganizationId),
                                    linked.organization(c.beneficiaryOrganizationId)),
                    r.period,
                    r.periodStart,
                    r.periodEnd,
                    r.dueOn,
                    r.receivedOn,
                    overdue,
                    overdue ? ChronoUnit.DAYS.between(r.dueOn, now) : 0,
                    r.summary,
                    r.notes,
                    r.createdAt,
                    r.createdBy,
                    r.updatedAt,
                    r.updatedBy,
                    r.version);
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
