package vn.diplomacy.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organization, everything below it, and the units merged into any of those (with everything below them): after
 * Quảng Bình was merged into Quảng Trị, Quảng Trị's subtree holds Quảng Bình's records, which still name Quảng Bình.
 * Each part is one prefix test on {@code treePath}; found in one query when nothing was merged (the usual case).
 */
public final class Subtree {
    /** Mergers followed at most this deep (commune into commune, province into province, and a spare). */
    private static final int MAX_ROUNDS = 5;

    private final String name;
    private final List<Long> ids = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    private Subtree(String name) {
        this.name = name;
    }

    /** The subtree of organization {@code id}, its parameters named after {@code name}; empty when it is gone. */
    public static Subtree of(EntityManager em, Long id, String name) {
        Subtree subtree = new Subtree(name);
        em.createQuery("select o.treePath from Organization o where o.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .ifPresent(path -> subtree.add(id, path));
        for (int round = 0; round < MAX_ROUNDS && !subtree.ids.isEmpty(); round++) {
            TypedQuery<Object[]> merged = em.createQuery(
                    "select o.id, o.treePath from Organization o where o.successorId in " + subtree.jpql() + " and not "
                            + subtree.condition("o"),
                    Object[].class);
            subtree.params().forEach(merged::setParameter);
            List<Object[]> found = merged.getResultList();
            if (found.isEmpty()) {
                break;
            }
            found.forEach(r -> subtree.add((Long) r[0], (String) r[1]));
        }
        return subtree;
    }

    private void add(Long id, String path) {
        ids.add(id);
        prefixes.add(path + id + "/%");
    }

    /** A JPQL subquery of the subtree's organization ids. */
    public String jpql() {
        return "(select s" + name + ".id from Organization s" + name + " where " + condition("s" + name) + ")";
    }

    private String condition(String alias) {
        if (ids.isEmpty()) {
            return "(1 = 0)";
        }
        StringBuilder condition = new StringBuilder("(" + alias + ".id in :" + name + "Ids");
        for (int i = 0; i < prefixes.size(); i++) {
            condition
                    .append(" or ")
                    .append(alias)
                    .append(".treePath like :")
                    .append(name)
                    .append(i);
        }
        return condition.append(")").toString();
    }

    /** The values {@link #jpql} binds. */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        if (!ids.isEmpty()) {
            params.put(name + "Ids", List.copyOf(ids));
            for (int i = 0; i < prefixes.size(); i++) {
                params.put(name + i, prefixes.get(i));
            }
        }
        return params;
    }
}
