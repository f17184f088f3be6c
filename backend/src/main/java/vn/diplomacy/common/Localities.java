package vn.diplomacy.common;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Administrative units as they stood on a day: a unit that had ended by then ({@code validTo} before it) counts as
 * the unit it was merged into ({@code successorId}), following the chain (commune → merged commune; Quảng Bình →
 * Quảng Trị). Records keep naming the unit they named; only reports asked {@code asOf} a date fold them. Loads the
 * units named and their successors and provinces in a few queries, nothing kept beyond the report.
 */
public final class Localities {
    private record Unit(Long root, Long successor, LocalDate validTo) {}

    private final EntityManager em;
    private final LocalDate asOf;
    private final Map<Long, Unit> units = new HashMap<>();

    private Localities(EntityManager em, LocalDate asOf) {
        this.em = em;
        this.asOf = asOf;
    }

    /** The units {@code ids} name, with every successor and province they lead to, as of the day. */
    public static Localities asOf(EntityManager em, LocalDate asOf, Collection<Long> ids) {
        return new Localities(em, asOf).load(ids);
    }

    /** Loads the units {@code ids} name that are not known yet, and what they lead to, in one query per step. */
    public Localities load(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        wanted.remove(null);
        wanted.removeAll(units.keySet());
        while (!wanted.isEmpty()) {
            List<Object[]> found = em.createQuery(
                            "select o.id, o.rootId, o.successorId, o.validTo from Organization o where o.id in :ids",
                            Object[].class)
                    .setParameter("ids", wanted)
                    .getResultList();
            Set<Long> next = new HashSet<>();
            for (Object[] r : found) {
                Unit unit = new Unit((Long) r[1], (Long) r[2], (LocalDate) r[3]);
                units.put((Long) r[0], unit);
                next.add(unit.root());
                next.add(unit.successor());
            }
            wanted.forEach(id -> units.putIfAbsent(id, new Unit(null, null, null)));
            next.remove(null);
            next.removeAll(units.keySet());
            wanted = next;
        }
        return this;
    }

    /** The unit {@code id} had become on the day: itself while it existed (or has no successor). */
    public Long unit(Long id) {
        Long current = id;
        Set<Long> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            load(List.of(current));
            Unit unit = units.get(current);
            if (unit == null
                    || unit.successor() == null
                    || unit.validTo() == null
                    || !unit.validTo().isBefore(asOf)) {
                return current;
            }
            current = unit.successor();
        }
        return current;
    }

    /** The province (top of the tree) of the unit {@code id} had become on the day, itself rolled forward too. */
    public Long province(Long id) {
        Long current = unit(id);
        for (int i = 0; i < 10 && current != null; i++) {
            load(List.of(current));
            Unit unit = units.get(current);
            Long root = unit == null || unit.root() == null ? current : unit.root();
            Long next = unit(root);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /**
     * Folds report rows keyed by an organization id ({@code key}, "null" for none) into the units they became,
     * merging rows that land on one unit ({@code map}: {@link #unit} or {@link #province}).
     */
    public static <R> Map<Long, R> fold(
            Collection<R> rows, Function<R, Long> key, Function<Long, Long> map, BinaryOperator<R> merge) {
        Map<Long, R> folded = new HashMap<>();
        for (R row : rows) {
            Long id = key.apply(row);
            folded.merge(id == null ? null : map.apply(id), row, merge);
        }
        return folded;
    }

    /** The names of the organizations {@code ids} (nulls left out), for the labels of folded report rows. */
    public static Map<Long, String> names(EntityManager em, Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).toList();
        Map<Long, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            em.createQuery("select o.id, o.name from Organization o where o.id in :ids", Object[].class)
                    .setParameter("ids", wanted)
                    .getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    /** Report keys in the order of the organization ids they hold, a key without one last. */
    public static final java.util.Comparator<String> BY_ID = java.util.Comparator.comparing(
            Localities::id, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    /** An organization id from a report key, or null (a group without one). */
    public static Long id(String key) {
        return key != null && key.matches("\\d{1,18}") ? Long.valueOf(key) : null;
    }
}
