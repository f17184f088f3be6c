package vn.diplomacy.training;

import static vn.diplomacy.common.SearchText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.NestedRecordService;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.person.PersonService;
import vn.diplomacy.training.TrainingDtos.ImportDuplicate;
import vn.diplomacy.training.TrainingDtos.ImportResult;
import vn.diplomacy.training.TrainingDtos.ParticipantInput;
import vn.diplomacy.training.TrainingDtos.ParticipantView;

/** Registrations: seats, the waitlist, cancellations with promotion, and bulk import. */
@ApplicationScoped
public class ParticipantService implements NestedRecordService<ParticipantInput, ParticipantView> {
    static final SortFields SORTABLE = ListQuery.sortable(
            TrainingParticipant.class, "registeredAt=createdAt", "fullName", "status", "waitlistPosition", "updatedAt");

    private final TrainingMapper mapper;
    private final TrainingCourseService courses;
    private final TrainingParticipantRepository participants;
    private final OrganizationRepository organizations;
    private final Links links;
    private final Seats seats;
    private final PersonService persons;

    ParticipantService(
            TrainingMapper mapper,
            TrainingCourseService courses,
            TrainingParticipantRepository participants,
            OrganizationRepository organizations,
            Links links,
            Seats seats,
            PersonService persons) {
        this.persons = persons;
        this.mapper = mapper;
        this.courses = courses;
        this.participants = participants;
        this.organizations = organizations;
        this.links = links;
        this.seats = seats;
    }

    @Transactional
    public PageResult<ParticipantView> list(
            long courseId, PageParams params, ParticipantFilters filters, ExportParams export) {
        courses.find(courseId);
        Filtered f = filter(courseId, params, filters, export);
        return PageResult.viewed(participants, "", f.where(), f.list(), this::views);
    }

    /** Every participant matching the list's filters, in the list's order (for exports; paging is ignored). */
    @Transactional
    public List<ParticipantView> all(
            long courseId, PageParams params, ParticipantFilters filters, ExportParams export) {
        courses.find(courseId);
        Filtered f = filter(courseId, params, filters, export);
        List<TrainingParticipant> items = participants
                .find(f.where().jpql(), f.list().sort(), f.where().params())
                .list();
        return items.stream().map(views(items)).toList();
    }

    private static Filtered filter(long courseId, PageParams params, ParticipantFilters filters, ExportParams export) {
        Filtered f = FilterSet.read(params, SORTABLE, filters, export);
        f.where().and("courseId = :course", "course", courseId);
        return f;
    }

    @Transactional
    public ParticipantView get(long courseId, long id) {
        TrainingParticipant p = find(courseId, id);
        return views(List.of(p)).apply(p);
    }

    /** Takes a seat if one is free, else the end of the waitlist; the course row lock orders simultaneous calls. */
    @Transactional
    public ParticipantView create(long courseId, ParticipantInput input) {
        // The lock comes first, before any other read of this transaction (see Seats).
        TrainingCourse course = courses.lock(courseId);
        Seats.Roster roster = seats.roster(course);
        TrainingParticipant p = new TrainingParticipant();
        apply(p, input);
        requireRegistrationOpen(course);
        person(p, course, input.personId(), "personId");
        ParticipantKeys.Clash duplicate = ParticipantKeys.of(roster, null).clash(p);
        if (duplicate != null) {
            throw duplicateOf(duplicate, "Already registered for this course: ");
        }
        roster.seat(p);
        return get(courseId, p.id);
    }

    @Transactional
    public ParticipantView update(long courseId, long id, String ifMatch, ParticipantInput input) {
        TrainingCourse course = courses.lock(courseId);
        Seats.Roster roster = seats.roster(course);
        TrainingParticipant p = roster.get(id).orElseThrow(() -> ProblemException.notFound("Participant", id));
        ETags.requireMatch(ifMatch, p.version);
        if (course.status.isClosed()) {
            throw ProblemException.conflict("A " + course.status + " course's participants can no longer be changed");
        }
        apply(p, input);
        person(p, course, input.personId(), "personId");
        ParticipantKeys.Clash duplicate = ParticipantKeys.of(roster, id).clash(p);
        if (duplicate != null) {
            throw duplicateOf(duplicate, "Another participant of this course has ");
        }
        participants.flush();
        return get(courseId, id);
    }

    /** REGISTERED or WAITLISTED → CANCELLED; a freed seat goes to the first WAITLISTED in the same transaction. */
    @Transactional
    public ParticipantView cancel(long courseId, long id, String ifMatch) {
        TrainingCourse course = courses.lock(courseId);
        Seats.Roster roster = seats.roster(course);
        TrainingParticipant p = roster.get(id).orElseThrow(() -> ProblemException.notFound("Participant", id));
        ETags.requireMatch(ifMatch, p.version);
        if (course.status.isClosed()) {
            throw ProblemException.conflict(
                    "A " + course.status + " course's registrations can no longer be cancelled");
        }
        if (p.status != ParticipantStatus.REGISTERED && p.status != ParticipantStatus.WAITLISTED) {
            throw ProblemException.conflict("A " + p.status + " participant cannot be cancelled");
        }
        p.status = ParticipantStatus.CANCELLED;
        p.waitlistPosition = null;
        participants.flush();
        roster.fill();
        return get(courseId, id);
    }

