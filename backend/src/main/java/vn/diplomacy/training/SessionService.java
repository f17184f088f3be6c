package vn.diplomacy.training;

import static vn.diplomacy.common.SearchText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.NestedRecordService;
import vn.diplomacy.common.NoFilters;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Where;
import vn.diplomacy.training.TrainingDtos.Grid;
import vn.diplomacy.training.TrainingDtos.GridCell;
import vn.diplomacy.training.TrainingDtos.GridRow;
import vn.diplomacy.training.TrainingDtos.GridSession;
import vn.diplomacy.training.TrainingDtos.MarkInput;
import vn.diplomacy.training.TrainingDtos.MarkView;
import vn.diplomacy.training.TrainingDtos.SessionInput;
import vn.diplomacy.training.TrainingDtos.SessionView;
import vn.diplomacy.training.TrainingDtos.SheetView;

/** A course's sessions and their attendance sheets, and the attendance grid with rates. */
@ApplicationScoped
public class SessionService implements NestedRecordService<SessionInput, SessionView> {
    static final SortFields SORTABLE =
            ListQuery.sortable(TrainingSession.class, "date=sessionDate, startTime", "title", "updatedAt");

    private final TrainingMapper mapper;
    private final TrainingCourseService courses;
    private final TrainingSessionRepository sessions;
    private final TrainingParticipantRepository participants;
    private final AttendanceRepository attendance;

    SessionService(
            TrainingMapper mapper,
            TrainingCourseService courses,
            TrainingSessionRepository sessions,
            TrainingParticipantRepository participants,
            AttendanceRepository attendance) {
        this.mapper = mapper;
        this.courses = courses;
        this.sessions = sessions;
        this.participants = participants;
        this.attendance = attendance;
    }

    @Transactional
    public PageResult<SessionView> list(long courseId, PageParams params) {
        courses.find(courseId);
        Filtered f = FilterSet.read(params, SORTABLE, NoFilters.UNSEARCHABLE);
        Where where = f.where().and("courseId = :course", "course", courseId);
        return PageResult.viewed(sessions, "", where, f.list(), this::views);
    }

    @Transactional
    public SessionView get(long courseId, long id) {
        TrainingSession s = find(courseId, id);
        return views(List.of(s)).apply(s);
    }

    @Transactional
    public SessionView create(long courseId, SessionInput input) {
        TrainingCourse course = courses.find(courseId);
        requireOpen(course);
        TrainingSession s = new TrainingSession();
        s.courseId = courseId;
        apply(course, s, input);
        sessions.persistAndFlush(s);
        return get(courseId, s.id);
    }

    @Transactional
    public SessionView update(long courseId, long id, String ifMatch, SessionInput input) {
        TrainingCourse course = courses.find(courseId);
        TrainingSession s = find(courseId, id);
        ETags.requireMatch(ifMatch, s.version);
        requireOpen(course);
        apply(course, s, input);
        sessions.flush();
        return get(courseId, id);
    }

    @Transactional
    public void delete(long courseId, long id, String ifMatch) {
        TrainingCourse course = courses.find(courseId);
        TrainingSession s = find(courseId, id);
        ETags.requireMatch(ifMatch, s.version);
        requireOpen(course);
        long marks = attendance.count("sessionId", id);
        if (marks > 0) {
            throw ProblemException.conflict(
                    "session-has-marks",
                    Map.of("count", marks),
                    "The session has " + marks + " attendance mark(s); it took place and is kept");
        }
        sessions.delete(s);
        sessions.flush();
    }

    @Transactional
    public SheetView sheet(long courseId, long sessionId) {
        TrainingSession session = find(courseId, sessionId);
        Map<Long, TrainingParticipant> people = participants.list("courseId", courseId).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<MarkView> marks = attendance.list("sessionId", sessionId).stream()
                .map(a -> new MarkView(a.participantId, people.get(a.participantId).fullName, a.status, a.note))
                .sorted(Comparator.comparing(MarkView::fullName, Names.ORDER))
                .toList();
        return new SheetView(sessionId, session.version, marks);
    }

