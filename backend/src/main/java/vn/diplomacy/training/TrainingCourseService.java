package vn.diplomacy.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Views;
import vn.diplomacy.common.Where;
import vn.diplomacy.common.workflow.Workflow;
import vn.diplomacy.organization.OrganizationReferences;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.partnership.PartnershipReferences;
import vn.diplomacy.training.TrainingDtos.Completion;
import vn.diplomacy.training.TrainingDtos.CompletionRow;
import vn.diplomacy.training.TrainingDtos.CourseInput;
import vn.diplomacy.training.TrainingDtos.CourseView;
import vn.diplomacy.training.TrainingDtos.TransitionRequest;
import vn.diplomacy.training.TrainingDtos.TransitionView;

@ApplicationScoped
public class TrainingCourseService
        implements OrganizationReferences, PartnershipReferences, RecordService<CourseInput, CourseView> {
    /** The record kind of a course's steps in the shared workflow history. */
    static final String KIND = "training-course";

    static final int DEFAULT_THRESHOLD = 80;
    static final SortFields SORTABLE = ListQuery.sortable(
            TrainingCourse.class,
            "startDate",
            "endDate",
            "title",
            "status",
            "topic",
            "capacity",
            "registrationDeadline",
            "createdAt",
            "updatedAt");
    private static final String SEATED_COUNT =
            "(select count(p) from TrainingParticipant p where p.courseId = c.id and p.status in :seated)";

    private final TrainingMapper mapper;
    private final CourseViews courseViews;
    private final Links links;
    private final TrainingCourseRepository courses;
    private final TrainingSessionRepository sessions;
    private final TrainingParticipantRepository participants;
    private final Workflow workflow;
    private final AttendanceRepository attendance;
    private final Seats seats;

    TrainingCourseService(
            TrainingMapper mapper,
            CourseViews courseViews,
            Links links,
            TrainingCourseRepository courses,
            TrainingSessionRepository sessions,
            TrainingParticipantRepository participants,
            Workflow workflow,
            AttendanceRepository attendance,
            Seats seats) {
        this.mapper = mapper;
        this.courseViews = courseViews;
        this.links = links;
        this.courses = courses;
        this.sessions = sessions;
        this.participants = participants;
        this.workflow = workflow;
        this.attendance = attendance;
        this.seats = seats;
    }

    @Transactional
    public PageResult<CourseView> list(PageParams params, TrainingCourseFilters filters) {
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        Boolean hasSeats = f.value("hasSeats");
        Where where = f.where()
                .and(
                        "id " + (Boolean.FALSE.equals(hasSeats) ? "not in" : "in")
                                + " (select c.id from TrainingCourse c where c.capacity > " + SEATED_COUNT + ")",
                        "seated",
                        hasSeats == null ? null : ParticipantStatus.SEATED);
        ListQuery list = f.list();
        return PageResult.viewed(courses, "", where, list, this::views);
    }

    @Transactional
    public CourseView get(long id) {
        return Views.one(this::views, find(id));
    }

    @Transactional
    public CourseView create(CourseInput input) {
        TrainingCourse course = new TrainingCourse();
        course.status = CourseStatus.PLANNED;
        apply(course, input);
        courses.persistAndFlush(course);
        workflow.record(KIND, course.id, null, CourseStatus.PLANNED, null);
        return get(course.id);
    }

    @Transactional
    public CourseView update(long id, String ifMatch, CourseInput input) {
        TrainingCourse course = lock(id);
        ETags.requireMatch(ifMatch, course.version);
        if (course.status.isClosed()) {
            throw ProblemException.conflict(
                    "course-closed",
                    Map.of("status", course.status),
                    "A " + course.status + " course can no longer be changed");
        }
        Seats.Roster roster = seats.roster(course);
        long seated = roster.seated();
        if (input.capacity() < seated) {
            throw ProblemException.conflict(
                    "course-capacity-below-registered",
                    Map.of("registered", seated),
                    "The capacity cannot go below the " + seated
                            + " participants already registered; cancel registrations first");
        }
        long outside = sessions.count(
                "courseId = ?1 and (sessionDate < ?2 or sessionDate > ?3)", id, input.startDate(), input.endDate());
        if (outside > 0) {
            throw ProblemException.conflict(
                    "course-sessions-outside-dates",
                    Map.of("count", outside),
                    outside + " session(s) fall outside the new dates; move or delete them first");
        }
        apply(course, input);
        courses.flush();
        // More seats go to the waitlist first, in order.
        roster.fill();
        return get(id);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        TrainingCourse course = lock(id);
        ETags.requireMatch(ifMatch, course.version);
        if (course.status != CourseStatus.PLANNED || participants.count("courseId", id) > 0) {
            throw ProblemException.conflict(
                    "course-not-deletable",
                    Map.of("status", course.status),
                    "Only a PLANNED course without participants can be deleted; cancel it instead (it is "
                            + course.status + ")");
        }
        sessions.delete("courseId", id);
        workflow.forget(KIND, id);
        courses.delete(course);
        courses.flush();
    }

    @Transactional
    public CourseView transition(long id, String ifMatch, TransitionRequest request) {
        TrainingCourse course = lock(id);
        ETags.requireMatch(ifMatch, course.version);
        if (request.to() == CourseStatus.COMPLETED) {
            complete(course, request.note());
        } else {
            move(course, request.to(), request.note());
        }
        return get(id);
    }

    /** IN_PROGRESS → COMPLETED: trainees at or above the threshold become COMPLETED; the answer lists both sides. */
    @Transactional
    public Completion completion(long id, String ifMatch, String note) {
        TrainingCourse course = lock(id);
        ETags.requireMatch(ifMatch, course.version);
        List<CompletionRow>[] sides = complete(course, note);
        return new Completion(get(id), sides[0], sides[1]);
    }

    @Transactional
    public List<TransitionView> transitions(long id) {
        find(id);
        return workflow.history(KIND, id, CourseStatus.class).stream()
                .map(t -> new TransitionView(t.id(), t.from(), t.to(), t.note(), t.by(), t.at()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<CompletionRow>[] complete(TrainingCourse course, String note) {
        requireAllowed(course, CourseStatus.COMPLETED);
        List<TrainingSession> all = sessions.list("courseId", course.id);
        if (all.isEmpty()) {
            throw ProblemException.conflict(
                    "course-without-sessions",
                    Map.of(),
                    "A course without sessions cannot be completed: attendance decides completion");
        }
        Map<Long, Long> attended = attendedCounts(course.id);
        List<CompletionRow> done = new ArrayList<>();
        List<CompletionRow> notDone = new ArrayList<>();
        List<TrainingParticipant> registered = seats.roster(course).all.stream()
                .filter(p -> p.status == ParticipantStatus.REGISTERED)
                .sorted(java.util.Comparator.comparing((TrainingParticipant p) -> p.fullName, Names.ORDER))
                .toList();
        for (TrainingParticipant p : registered) {
            int n = attended.getOrDefault(p.id, 0L).intValue();
            CompletionRow row = new CompletionRow(p.id, p.fullName, n, all.size(), rate(n, all.size()));
            // Integer comparison, so exactly 80 % of 5 sessions (4) completes without rounding doubts.
            if (n * 100L >= (long) course.completionThreshold * all.size()) {
                p.status = ParticipantStatus.COMPLETED;
                done.add(row);
            } else {
                notDone.add(row);
            }
        }
        move(course, CourseStatus.COMPLETED, note);
        return new List[] {done, notDone};
    }

    /** PRESENT or LATE marks per participant of the course. */
    Map<Long, Long> attendedCounts(long courseId) {
        return attendance
                .getEntityManager()
                .createQuery(
                        "select a.participantId, count(a) from Attendance a where a.sessionId in"
                                + " (select s.id from TrainingSession s where s.courseId = :course) and a.status in :attended group by a.participantId",
                        Object[].class)
                .setParameter("course", courseId)
                .setParameter("attended", Set.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE))
                .getResultList()
                .stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    static BigDecimal rate(int attended, int sessions) {
        return sessions == 0
                ? null
                : BigDecimal.valueOf(attended * 100L).divide(BigDecimal.valueOf(sessions), 1, RoundingMode.HALF_UP);
    }

    private void move(TrainingCourse course, CourseStatus to, String note) {
        requireAllowed(course, to);
        CourseStatus from = course.status;
        course.status = to;
        courses.flush();
        workflow.record(KIND, course.id, from, to, note);
    }

    private void requireAllowed(TrainingCourse course, CourseStatus to) {
        workflow.check("course", course.status, to);
    }

    @Override
    public String describeReferences(long organizationId) {
        long c = courses.count("organizerOrganizationId", organizationId);
        long p = participants.count("organizationId", organizationId);
        List<String> uses = new ArrayList<>();
        if (c > 0) {
            uses.add(c + " training course" + (c == 1 ? "" : "s"));
        }
        if (p > 0) {
            uses.add(p + " training participant" + (p == 1 ? "" : "s"));
        }
        return uses.isEmpty() ? null : String.join(", ", uses);
    }

    @Override
    public String describePartnershipReferences(long partnershipId) {
        long count = courses.count("partnershipId", partnershipId);
        return count == 0 ? null : count + " training course" + (count == 1 ? "" : "s");
    }

    TrainingCourse find(long id) {
        return Scope.readable(
                courses.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Training course", id)));
    }

    long count(long id) {
        return courses.count("id", id);
    }

    TrainingCourse lock(long id) {
        return courses.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Training course", id));
    }

    boolean registrationOpen(TrainingCourse c) {
        return courseViews.registrationOpen(c);
    }

    private void apply(TrainingCourse course, CourseInput input) {
        Links.Check check = links.check();
        check.home("organizerOrganizationId", input.organizerOrganizationId());
        check.partnership("partnershipId", input.partnershipId());
        check.done();
        mapper.apply(input, course);
        course.language = Locale.forLanguageTag(input.language().trim()).toLanguageTag();
        course.completionThreshold =
                input.completionThreshold() == null ? DEFAULT_THRESHOLD : input.completionThreshold();
    }

    Function<TrainingCourse, CourseView> views(List<TrainingCourse> items) {
        return courseViews.views(items);
    }
}
