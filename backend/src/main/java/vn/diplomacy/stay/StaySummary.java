package vn.diplomacy.stay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.Where;

/**
 * The stays a list selects, counted by kind and by the person's nationality: stays (as the list counts them with
 * kind= or nationality=) and distinct persons.
 */
@ApplicationScoped
public class StaySummary {
    private final EntityManager em;
    private final StayService stays;

    StaySummary(EntityManager em, StayService stays) {
        this.em = em;
        this.stays = stays;
    }

    /** One group: its code, how many stays, how many persons. */
    public record Group(String key, long stays, long persons) {}

    public record Summary(long stays, long persons, List<Group> byKind, List<Group> byNationality) {}

    @Transactional
    public Summary of(PageParams params) {
        Filtered f = stays.filter(params, new StayFilters());
        Where where = f.where();
        // One row per kind and person: far fewer than the stays' rows over the years, and enough for both groupings.
        var q = em.createQuery(
                "select kind, personId, count(*) from Stay where " + where.jpql() + " group by kind, personId",
                Object[].class);
        where.params().forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add((Long) r[1]));
        Map<Long, String> nationality = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select id, nationality from Person where id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> nationality.put((Long) r[0], (String) r[1]));
        }
        Tally kinds = new Tally();
        Tally countries = new Tally();
        long total = 0;
        for (Object[] r : rows) {
            long count = ((Number) r[2]).longValue();
            total += count;
            kinds.add(String.valueOf(r[0]), (Long) r[1], count);
            countries.add(nationality.getOrDefault((Long) r[1], ""), (Long) r[1], count);
        }
        return new Summary(total, ids.size(), kinds.groups(), countries.groups());
    }

    private static final class Tally {
        private final Map<String, long[]> counts = new TreeMap<>();
        private final Map<String, Set<Long>> persons = new HashMap<>();

        void add(String key, Long person, long count) {
            counts.computeIfAbsent(key, k -> new long[1])[0] += count;
            persons.computeIfAbsent(key, k -> new HashSet<>()).add(person);
        }

        List<Group> groups() {
            return counts.entrySet().stream()
                    .map(e -> new Group(
                            e.getKey(), e.getValue()[0], persons.get(e.getKey()).size()))
                    .sorted((a, b) -> Long.compare(b.stays(), a.stays()))
                    .toList();
        }
    }
}
