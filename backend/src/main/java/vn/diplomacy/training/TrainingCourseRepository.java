package vn.diplomacy.training;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TrainingCourseRepository implements PanacheRepository<TrainingCourse> {
    /**
     * SELECT … FOR UPDATE on the course row: every change to its seats (register, cancel, import, capacity) takes this
     * lock first, so simultaneous registrations are counted one after the other. Native SQL because Hibernate's MySQL 8
     * form ({@code for update of alias}) is refused by MariaDB; a locking read also returns the latest committed row.
     */
    @SuppressWarnings("unchecked")
    public Optional<TrainingCourse> findForUpdate(long id) {
        List<TrainingCourse> rows = getEntityManager()
                .createNativeQuery("select * from training_course where id = ?1 for update", TrainingCourse.class)
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst();
    }
}