    /**
     * All or nothing: every bad row is reported with its line; rows already in the course or earlier in the file are
     * skipped and listed as duplicates; the rest are registered in file order (seats first, then the waitlist).
     */
    @Transactional
    public ImportResult importFile(long courseId, byte[] file) {
        // A count, not a find: the course entity must first be read under the lock below (see Seats).
        if (courses.count(courseId) == 0) {
            throw ProblemException.notFound("Training course", courseId);
        }
        List<ParticipantFile.Line> lines = ParticipantFile.read(file);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<TrainingParticipant> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        Map<String, Optional<Organization>> orgCache = new HashMap<>();
        for (ParticipantFile.Line line : lines) {
            TrainingParticipant p = ParticipantLines.participant(
                    line,
                    errors,
                    org -> orgCache.computeIfAbsent(
                            SearchText.fold(org),
                            k -> organizations.find("name", org).firstResultOptional()));
            if (p != null) {
                rows.add(p);
                lineNumbers.add(line.line());
            }
        }
        if (lines.isEmpty()) {
            errors.add(new Problem.FieldError("file", "has no trainee rows"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    vn.diplomacy.common.ProblemType.VALIDATION,
                    errors.size() + " problem(s) in the file;" + " nothing was imported",
                    errors,
                    Map.of());
        }
        TrainingCourse course = courses.lock(courseId);
        Seats.Roster roster = seats.roster(course);
        requireRegistrationOpen(course);
        ParticipantKeys known = ParticipantKeys.of(roster, null);
        List<ImportDuplicate> duplicates = new ArrayList<>();
        int registered = 0;
        int waitlisted = 0;
        for (int i = 0; i < rows.size(); i++) {
            TrainingParticipant p = rows.get(i);
            ParticipantKeys.Clash clash = known.clash(p);
            if (clash != null) {
                duplicates.add(new ImportDuplicate(
                        lineNumbers.get(i),
                        p.fullName,
                        clash.english(),
                        clash.code(),
                        clash.other().line(),
                        clash.other().participantId(),
                        clash.other().fullName()));
                continue;
            }
            known.add(p, new ParticipantKeys.Other(null, lineNumbers.get(i), p.fullName));
            person(p, course, null, "lines[" + lineNumbers.get(i) + "]");
            roster.seat(p);
            if (p.status == ParticipantStatus.REGISTERED) {
                registered++;
            } else {
                waitlisted++;
            }
        }
        return new ImportResult(registered + waitlisted, registered, waitlisted, duplicates);
    }

    private static ProblemException duplicateOf(ParticipantKeys.Clash clash, String english) {
        return ProblemException.conflict(
                "participant-" + clash.code(), Map.of("name", clash.other().fullName()), english + clash.english());
    }

    private void requireRegistrationOpen(TrainingCourse course) {
        if (course.status != CourseStatus.OPEN) {
            throw ProblemException.conflict(
                    "registration-not-open",
                    Map.of("status", course.status),
                    "Registration is closed: the course is " + course.status + ", not OPEN");
        }
        if (!courses.registrationOpen(course)) {
            throw ProblemException.conflict(
                    "registration-deadline-passed",
                    Map.of(
                            "deadline",
                            course.registrationDeadline.format(
                                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                    "Registration closed on " + course.registrationDeadline);
        }
    }

    private void apply(TrainingParticipant p, ParticipantInput input) {
        String orgName = trimToNull(input.organizationName());
        if (input.organizationId() != null) {
            Links.Check check = links.check();
            Organization org = check.organization("organizationId", input.organizationId());
            check.done();
            p.organizationId = org.id;
            p.organizationName = org.name;
        } else if (orgName == null) {
            throw ProblemException.invalid(
                    "organizationName", "give organizationId or organizationName (the trainee's agency)");
        } else {
            p.organizationId = null;
            p.organizationName = orgName;
        }
        mapper.apply(input, p);
    }

    /** Every trainee points to a person: the one given, else the namesake of the same agency, else a new one. */
    private void person(TrainingParticipant p, TrainingCourse course, Long personId, String field) {
        p.personId = persons.resolve(
                        personId,
                        new PersonService.Named(
                                p.fullName,
                                p.organizationName,
                                p.organizationId,
                                p.position,
                                p.gender,
                                null,
                                p.email,
                                p.phone,
                                course.organizerOrganizationId),
                        field)
                .id;
    }

    TrainingParticipant find(long courseId, long id) {
        return participants
                .find("id = ?1 and courseId = ?2", id, courseId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Participant", id));
    }

    Function<TrainingParticipant, ParticipantView> views(List<TrainingParticipant> items) {
        Links.Loaded linked =
                links.load(items.stream().map(p -> p.organizationId).toList(), List.of());
        return p -> mapper.view(p, linked);
    }
}
