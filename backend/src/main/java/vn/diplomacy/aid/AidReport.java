package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import vn.diplomacy.aid.AidReportDtos.CurrencyAmounts;
import vn.diplomacy.aid.AidReportDtos.RateUsed;
import vn.diplomacy.aid.AidReportDtos.Report;
import vn.diplomacy.aid.AidReportDtos.Row;
import vn.diplomacy.aid.AidReportDtos.StackItem;
import vn.diplomacy.aid.AidReportDtos.Totals;
import vn.diplomacy.aid.AidReportDtos.Unconverted;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Where;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;

/**
 * Aid committed and disbursed, grouped in the database. Converted figures sum the stored base-currency values (or,
 * for another report currency, join each row to that currency's rate range); original-currency figures are summed
 * per currency and never added across currencies. Results are cached per filter until the next aid or rate write.
 */
@ApplicationScoped
public class AidReport {
    static final int MAX_UNCONVERTED = 500;
    private static final int CACHE_SIZE = 200;

    private final EntityManager em;
    private final AidConversions conversions;
    private final OrganizationRepository organizations;
    private final Map<String, Report> cache = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();

    AidReport(EntityManager em, AidConversions conversions, OrganizationRepository organizations) {
        this.em = em;
        this.conversions = conversions;
        this.organizations = organizations;
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
        String key = conversions.dataVersion() + "|" + groupBy + "|" + stackBy + "|" + target + "|"
                + filter.described("groupBy", "stackBy", "currency");
        Report cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Report report = compute(groupBy, stackBy, target, where, filter.described());
        computed.incrementAndGet();
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(key, report);
        return report;
    }