    /**
     * Replaces the session's whole sheet. Only seated participants (REGISTERED, COMPLETED) can be marked; every bad row
     * is reported at once as {@code marks[i].participantId}. The session's version moves, so its ETag tells the change.
     */
    @Transactional
    public SheetView mark(long courseId, long sessionId, String ifMatch, List<MarkInput> marks) {
        TrainingCourse course = courses.find(courseId);
        // Locked first, so simultaneous sheets for one session queue up; the later one sees the new ETag (412).
        TrainingSession s = java.util.Optional.ofNullable(vn.diplomacy.common.RowLock.byId(
                        sessions.getEntityManager(), TrainingSession.class, "training_session", sessionId))
                .filter(found -> found.courseId == courseId)
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId));
        ETags.requireMatch(ifMatch, s.version);
        if (course.status != CourseStatus.OPEN && course.status != CourseStatus.IN_PROGRESS) {
            throw ProblemException.conflict(
                    "Attendance is marked while the course is OPEN or IN_PROGRESS (it is " + course.status + ")");
        }
        Map<Long, TrainingParticipant> people = participants.list("courseId", courseId).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            MarkInput m = marks.get(i);
            TrainingParticipant p = people.get(m.participantId());
            if (p == null) {
                errors.add(new Problem.FieldError(
                        "marks[" + i + "].participantId", "is not a participant of this course"));
            } else if (!ParticipantStatus.SEATED.contains(p.status)) {
                errors.add(new Problem.FieldError(
                        "marks[" + i + "].participantId", "is " + p.status + "; only registered participants attend"));
            } else if (!seen.add(m.participantId())) {
                errors.add(new Problem.FieldError("marks[" + i + "].participantId", "is marked twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<Long, Attendance> existing = attendance.list("sessionId", sessionId).stream()
                .collect(Collectors.toMap(a -> a.participantId, Function.identity()));
        for (MarkInput m : marks) {
            Attendance a = existing.remove(m.participantId());
            boolean fresh = a == null;
            if (fresh) {
                a = new Attendance();
                a.sessionId = sessionId;
                a.participantId = m.participantId();
            }
            a.status = m.status();
            a.note = trimToNull(m.note());
            if (fresh) {
                // IDENTITY keys insert at persist, so the row must be complete first.
                attendance.persist(a);
            }
        }
        existing.values().forEach(attendance::delete);
        sessions.getEntityManager().lock(s, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        attendance.flush();
        return sheet(courseId, sessionId);
    }

    /** Seated participants × sessions; rates count PRESENT and LATE over all sessions of the course. */
    @Transactional
    public Grid grid(long courseId) {
        TrainingCourse course = courses.find(courseId);
        List<TrainingSession> all = sessions.list("courseId = ?1 order by sessionDate, startTime, id", courseId);
        List<TrainingParticipant> seated =
                participants
                        .list("courseId = ?1 and status in ?2 order by id", courseId, ParticipantStatus.SEATED)
                        .stream()
                        .sorted(Comparator.comparing((TrainingParticipant p) -> p.fullName, Names.ORDER))
                        .toList();
        Map<Long, List<Attendance>> byParticipant = all.isEmpty()
                ? Map.of()
                : attendance.list("sessionId in ?1", all.stream().map(x -> x.id).toList()).stream()
                        .collect(Collectors.groupingBy(a -> a.participantId));
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i).id, i);
        }
        List<GridRow> rows = new ArrayList<>();
        for (TrainingParticipant p : seated) {
            List<Attendance> marks = byParticipant.getOrDefault(p.id, List.of());
            int attended = (int) marks.stream().filter(a -> a.status.attended()).count();
            List<GridCell> cells = marks.stream()
                    .sorted(Comparator.comparing(a -> order.get(a.sessionId)))
                    .map(a -> new GridCell(a.sessionId, a.status, a.note))
                    .toList();
            rows.add(new GridRow(
                    p.id,
                    p.fullName,
                    p.organizationName,
                    p.status,
                    cells,
                    attended,
                    TrainingCourseService.rate(attended, all.size()),
                    !all.isEmpty() && attended * 100L >= (long) course.completionThreshold * all.size()));
        }
        BigDecimal average = all.isEmpty() || rows.isEmpty()
                ? null
                : rows.stream()
                        .map(GridRow::rate)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP);
        List<GridSession> heads = all.stream()
                .map(x -> new GridSession(x.id, x.sessionDate, x.startTime, x.title, x.version))
                .toList();
        return new Grid(courseId, course.completionThreshold, heads, rows, average);
    }

    private static void requireOpen(TrainingCourse course) {
        if (course.status.isClosed()) {
            throw ProblemException.conflict("A " + course.status + " course's sessions can no longer be changed");
        }
    }

    private void apply(TrainingCourse course, TrainingSession s, SessionInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.date().isBefore(course.startDate) || input.date().isAfter(course.endDate)) {
            errors.add(new Problem.FieldError(
                    "date", "must be within the course's dates " + course.startDate + " to " + course.endDate));
        }
        if (!input.endTime().isAfter(input.startTime())) {
            errors.add(new Problem.FieldError("endTime", "must be after startTime"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        mapper.apply(input, s);
    }

    TrainingSession find(long courseId, long id) {
        return sessions.find("id = ?1 and courseId = ?2", id, courseId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Session", id));
    }

    private Function<TrainingSession, SessionView> views(List<TrainingSession> items) {
        Map<Long, Long> marked = items.isEmpty()
                ? Map.of()
                : attendance
                        .getEntityManager()
                        .createQuery(
                                "select a.sessionId, count(a) from Attendance a where a.sessionId in :ids group by a.sessionId",
                                Object[].class)
                        .setParameter("ids", items.stream().map(s -> s.id).toList())
                        .getResultList()
                        .stream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        return s -> mapper.view(s, marked.getOrDefault(s.id, 0L));
    }
}
