package vn.diplomacy.training;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class TrainingCourseRepository implements PanacheRepository<TrainingCourse> {
    /**
     * The course row under a write lock: every change to its seats (register, cancel, import, capacity) takes this
     * lock first, so simultaneous registrations are counted one after the other.
     */
    public Optional<TrainingCourse> findForUpdate(long id) {
        return Optional.ofNullable(
                vn.diplomacy.common.RowLock.byId(getEntityManager(), TrainingCourse.class, "training_course", id));
    }
}
