package vn.diplomacy.person;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;
import vn.diplomacy.common.ClusterLock;
import vn.diplomacy.common.Gender;

/**
 * The data step of the persons' migration: delegation members and trainees recorded as free text before the registry
 * existed (or loaded without it) are pointed to persons, found by name, agency and office or added. Idempotent: only
 * rows without a person are read, so it runs at every start (one replica at a time) and finds nothing left.
 */
@ApplicationScoped
public class PersonBackfill {
    private static final Logger LOG = Logger.getLogger(PersonBackfill.class);
    private static final int BATCH = 500;

    private static final String MEMBERS = "select dm.id, dm.full_name, dm.organization_name, null, dm.position,"
            + " dm.gender, dm.nationality, dm.email, dm.phone, d.home_organization_id"
            + " from delegation_member dm join delegation d on d.id = dm.delegation_id"
            + " where dm.person_id is null order by dm.id";
    private static final String TRAINEES = "select tp.id, tp.full_name, tp.organization_name, tp.organization_id,"
            + " tp.position, tp.gender, null, tp.email, tp.phone, c.organizer_organization_id"
            + " from training_participant tp join training_course c on c.id = tp.course_id"
            + " where tp.person_id is null order by tp.id";

    private final PersonService persons;
    private final EntityManager em;
    private final ClusterLock lock;

    PersonBackfill(PersonService persons, EntityManager em, ClusterLock lock) {
        this.persons = persons;
        this.em = em;
        this.lock = lock;
    }

    // After the demo data (priorities 40–60), so that demo members are linked on the same start.
    void onStart(@Observes @Priority(70) StartupEvent event) {
        Integer linked = lock.startupStep(this::run);
        if (linked != null && linked > 0) {
            LOG.infof("Persons: %d delegation members and trainees pointed to the registry", linked);
        }
    }

    /** Links every row without a person; answers how many it linked. */
    public int run() {
        return link(MEMBERS, "delegation_member") + link(TRAINEES, "training_participant");
    }

    private int link(String select, String table) {
        int linked = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows =
                    em.createNativeQuery(select).setMaxResults(BATCH).getResultList();
            if (rows.isEmpty()) {
                return linked;
            }
            for (Object[] r : rows) {
                Person person = persons.resolve(
                        null,
                        new PersonService.Named(
                                (String) r[1],
                                (String) r[2],
                                r[3] == null ? null : ((Number) r[3]).longValue(),
                                (String) r[4],
                                r[5] == null ? null : Gender.valueOf(r[5].toString()),
                                r[6] == null ? null : r[6].toString(),
                                (String) r[7],
                                (String) r[8],
                                ((Number) r[9]).longValue()),
                        "personId");
                em.flush();
                em.createNativeQuery("update " + table + " set person_id = ?1 where id = ?2")
                        .setParameter(1, person.id)
                        .setParameter(2, ((Number) r[0]).longValue())
                        .executeUpdate();
                linked++;
            }
        }
    }
}
