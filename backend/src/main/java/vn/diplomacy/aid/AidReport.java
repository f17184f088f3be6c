package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.diplomacy.aid.AidReportDtos.Report;
import vn.diplomacy.aid.AidReportDtos.Row;
import vn.diplomacy.aid.AidReportDtos.StackItem;
import vn.diplomacy.aid.AidReportDtos.Totals;
import vn.diplomacy.aid.AidReportDtos.Unconverted;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.Localities;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SharedCache;
import vn.diplomacy.common.Where;
import vn.diplomacy.common.export.ExportParams;

/**
 * Aid committed and disbursed, grouped in the database. Converted figures sum the stored base-currency values (or,
 * for another report currency, join each row to that currency's rate range); original-currency figures are summed
 * per currency and never added across currencies. Results are cached per filter until the next aid or rate write.
 */
@ApplicationScoped
public class AidReport {
    private static final int CACHE_SIZE = 200;
    private static final String SHARED_AREA = "aid-report";

    private final AidConversions conversions;
    private final AidReportDetails details;
    private final SharedCache shared;
    private final Map<String, Report> cache = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();

    AidReport(AidConversions conversions, AidReportDetails details, SharedCache shared) {
        this.conversions = conversions;
        this.details = details;
        this.shared = shared;
    }

    @Transactional
    public Report report(PageParams params, AidFilters filters, AidReportQuery query, ExportParams export) {
        Filtered filter = FilterSet.read(params, AidCommitmentService.SORTABLE, filters, query, export);
        String rawGroup = filter.value("groupBy");
        String rawStack = filter.value("stackBy");
        String rawCurrency = filter.value("currency");
        AidGroupBy groupBy = AidGroupBy.of(rawGroup == null ? "year" : rawGroup, "groupBy");
        AidGroupBy stackBy = rawStack == null ? null : AidGroupBy.of(rawStack, "stackBy");
        if (stackBy == groupBy) {
            throw ProblemException.invalid("stackBy", "must differ from groupBy");
        }
        String target = rawCurrency == null ? conversions.base() : rawCurrency.toUpperCase(Locale.ROOT);
        if (vn.diplomacy.common.Currencies.find(target) == null) {
            throw ProblemException.invalid("currency", "must be an ISO 4217 currency code such as VND or USD");
        }
        Where where = filter.where();
        // Read in this transaction's snapshot, so the cached answer matches the version it is filed under.
        // groupBy, stackBy and currency enter the key as resolved, so "currency=VND" and no currency share an entry.
        // A scoped caller's figures cover its subtree only: its scope is part of what the answer is filed under.
        Scope scope = Scope.current();
        long version = conversions.dataVersion();
        String key = groupBy + "|" + stackBy + "|" + target + "|"
                + (scope == null ? null : scope.organizationId()) + "|"
                + filter.described("groupBy", "stackBy", "currency");
        Report report = cache.get(version + "|" + key);
        if (report != null) {
            return report;
        }
        // Another replica (its warmer) may have computed it for this version already.
        report = shared.get(SHARED_AREA, key, version, Report.class);
        if (report == null) {
            Localities asOf = query.rollUp == null ? null : query.rollUp.localities(details.em(), List.of());
            report = compute(groupBy, stackBy, target, where, filter.described(), asOf);
            computed.incrementAndGet();
            shared.put(SHARED_AREA, key, version, report);
        }
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(version + "|" + key, report);
        return report;
    }

