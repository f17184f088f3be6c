package vn.diplomacy.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Seats and the waitlist of one course. Callers first lock the course row (TrainingCourseRepository.findForUpdate);
 * {@link #roster} then reads the participants with a locking read, which sees the latest committed rows even when the
 * transaction's snapshot (REPEATABLE READ) was taken before the lock was granted. Everything after is counted in memory.
 */
@ApplicationScoped
public class Seats {
    private final TrainingParticipantRepository participants;

    Seats(TrainingParticipantRepository participants) {
        this.participants = participants;
    }

    public Roster roster(TrainingCourse course) {
        @SuppressWarnings("unchecked")
        List<TrainingParticipant> rows = participants
                .getEntityManager()
                .createNativeQuery(
                        "select * from training_participant where course_id = ?1 order by id for update",
                        TrainingParticipant.class)
                .setParameter(1, course.id)
                .getResultList();
        return new Roster(course, new java.util.ArrayList<>(rows));
    }

    public final class Roster {
        final TrainingCourse course;
        final List<TrainingParticipant> all;

        Roster(TrainingCourse course, List<TrainingParticipant> all) {
            this.course = course;
            this.all = all;
        }

        public long seated() {
            return all.stream()
                    .filter(p -> ParticipantStatus.SEATED.contains(p.status))
                    .count();
        }

        public List<TrainingParticipant> waitlist() {
            return all.stream()
                    .filter(p -> p.status == ParticipantStatus.WAITLISTED)
                    .sorted(Comparator.comparing((TrainingParticipant p) -> p.waitlistPosition)
                            .thenComparing(p -> p.id))
                    .toList();
        }

        public Optional<TrainingParticipant> get(long id) {
            return all.stream().filter(p -> p.id == id).findFirst();
        }

        /** A free seat if there is one, else the end of the waitlist. */
        public void seat(TrainingParticipant p) {
            p.courseId = course.id;
            if (seated() < course.capacity) {
                p.status = ParticipantStatus.REGISTERED;
                p.waitlistPosition = null;
            } else {
                p.status = ParticipantStatus.WAITLISTED;
                p.waitlistPosition = waitlist().size() + 1;
            }
            participants.persistAndFlush(p);
            all.add(p);
        }

        /** Gives free seats to the head of the queue, in order, and renumbers the rest 1..n; returns those promoted. */
        public List<TrainingParticipant> fill() {
            long free = course.capacity - seated();
            List<TrainingParticipant> queue = waitlist();
            List<TrainingParticipant> promoted =
                    queue.stream().limit(Math.max(0, free)).toList();
            promoted.forEach(p -> {
                p.status = ParticipantStatus.REGISTERED;
                p.waitlistPosition = null;
            });
            List<TrainingParticipant> rest = queue.subList(promoted.size(), queue.size());
            for (int i = 0; i < rest.size(); i++) {
                rest.get(i).waitlistPosition = i + 1;
            }
            participants.flush();
            return promoted;
        }
    }

    /** Seated and waitlisted counts per course, for list rows (plain reads: display only). */
    public Map<Long, long[]> counts(List<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = participants
                .getEntityManager()
                .createQuery(
                        "select p.courseId, p.status, count(p) from TrainingParticipant p where p.courseId in :ids"
                                + " group by p.courseId, p.status",
                        Object[].class)
                .setParameter("ids", courseIds)
                .getResultList();
        return rows.stream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0], Collectors.collectingAndThen(Collectors.toList(), list -> {
                            long[] c = new long[2];
                            for (Object[] r : list) {
                                ParticipantStatus s = (ParticipantStatus) r[1];
                                long n = ((Number) r[2]).longValue();
                                if (ParticipantStatus.SEATED.contains(s)) {
                                    c[0] += n;
                                } else if (s == ParticipantStatus.WAITLISTED) {
                                    c[1] += n;
                                }
                            }
                            return c;
                        })));
    }
}
