package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.Today;

/**
 * The reports an aid owner owes (Decree 80/2020, 313/2025: periodic reports to the managing agency): while the aid is
 * under way, one per period of the configured kinds that its dates cover, due some days after the period; a final
 * report once completed. Kept as rows, so the overdue list is one indexed query; {@link #sync} brings them in line
 * after a step or an edit of the dates, leaving received and ad-hoc reports alone.
 */
@ApplicationScoped
class AidReportSchedule {
    /** A schedule is not drawn beyond this many years (an aid without an end). */
    static final int MAX_YEARS = 10;

    private final AidProgressReportRepository reports;
    private final Today today;
    private final Set<AidReportPeriod> periods = EnumSet.noneOf(AidReportPeriod.class);
    private final int dueDays;

    AidReportSchedule(AidProgressReportRepository reports, Today today, AppConfig config) {
        this.reports = reports;
        this.today = today;
        config.aid().progressReportPeriods().forEach(p -> periods.add(AidReportPeriod.valueOf(p.trim())));
        this.dueDays = config.aid().progressReportDueDays();
    }

    record Due(AidReportPeriod period, LocalDate start, LocalDate end) {}

    LocalDate dueOn(LocalDate periodEnd) {
        return periodEnd.plusDays(dueDays);
    }

    /** The reports the aid owes as it stands. */
    List<Due> expected(AidCommitment c) {
        List<Due> due = new ArrayList<>();
        boolean underWay =
                c.approvalStatus == AidApprovalStatus.IMPLEMENTATION || c.approvalStatus == AidApprovalStatus.COMPLETED;
        if (!underWay || c.startDate == null) {
            return due;
        }
        LocalDate last = c.approvalStatus == AidApprovalStatus.COMPLETED && c.completedOn != null
                ? c.completedOn
                : c.endDate != null ? c.endDate : today.date();
        if (last.isBefore(c.startDate)) {
            last = c.startDate;
        }
        int lastYear = Math.min(last.getYear(), c.startDate.getYear() + MAX_YEARS);
        for (int year = c.startDate.getYear(); year <= lastYear; year++) {
            LocalDate firstHalfEnd = LocalDate.of(year, 6, 30);
            if (periods.contains(AidReportPeriod.HALF_YEAR)
                    && !c.startDate.isAfter(firstHalfEnd)
                    && !last.isBefore(LocalDate.of(year, 1, 1))) {
                due.add(new Due(AidReportPeriod.HALF_YEAR, LocalDate.of(year, 1, 1), firstHalfEnd));
            }
            if (periods.contains(AidReportPeriod.YEAR)) {
                due.add(new Due(AidReportPeriod.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        }
        if (c.approvalStatus == AidApprovalStatus.COMPLETED) {
            due.add(new Due(AidReportPeriod.FINAL, c.startDate, last));
        }
        return due;
    }

    /** Adds the reports now owed and drops the scheduled ones no longer owed that were not received. */
    void sync(AidCommitment c) {
        Map<String, AidProgressReport> existing = new HashMap<>();
        for (AidProgressReport r : reports.list("commitmentId", c.id)) {
            existing.put(r.period + "|" + r.periodStart, r);
        }
        for (Due d : expected(c)) {
            AidProgressReport r = existing.remove(d.period() + "|" + d.start());
            boolean added = r == null;
            if (added) {
                r = new AidProgressReport();
                r.commitmentId = c.id;
                r.period = d.period();
                r.periodStart = d.start();
            }
            if (r.receivedOn == null) {
                r.periodEnd = d.end();
                r.dueOn = dueOn(d.end());
            }
            if (added) {
                reports.persist(r);
            }
        }
        existing.values().stream()
                .filter(r -> r.receivedOn == null && r.period != AidReportPeriod.AD_HOC)
                .forEach(reports::delete);
    }
}