    private Report compute(
            AidGroupBy groupBy, AidGroupBy stackBy, String target, Where where, List<String> filters, Localities asOf) {
        boolean base = target.equals(conversions.base());
        String f = where.jpql();
        // As of a day, localities are grouped by beneficiary in the database and folded into today's units here.
        boolean rolled = asOf != null && groupBy.locality();
        String g = groupBy.expression(asOf != null);
        // Disbursements count in the period they were paid, not in their commitment's: the same filters, with the
        // period (year, from, to) applied to the disbursement's date, and grouped by its year when by year.
        Where paidWhere = where.renamed("c.commitmentDate", "d.date");
        String pf = paidWhere.jpql();
        String pg = rolled ? g : groupBy.disbursementExpression;
        // Another report currency converts through the base value with the target's rate in force on each date; those
        // rates form one chain from the first one on, so anything dated before it has no rate.
        Map<String, Object> extra = base ? Map.of() : Map.of("target", target, "firstRate", details.firstRate(target));
        Map<String, AidReportGroup> groups = new TreeMap<>();
        Set<Long> rateIds = new HashSet<>();
        long unconvertedCount = 0;

        // Commitments: one pass over the selection, by group, currency, rate used and counterpart currency.
        String missing = base
                ? "c.committedBase is null"
                : "c.committedCurrency <> :target and (c.committedBase is null or c.commitmentDate < :firstRate)";
        for (Object[] r : details.query(
                        "select " + g + ", c.committedCurrency, c.committedRateId, c.counterpartCurrency, count(c.id),"
                                + " sum(c.committedAmount), sum(c.committedBase), sum(c.counterpartAmount), sum(case when "
                                + missing
                                + " then 1 else 0 end) from AidCommitment c where " + f + " group by " + g
                                + ", c.committedCurrency, c.committedRateId, c.counterpartCurrency",
                        where,
                        extra)
                .getResultList()) {
            AidReportGroup group = groups.computeIfAbsent(AidReportDetails.key(r[0]), AidReportGroup::new);
            String currency = (String) r[1];
            long count = ((Number) r[4]).longValue();
            BigDecimal amount = (BigDecimal) r[5];
            group.projects += count;
            AidReportGroup.Original original = group.currency(currency);
            original.projects += count;
            original.committed = plus(original.committed, amount);
            if (base) {
                group.committed = group.committed.add(AidReportDetails.nz(r[6]));
            } else if (currency.equals(target)) {
                group.committed = group.committed.add(amount);
            }
            if (r[2] != null && (base || !currency.equals(target))) {
                rateIds.add(((Number) r[2]).longValue());
            }
            if (r[3] != null) {
                group.counterpart.merge((String) r[3], (BigDecimal) r[7], BigDecimal::add);
            }
            unconvertedCount += ((Number) r[8]).longValue();
        }

        // Disbursements of the selected commitments, each valued at its own date.
        String disbursementMissing = base
                ? "d.amountBase is null"
                : "d.currency <> :target and (d.amountBase is null or d.date < :firstRate)";
        for (Object[] r : details.query(
                        "select " + pg + ", d.currency, d.rateId, sum(d.amount), sum(d.amountBase), sum(case when "
                                + disbursementMissing
                                + " then 1 else 0 end) from AidDisbursement d join AidCommitment c on c.id = d.commitmentId"
                                + " where " + pf + " group by " + pg + ", d.currency, d.rateId",
                        paidWhere,
                        extra)
                .getResultList()) {
            AidReportGroup group = groups.computeIfAbsent(AidReportDetails.key(r[0]), AidReportGroup::new);
            String currency = (String) r[1];
            BigDecimal amount = (BigDecimal) r[3];
            AidReportGroup.Original original = group.currency(currency);
            original.disbursed = plus(original.disbursed, amount);
            if (base) {
                group.disbursed = group.disbursed.add(AidReportDetails.nz(r[4]));
            } else if (currency.equals(target)) {
                group.disbursed = group.disbursed.add(amount);
            }
            if (r[2] != null && (base || !currency.equals(target))) {
                rateIds.add(((Number) r[2]).longValue());
            }
            unconvertedCount += ((Number) r[5]).longValue();
        }

        if (!base) {
            // Driven from the target's rate periods, each a range of the date index: a join per row would not scale.
            // The currency test stays in the sum: in the WHERE it turns the optimizer to a block nested loop over all
            // rows.
            for (Object[] r : details.query(
                            "select " + g
                                    + ", x.id, sum(case when c.committedCurrency <> :target then c.committedBase / x.rate end)"
                                    + " from ExchangeRate x join AidCommitment c on "
                                    + RateInForce.jpql("x", "c.commitmentDate")
                                    + " where x.currency = :target and " + f + " group by " + g + ", x.id",
                            where,
                            extra)
                    .getResultList()) {
                AidReportGroup group = groups.computeIfAbsent(AidReportDetails.key(r[0]), AidReportGroup::new);
                group.committed = group.committed.add(AidReportDetails.nz(r[2]));
                rateIds.add(((Number) r[1]).longValue());
            }
            for (Object[] r : details.query(
                            "select " + pg
                                    + ", x.id, sum(case when d.currency <> :target then d.amountBase / x.rate end)"
                                    + " from ExchangeRate x join AidDisbursement d on "
                                    + RateInForce.jpql("x", "d.date")
                                    + " join AidCommitment c on c.id = d.commitmentId where x.currency = :target and "
                                    + pf + " group by " + pg + ", x.id",
                            paidWhere,
                            extra)
                    .getResultList()) {
                AidReportGroup group = groups.computeIfAbsent(AidReportDetails.key(r[0]), AidReportGroup::new);
                group.disbursed = group.disbursed.add(AidReportDetails.nz(r[2]));
                rateIds.add(((Number) r[1]).longValue());
            }
        }

        if (rolled) {
            groups = fold(groups, rollKey(groupBy, asOf));
        }
        Map<String, List<StackItem>> stacks = stackBy == null
                ? Map.of()
                : details.stacks(
                        g,
                        stackBy,
                        rolled ? rollKey(groupBy, asOf) : k -> k,
                        asOf != null && stackBy.locality() ? rollKey(stackBy, asOf) : null,
                        base,
                        target,
                        where,
                        extra);
        Map<String, String> labels = details.labels(groupBy, groups.keySet());
        List<Row> rows = new ArrayList<>();
        AidReportGroup total = new AidReportGroup("total");
        for (AidReportGroup group : groups.values()) {
            rows.add(new Row(
                    group.key,
                    labels.getOrDefault(group.key, group.key),
                    group.projects,
                    Money.of(group.committed, target),
                    Money.of(group.disbursed, target),
                    group.byCurrency(),
                    group.counterpartList(),
                    stackBy == null ? null : stacks.getOrDefault(group.key, List.of())));
            total.add(group);
        }
        if (groupBy == AidGroupBy.YEAR
                || groupBy == AidGroupBy.STATUS
                || groupBy == AidGroupBy.KIND
                || groupBy == AidGroupBy.APPROVAL_STATUS) {
            rows.sort(Comparator.comparing(Row::key));
        } else {
            rows.sort(Comparator.comparing(Row::committed, Comparator.comparing(Money::amount))
                    .reversed()
                    .thenComparing(Row::label));
        }
        Totals totals = new Totals(
                total.projects,
                Money.of(total.committed, target),
                Money.of(total.disbursed, target),
                total.byCurrency(),
                total.counterpartList());
        List<Unconverted> unconverted = unconvertedCount == 0
                ? List.of()
                : details.unconverted(where, paidWhere, extra, missing, disbursementMissing);
        return new Report(
                groupBy.apiName,
                stackBy == null ? null : stackBy.apiName,
                target,
                conversions.base(),
                filters,
                rows,
                totals,
                details.ratesUsed(rateIds),
                unconverted,
                unconvertedCount);
    }

    /** How a locality's key (an organization id) becomes the key of the unit it was part of on the day. */
    private static java.util.function.UnaryOperator<String> rollKey(AidGroupBy by, Localities asOf) {
        return key -> {
            Long id = Localities.id(key);
            return id == null ? key : String.valueOf(by == AidGroupBy.PROVINCE ? asOf.province(id) : asOf.unit(id));
        };
    }

    private static Map<String, AidReportGroup> fold(
            Map<String, AidReportGroup> groups, java.util.function.UnaryOperator<String> key) {
        Map<String, AidReportGroup> folded = new TreeMap<>();
        groups.values()
                .forEach(group -> folded.computeIfAbsent(key.apply(group.key), AidReportGroup::new)
                        .add(group));
        return folded;
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** Forgets this replica's copies, as a replica that has not answered yet (for tests). */
    void forgetLocalCopies() {
        cache.clear();
    }

    /** How many reports were computed rather than answered from the cache (for tests and monitoring). */
    public long computedCount() {
        return computed.get();
    }
}
