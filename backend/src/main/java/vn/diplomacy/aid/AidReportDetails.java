package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.diplomacy.aid.AidReportDtos.RateUsed;
import vn.diplomacy.aid.AidReportDtos.StackItem;
import vn.diplomacy.aid.AidReportDtos.Unconverted;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.Where;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;

/** The parts of an aid report beside its sums: the stacked breakdown, labels, rates used and what has no rate. */
@ApplicationScoped
class AidReportDetails {
    static final int MAX_UNCONVERTED = 500;

    private final EntityManager em;
    private final OrganizationRepository organizations;

    AidReportDetails(EntityManager em, OrganizationRepository organizations) {
        this.em = em;
        this.organizations = organizations;
    }

    List<Unconverted> unconverted(
            Where where, Where paidWhere, Map<String, Object> extra, String missing, String disbursementMissing) {
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
                                + " where " + paidWhere.jpql() + " and " + disbursementMissing
                                + " order by d.date, d.id",
                        paidWhere,
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

    EntityManager em() {
        return em;
    }

    /**
     * Committed per group and part; {@code groupKey} folds group keys (a report as of a day), {@code stackKey} (when
     * given) the parts' keys, whose database grouping is then by beneficiary.
     */
    Map<String, List<StackItem>> stacks(
            String g,
            AidGroupBy stackBy,
            java.util.function.UnaryOperator<String> groupKey,
            java.util.function.UnaryOperator<String> stackKey,
            boolean base,
            String target,
            Where where,
            Map<String, Object> extra) {
        String s = stackBy.expression(stackKey != null);
        java.util.function.UnaryOperator<String> partKey = stackKey == null ? k -> k : stackKey;
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
            parts.merge(
                    List.of(groupKey.apply(key(r[0])), partKey.apply(key(r[1]))),
                    new Object[] {((Number) r[2]).longValue(), nz(r[3])},
                    (a, b) -> new Object[] {(Long) a[0] + (Long) b[0], ((BigDecimal) a[1]).add((BigDecimal) b[1])});
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
                Object[] part = parts.get(List.of(groupKey.apply(key(r[0])), partKey.apply(key(r[1]))));
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

    List<RateUsed> ratesUsed(Set<Long> ids) {
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

    LocalDate firstRate(String currency) {
        LocalDate first = em.createQuery(
                        "select min(r.date) from ExchangeRate r where r.currency = :c", LocalDate.class)
                .setParameter("c", currency)
                .getSingleResult();
        return first == null ? ExchangeRate.OPEN_END : first;
    }

    Map<String, String> labels(AidGroupBy groupBy, Set<String> keys) {
        return switch (groupBy) {
            case NGO, BENEFICIARY, PROVINCE, AID_OWNER ->
                organizations
                        .findByIds(keys.stream()
                                .filter(k -> k.matches("\\d+"))
                                .map(Long::valueOf)
                                .collect(Collectors.toSet()))
                        .stream()
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

    TypedQuery<Object[]> query(String jpql, Where where, Map<String, Object> extra) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        where.params().forEach(q::setParameter);
        extra.forEach((name, value) -> {
            if (jpql.contains(":" + name)) {
                q.setParameter(name, value);
            }
        });
        return q;
    }

    static String key(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    static BigDecimal nz(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }
}
