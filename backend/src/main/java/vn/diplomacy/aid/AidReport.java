package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.diplomacy.aid.AidReportDtos.CurrencyAmounts;
import vn.diplomacy.aid.AidReportDtos.RateUsed;
import vn.diplomacy.aid.AidReportDtos.Report;
import vn.diplomacy.aid.AidReportDtos.Row;
import vn.diplomacy.aid.AidReportDtos.StackItem;
import vn.diplomacy.aid.AidReportDtos.Totals;
import vn.diplomacy.aid.AidReportDtos.Unconverted;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Where;
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

    public enum GroupBy {
        YEAR("year", "year(c.commitmentDate)"),
        NGO("ngo", "c.ngoId"),
        DONOR_COUNTRY("donorCountry", "c.donorCountryCode"),
        SECTOR("sector", "c.sector"),
        BENEFICIARY("beneficiary", "c.beneficiaryOrganizationId"),
        STATUS("status", "c.status"),
        KIND("kind", "c.kind");

        public final String apiName;
        final String expression;

        GroupBy(String apiName, String expression) {
            this.apiName = apiName;
            this.expression = expression;
        }

        static GroupBy of(String raw, String parameter) {
            for (GroupBy g : values()) {
                if (g.apiName.equals(raw)) {
                    return g;
                }
            }
            throw ProblemException.invalid(parameter, "must be one of year, ngo, donorCountry, sector, beneficiary, status, kind");
        }
    }

    private final EntityManager em;
    private final AidConversions conversions;
    private final OrganizationRepository organizations;
    private final Map<String, Report> cache = new ConcurrentHashMap<>();

    AidReport(EntityManager em, AidConversions conversions, OrganizationRepository organizations) {
        this.em = em;
        this.conversions = conversions;
        this.organizations = organizations;
    }

    @Transactional
    public Report report(PageParams params) {
        Set<String> names = new HashSet<>(AidFilters.NAMES);
        names.addAll(Set.of("groupBy", "stackBy", "currency", "format"));
        ListQuery list = new ListQuery(params, AidCommitmentService.SORTABLE, names);
        String rawGroup = list.text("groupBy");
        String rawCurrency = list.text("currency");
        String rawStack = list.text("stackBy");
        Where where = AidFilters.where(list);
        GroupBy groupBy = GroupBy.of(rawGroup == null ? "year" : rawGroup, "groupBy");
        GroupBy stackBy = rawStack == null ? null : GroupBy.of(rawStack, "stackBy");
        if (stackBy == groupBy) {
            throw ProblemException.invalid("stackBy", "must differ from groupBy");
        }
        String target = rawCurrency == null ? conversions.base() : rawCurrency.toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(target);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("currency", "must be an ISO 4217 code such as VND or USD");
        }
        // Read in this transaction's snapshot, so the cached answer matches the version it is filed under.
        String key = conversions.dataVersion() + "|" + groupBy + "|" + stackBy + "|" + target + "|" + filters(params);
        Report cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Report report = compute(groupBy, stackBy, target, where, filters(params));
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(key, report);
        return report;
    }

    private Report compute(GroupBy groupBy, GroupBy stackBy, String target, Where where, List<String> filters) {
        boolean base = target.equals(conversions.base());
        String f = where.jpql();
        String g = groupBy.expression;
        String commitmentValue = base ? "c.committedBase"
                : "case when c.committedCurrency = :target then c.committedAmount else c.committedBase / x.rate end";
        String commitmentRate = base ? ""
                : " left join ExchangeRate x on x.currency = :target and x.date <= c.commitmentDate and x.validUntil > c.commitmentDate";
        String disbursementValue = base ? "d.amountBase"
                : "case when d.currency = :target then d.amount else d.amountBase / x.rate end";
        String disbursementJoin = " join AidCommitment c on c.id = d.commitmentId" + (base ? ""
                : " left join ExchangeRate x on x.currency = :target and x.date <= d.date and x.validUntil > d.date");

        Map<String, Group> groups = new TreeMap<>();
        for (Object[] r : query("select " + g + ", c.committedCurrency, count(c.id), sum(c.committedAmount), sum(" + commitmentValue
                + ") from AidCommitment c" + commitmentRate + " where " + f + " group by " + g + ", c.committedCurrency",
                where, base ? null : target).getResultList()) {
            Group group = groups.computeIfAbsent(key(r[0]), Group::new);
            long count = ((Number) r[2]).longValue();
            group.projects += count;
            group.committed = group.committed.add(nz(r[4]));
            group.currency((String) r[1]).projects += count;
            group.currency((String) r[1]).committed = (BigDecimal) r[3];
        }
        for (Object[] r : query("select " + g + ", d.currency, sum(d.amount), sum(" + disbursementValue + ") from AidDisbursement d"
                + disbursementJoin + " where " + f + " group by " + g + ", d.currency", where, base ? null : target).getResultList()) {
            Group group = groups.computeIfAbsent(key(r[0]), Group::new);
            group.disbursed = group.disbursed.add(nz(r[3]));
            group.currency((String) r[1]).disbursed = (BigDecimal) r[2];
        }
        for (Object[] r : query("select " + g + ", c.counterpartCurrency, sum(c.counterpartAmount) from AidCommitment c where " + f
                + " and c.counterpartAmount is not null group by " + g + ", c.counterpartCurrency", where, null).getResultList()) {
            groups.computeIfAbsent(key(r[0]), Group::new).counterpart.put((String) r[1], (BigDecimal) r[2]);
        }

        Map<String, List<StackItem>> stacks = stackBy == null ? Map.of()
                : stacks(g, stackBy, commitmentValue, commitmentRate, where, base ? null : target);
        Map<String, String> labels = labels(groupBy, groups.keySet());
        List<Row> rows = new ArrayList<>();
        Group total = new Group("total");
        for (Group group : groups.values()) {
            rows.add(new Row(group.key, labels.getOrDefault(group.key, group.key), group.projects, Money.of(group.committed, target),
                    Money.of(group.disbursed, target), group.byCurrency(), group.counterpartList(),
                    stackBy == null ? null : stacks.getOrDefault(group.key, List.of())));
            total.add(group);
        }
        if (groupBy == GroupBy.YEAR || groupBy == GroupBy.STATUS || groupBy == GroupBy.KIND) {
            rows.sort(Comparator.comparing(Row::key));
        } else {
            rows.sort(Comparator.comparing(Row::committed, Comparator.comparing(Money::amount)).reversed()
                    .thenComparing(Row::label));
        }
        Totals totals = new Totals(total.projects, Money.of(total.committed, target), Money.of(total.disbursed, target),
                total.byCurrency(), total.counterpartList());

        List<Unconverted> unconverted = new ArrayList<>();
        String commitmentMissing = " and (" + commitmentValue + ") is null";
        String disbursementMissing = " and (" + disbursementValue + ") is null";
        long unconvertedCount = count("select count(c.id) from AidCommitment c" + commitmentRate + " where " + f
                + commitmentMissing, where, base ? null : target)
                + count("select count(d.id) from AidDisbursement d" + disbursementJoin + " where " + f + disbursementMissing,
                        where, base ? null : target);
        if (unconvertedCount > 0) {
            query("select c.id, c.title, c.commitmentDate, c.committedAmount, c.committedCurrency from AidCommitment c" + commitmentRate
                    + " where " + f + commitmentMissing + " order by c.commitmentDate, c.id", where, base ? null : target)
                    .setMaxResults(MAX_UNCONVERTED).getResultList()
                    .forEach(r -> unconverted.add(new Unconverted("COMMITMENT", (Long) r[0], null, (String) r[1], (LocalDate) r[2],
                            Money.of((BigDecimal) r[3], (String) r[4]))));
            query("select c.id, d.id, c.title, d.date, d.amount, d.currency from AidDisbursement d" + disbursementJoin + " where " + f
                    + disbursementMissing + " order by d.date, d.id", where, base ? null : target)
                    .setMaxResults(MAX_UNCONVERTED).getResultList()
                    .forEach(r -> unconverted.add(new Unconverted("DISBURSEMENT", (Long) r[0], (Long) r[1], (String) r[2],
                            (LocalDate) r[3], Money.of((BigDecimal) r[4], (String) r[5]))));
            unconverted.sort(Comparator.comparing(Unconverted::date));
        }
        return new Report(groupBy.apiName, stackBy == null ? null : stackBy.apiName, target, conversions.base(), filters, rows, totals,
                ratesUsed(where, base ? null : target), unconverted.stream().limit(MAX_UNCONVERTED).toList(), unconvertedCount);
    }

    private Map<String, List<StackItem>> stacks(String g, GroupBy stackBy, String value, String rateJoin, Where where, String target) {
        String s = stackBy.expression;
        List<Object[]> rows = query("select " + g + ", " + s + ", count(c.id), sum(" + value + ") from AidCommitment c" + rateJoin
                + " where " + where.jpql() + " group by " + g + ", " + s, where, target).getResultList();
        Map<String, String> labels = labels(stackBy, rows.stream().map(r -> key(r[1])).collect(Collectors.toSet()));
        String currency = target == null ? conversions.base() : target;
        Map<String, List<StackItem>> result = new TreeMap<>();
        for (Object[] r : rows) {
            String k = key(r[1]);
            result.computeIfAbsent(key(r[0]), x -> new ArrayList<>()).add(new StackItem(k, labels.getOrDefault(k, k),
                    ((Number) r[2]).longValue(), Money.of(nz(r[3]), currency)));
        }
        result.values().forEach(items -> items.sort(Comparator.comparing(StackItem::key)));
        return result;
    }

    private List<RateUsed> ratesUsed(Where where, String target) {
        String f = where.jpql();
        StringBuilder jpql = new StringBuilder("select r from ExchangeRate r where r.id in (select c.committedRateId from AidCommitment c where ")
                .append(f).append(") or r.id in (select d.rateId from AidDisbursement d join AidCommitment c on c.id = d.commitmentId where ")
                .append(f).append(")");
        if (target != null) {
            jpql.append(" or r.id in (select x.id from AidCommitment c join ExchangeRate x on x.currency = :target")
                    .append(" and x.date <= c.commitmentDate and x.validUntil > c.commitmentDate where ").append(f)
                    .append(" and c.committedCurrency <> :target)")
                    .append(" or r.id in (select x.id from AidDisbursement d join AidCommitment c on c.id = d.commitmentId")
                    .append(" join ExchangeRate x on x.currency = :target and x.date <= d.date and x.validUntil > d.date where ")
                    .append(f).append(" and d.currency <> :target)");
        }
        TypedQuery<ExchangeRate> q = em.createQuery(jpql.append(" order by r.currency, r.date").toString(), ExchangeRate.class);
        where.params().forEach(q::setParameter);
        if (target != null) {
            q.setParameter("target", target);
        }
        return q.getResultList().stream()
                .map(r -> new RateUsed(r.currency, r.date, ExchangeRateService.plain(r.rate), r.source)).toList();
    }

    private Map<String, String> labels(GroupBy groupBy, Set<String> keys) {
        return switch (groupBy) {
            case NGO, BENEFICIARY -> organizations.findByIds(keys.stream().map(Long::valueOf).collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(o -> String.valueOf(o.id), (Organization o) -> o.name));
            case SECTOR -> keys.stream().collect(Collectors.toMap(k -> k,
                    k -> AidSector.valueOf(k).label + " (DAC " + AidSector.valueOf(k).dacCode + ")"));
            case DONOR_COUNTRY -> keys.stream().collect(Collectors.toMap(k -> k,
                    k -> new Locale("", k).getDisplayCountry(Locale.ENGLISH)));
            default -> Map.of();
        };
    }

    private TypedQuery<Object[]> query(String jpql, Where where, String target) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        where.params().forEach(q::setParameter);
        if (target != null) {
            q.setParameter("target", target);
        }
        return q;
    }

    private long count(String jpql, Where where, String target) {
        TypedQuery<Long> q = em.createQuery(jpql, Long.class);
        where.params().forEach(q::setParameter);
        if (target != null) {
            q.setParameter("target", target);
        }
        return q.getSingleResult();
    }

    static List<String> filters(PageParams params) {
        List<String> result = new ArrayList<>();
        new TreeMap<>(params.uriInfo.getQueryParameters()).forEach((name, values) -> {
            if (!Set.of("format", "page", "size", "sort").contains(name)) {
                values.forEach(v -> result.add(name + "=" + v));
            }
        });
        return result;
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
                mine.committed = o.committed == null ? mine.committed : (mine.committed == null ? o.committed : mine.committed.add(o.committed));
                mine.disbursed = o.disbursed == null ? mine.disbursed : (mine.disbursed == null ? o.disbursed : mine.disbursed.add(o.disbursed));
            });
            other.counterpart.forEach((code, amount) -> counterpart.merge(code, amount, BigDecimal::add));
        }

        List<CurrencyAmounts> byCurrency() {
            List<CurrencyAmounts> result = new ArrayList<>();
            originals.forEach((code, o) -> result.add(new CurrencyAmounts(code, o.projects,
                    o.committed == null ? null : Money.of(o.committed, code), o.disbursed == null ? null : Money.of(o.disbursed, code))));
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