    private Report compute(AidGroupBy groupBy, AidGroupBy stackBy, String target, Where where, List<String> filters) {
        boolean base = target.equals(conversions.base());
        String f = where.jpql();
        String g = groupBy.expression;
        // Another report currency converts through the base value with the target's rate in force on each date; those
        // rates form one chain from the first one on, so anything dated before it has no rate.
        Map<String, Object> extra = base ? Map.of() : Map.of("target", target, "firstRate", firstRate(target));
        Map<String, Group> groups = new TreeMap<>();
        Set<Long> rateIds = new HashSet<>();
        long unconvertedCount = 0;

        // Commitments: one pass over the selection, by group, currency, rate used and counterpart currency.
        String missing = base
                ? "c.committedBase is null"
                : "c.committedCurrency <> :target and (c.committedBase is null or c.commitmentDate < :firstRate)";
        for (Object[] r : query(
                        "select " + g + ", c.committedCurrency, c.committedRateId, c.counterpartCurrency, count(c.id),"
                                + " sum(c.committedAmount), sum(c.committedBase), sum(c.counterpartAmount), sum(case when "
                                + missing
                                + " then 1 else 0 end) from AidCommitment c where " + f + " group by " + g
                                + ", c.committedCurrency, c.committedRateId, c.counterpartCurrency",
                        where,
                        extra)
                .getResultList()) {
            Group group = groups.computeIfAbsent(key(r[0]), Group::new);
            String currency = (String) r[1];
            long count = ((Number) r[4]).longValue();
            BigDecimal amount = (BigDecimal) r[5];
            group.projects += count;
            Original original = group.currency(currency);
            original.projects += count;
            original.committed = plus(original.committed, amount);
            if (base) {
                group.committed = group.committed.add(nz(r[6]));
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
        for (Object[] r : query(
                        "select " + g + ", d.currency, d.rateId, sum(d.amount), sum(d.amountBase), sum(case when "
                                + disbursementMissing
                                + " then 1 else 0 end) from AidDisbursement d join AidCommitment c on c.id = d.commitmentId"
                                + " where " + f + " group by " + g + ", d.currency, d.rateId",
                        where,
                        extra)
                .getResultList()) {
            Group group = groups.computeIfAbsent(key(r[0]), Group::new);
            String currency = (String) r[1];
            BigDecimal amount = (BigDecimal) r[3];
            Original original = group.currency(currency);
            original.disbursed = plus(original.disbursed, amount);
            if (base) {
                group.disbursed = group.disbursed.add(nz(r[4]));
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
            for (Object[] r : query(
                            "select " + g
                                    + ", x.id, sum(case when c.committedCurrency <> :target then c.committedBase / x.rate end)"
                                    + " from ExchangeRate x join AidCommitment c on "
                                    + RateInForce.jpql("x", "c.commitmentDate")
                                    + " where x.currency = :target and " + f + " group by " + g + ", x.id",
                            where,
                            extra)
                    .getResultList()) {
                Group group = groups.computeIfAbsent(key(r[0]), Group::new);
                group.committed = group.committed.add(nz(r[2]));
                rateIds.add(((Number) r[1]).longValue());
            }
            for (Object[] r : query(
                            "select " + g
                                    + ", x.id, sum(case when d.currency <> :target then d.amountBase / x.rate end)"
                                    + " from ExchangeRate x join AidDisbursement d on "
                                    + RateInForce.jpql("x", "d.date")
                                    + " join AidCommitment c on c.id = d.commitmentId where x.currency = :target and "
                                    + f + " group by " + g + ", x.id",
                            where,
                            extra)
                    .getResultList()) {
                Group group = groups.computeIfAbsent(key(r[0]), Group::new);
                group.disbursed = group.disbursed.add(nz(r[2]));
                rateIds.add(((Number) r[1]).longValue());
            }
        }

        Map<String, List<StackItem>> stacks =
                stackBy == null ? Map.of() : stacks(g, stackBy, base, target, where, extra);
        Map<String, String> labels = labels(groupBy, groups.keySet());
        List<Row> rows = new ArrayList<>();
        Group total = new Group("total");
        for (Group group : groups.values()) {
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
        if (groupBy == AidGroupBy.YEAR || groupBy == AidGroupBy.STATUS || groupBy == AidGroupBy.KIND) {
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
        List<Unconverted> unconverted =
                unconvertedCount == 0 ? List.of() : unconverted(where, extra, missing, disbursementMissing);
        return new Report(
                groupBy.apiName,
                stackBy == null ? null : stackBy.apiName,
                target,
                conversions.base(),
                filters,
                rows,
                totals,
                ratesUsed(rateIds),
                unconverted,
                unconvertedCount);
    }

    private List<Unconverted> unconverted(
            Where where, Map<String, Object> extra, String missing, String disbursementMissing) {
        String f = where.jpql();
        List<Unconverted> result = new ArrayList<>();
        query(
                        "select c.id, c.title, c.commitmentDate, c.committedAmount, c.committedCurrency from AidCommitment c where "
                                + f + " and " + missing + " order by c.commitmentDate, c.id",
                        where,
                        extra)
                .setMaxResults(MAX_UNCONVERTED)
                .getResultList()
                .forEach(r -> result.add(new Unconverted(
                        "COMMITMENT",
                        (Long) r[0],
                        null,
                        (String) r[1],
                        (LocalDate) r[2],
                        Money.of((BigDecimal) r[3], (String) r[4]))));
        query(
                        "select c.id, d.id, c.title, d.date, d.amount, d.currency from AidDisbursement d join AidCommitment c on c.id = d.commitmentId"
                                + " where " + f + " and " + disbursementMissing + " order by d.date, d.id",
                        where,
                        extra)
                .setMaxResults(MAX_UNCONVERTED)
                .getResultList()
                .forEach(r -> result.add(new Unconverted(
                        "DISBURSEMENT",
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (LocalDate) r[3],
                        Money.of((BigDecimal) r[4], (String) r[5]))));
        result.sort(Comparator.comparing(Unconverted::date));
        return result.stream().limit(MAX_UNCONVERTED).toList();
    }

    private Map<String, List<StackItem>> stacks(
            String g, AidGroupBy stackBy, boolean base, String target, Where where, Map<String, Object> extra) {
        String s = stackBy.expression;
        String f = where.jpql();
        Map<List<String>, Object[]> parts = new LinkedHashMap<>();
        for (Object[] r : query(
                        "select " + g + ", " + s + ", count(c.id), sum("
                                + (base
                                        ? "c.committedBase"
                                        : "case when c.committedCurrency = :target then c.committedAmount else 0 end")
                                + ") from AidCommitment c where " + f
                                + " group by " + g + ", " + s,
                        where,
                        extra)
                .getResultList()) {
            parts.put(List.of(key(r[0]), key(r[1])), new Object[] {((Number) r[2]).longValue(), nz(r[3])});
        }
        if (!base) {
            for (Object[] r : query(
                            "select " + g + ", " + s
                                    + ", sum(case when c.committedCurrency <> :target then c.committedBase / x.rate end)"
                                    + " from ExchangeRate x join AidCommitment c on "
                                    + RateInForce.jpql("x", "c.commitmentDate")
                                    + " where x.currency = :target and " + f + " group by " + g + ", " + s,
                            where,
                            extra)
                    .getResultList()) {
                Object[] part = parts.get(List.of(key(r[0]), key(r[1])));
                if (part != null) {
                    part[1] = ((BigDecimal) part[1]).add(nz(r[2]));
                }
            }
        }
        Map<String, String> labels =
                labels(stackBy, parts.keySet().stream().map(k -> k.get(1)).collect(Collectors.toSet()));
        Map<String, List<StackItem>> result = new TreeMap<>();
        parts.forEach((k, v) -> result.computeIfAbsent(k.get(0), x -> new ArrayList<>())
                .add(new StackItem(
                        k.get(1),
                        labels.getOrDefault(k.get(1), k.get(1)),
                        (Long) v[0],
                        Money.of((BigDecimal) v[1], target))));
        result.values().forEach(items -> items.sort(Comparator.comparing(StackItem::key)));
        return result;
    }

    private List<RateUsed> ratesUsed(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select r from ExchangeRate r where r.id in :ids order by r.currency, r.date",
                        ExchangeRate.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(r -> new RateUsed(r.currency, r.date, ExchangeRateService.plain(r.rate), r.source))
                .toList();
    }

    private LocalDate firstRate(String currency) {
        LocalDate first = em.createQuery(
                        "select min(r.date) from ExchangeRate r where r.currency = :c", LocalDate.class)
                .setParameter("c", currency)
                .getSingleResult();
        return first == null ? ExchangeRate.OPEN_END : first;
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private Map<String, String> labels(AidGroupBy groupBy, Set<String> keys) {
        return switch (groupBy) {
            case NGO, BENEFICIARY ->
                organizations.findByIds(keys.stream().map(Long::valueOf).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(o -> String.valueOf(o.id), (Organization o) -> o.name));
            case SECTOR ->
                keys.stream()
                        .collect(Collectors.toMap(
                                k -> k,
                                k -> AidSector.valueOf(k).label + " (DAC " + AidSector.valueOf(k).dacCode + ")"));
            case DONOR_COUNTRY ->
                keys.stream()
                        .collect(Collectors.toMap(k -> k, k -> new Locale("", k).getDisplayCountry(Locale.ENGLISH)));
            default -> Map.of();
        };
    }

    private TypedQuery<Object[]> query(String jpql, Where where, Map<String, Object> extra) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        where.params().forEach(q::setParameter);
        extra.forEach((name, value) -> {
            if (jpql.contains(":" + name)) {
                q.setParameter(name, value);
            }
        });
        return q;
    }

    /** How many reports were computed rather than answered from the cache (for tests and monitoring). */
    public long computedCount() {
        return computed.get();
    }

    private static String key(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    private static BigDecimal nz(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    /** Sums of one group, exact until the end, where they are rounded to the currency's digits. */
    private static final class Group {
        final String key;
        long projects;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        final Map<String, Original> originals = new TreeMap<>();
        final Map<String, BigDecimal> counterpart = new TreeMap<>();

        Group(String key) {
            this.key = key;
        }

        Original currency(String code) {
            return originals.computeIfAbsent(code, c -> new Original());
        }

        void add(Group other) {
            projects += other.projects;
            committed = committed.add(other.committed);
            disbursed = disbursed.add(other.disbursed);
            other.originals.forEach((code, o) -> {
                Original mine = currency(code);
                mine.projects += o.projects;
                mine.committed = o.committed == null
                        ? mine.committed
                        : (mine.committed == null ? o.committed : mine.committed.add(o.committed));
                mine.disbursed = o.disbursed == null
                        ? mine.disbursed
                        : (mine.disbursed == null ? o.disbursed : mine.disbursed.add(o.disbursed));
            });
            other.counterpart.forEach((code, amount) -> counterpart.merge(code, amount, BigDecimal::add));
        }

        List<CurrencyAmounts> byCurrency() {
            List<CurrencyAmounts> result = new ArrayList<>();
            originals.forEach((code, o) -> result.add(new CurrencyAmounts(
                    code,
                    o.projects,
                    o.committed == null ? null : Money.of(o.committed, code),
                    o.disbursed == null ? null : Money.of(o.disbursed, code))));
            return result;
        }

        List<Money> counterpartList() {
            List<Money> result = new ArrayList<>();
            counterpart.forEach((code, amount) -> result.add(Money.of(amount, code)));
            return result;
        }
    }

    private static final class Original {
        long projects;
        BigDecimal committed;
        BigDecimal disbursed;
    }
}
