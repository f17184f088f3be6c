package vn.diplomacy.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.workflow.Workflow;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.training.TrainingDtos.CourseView;

/** Course views for a page: organizer, partnership, seat and session counts read once per page, not per row. */
@ApplicationScoped
class CourseViews {
    private final TrainingMapper mapper;
    private final Links links;
    private final Seats seats;
    private final TrainingSessionRepository sessions;
    private final Workflow workflow;
    private final Today today;

    CourseViews(
            TrainingMapper mapper,
            Links links,
            Seats seats,
            TrainingSessionRepository sessions,
            Workflow workflow,
            Today today) {
        this.mapper = mapper;
        this.links = links;
        this.seats = seats;
        this.sessions = sessions;
        this.workflow = workflow;
        this.today = today;
    }

    boolean registrationOpen(TrainingCourse c) {
        return c.status == CourseStatus.OPEN && !today.date().isAfter(c.registrationDeadline);
    }

    Function<TrainingCourse, CourseView> views(List<TrainingCourse> items) {
        List<Long> ids = items.stream().map(c -> c.id).toList();
        Links.Loaded linked = links.load(
                items.stream().map(c -> c.organizerOrganizationId).toList(),
                items.stream().map(c -> c.partnershipId).toList());
        Map<Long, long[]> counts = seats.counts(ids);
        Map<Long, Long> sessionCounts = ids.isEmpty()
                ? Map.of()
                : sessions
                        .getEntityManager()
                        .createQuery(
                                "select s.courseId, count(s) from TrainingSession s where s.courseId in :ids group by s.courseId",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .stream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        return c -> {
            long[] n = counts.getOrDefault(c.id, new long[2]);
            return mapper.view(
                    c,
                    linked,
                    workflow.allowed(c.status),
                    n,
                    sessionCounts.getOrDefault(c.id, 0L),
                    registrationOpen(c));
        };
    }
}
