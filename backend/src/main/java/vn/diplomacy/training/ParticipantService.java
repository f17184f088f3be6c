package vn.diplomacy.training;

import static vn.diplomacy.common.SearchText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.Gender;
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
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.training.TrainingDtos.ImportDuplicate;
import vn.diplomacy.training.TrainingDtos.ImportResult;
import vn.diplomacy.training.TrainingDtos.ParticipantInput;
import vn.diplomacy.training.TrainingDtos.ParticipantView;

/** Registrations: seats, the waitlist, cancellations with promotion, and bulk import. */
@ApplicationScoped
public class ParticipantService implements NestedRecordService<ParticipantInput, ParticipantView> {
    static final SortFields SORTABLE = ListQuery.sortable(
            TrainingParticipant.class,
            "registeredAt",
            "createdAt",
            "fullName",
            "fullName",
            "status",
            "status",
            "waitlistPosition",
            "waitlistPosition",
            "updatedAt",
            "updatedAt");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final TrainingCourseService courses;
    private final TrainingParticipantRepository participants;
    private final OrganizationRepository organizations;
    private final Seats seats;

    ParticipantService(
            TrainingCourseService courses,
            TrainingParticipantRepository participants,
            OrganizationRepository organizations,
            Seats seats) {
        this.courses = courses;
        this.participants = participants;
        this.organizations = organizations;
        this.seats = seats;
    }

    @Transactional
    public PageResult<ParticipantView> list(
            long courseId, PageParams params, ParticipantFilters filters, ExportParams export) {
        courses.find(courseId);
        Filtered f = filter(courseId, params, filters, export);
        PageResult<TrainingParticipant> page = PageResult.of(participants, f.where(), f.list(), Function.identity());
        return page.map(views(page.items()));
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

    @Transactional
    public ParticipantInput current(long courseId, long id) {
        TrainingParticipant p = find(courseId, id);
        return new ParticipantInput(
                p.fullName,
                p.organizationId,
                p.organizationId == null ? p.organizationName : null,
                p.position,
                p.gender,
                p.email,
                p.phone,
                p.notes);
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
        String duplicate = keys(roster, null).clash(p);
        if (duplicate != null) {
            throw ProblemException.conflict("Already registered for this course: " + duplicate);
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
        String duplicate = keys(roster, id).clash(p);
        if (duplicate != null) {
            throw ProblemException.conflict("Another participant of this course has " + duplicate);
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
            TrainingParticipant p = fromLine(line, errors, orgCache);
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
        Keys known = keys(roster, null);
        List<ImportDuplicate> duplicates = new ArrayList<>();
        int registered = 0;
        int waitlisted = 0;
        for (int i = 0; i < rows.size(); i++) {
            TrainingParticipant p = rows.get(i);
            String clash = known.clash(p);
            if (clash != null) {
                duplicates.add(new ImportDuplicate(lineNumbers.get(i), p.fullName, clash));
                continue;
            }
            known.add(p, "line " + lineNumbers.get(i));
            roster.seat(p);
            if (p.status == ParticipantStatus.REGISTERED) {
                registered++;
            } else {
                waitlisted++;
            }
        }
        return new ImportResult(registered + waitlisted, registered, waitlisted, duplicates);
    }

    private TrainingParticipant fromLine(
            ParticipantFile.Line line, List<Problem.FieldError> errors, Map<String, Optional<Organization>> orgCache) {
        String prefix = "lines[" + line.line() + "].";
        int before = errors.size();
        String name = line.get("fullName");
        if (name == null) {
            errors.add(new Problem.FieldError(prefix + "fullName", "must not be blank"));
        } else if (name.length() > 200) {
            errors.add(new Problem.FieldError(prefix + "fullName", "must be at most 200 characters"));
        }
        String email = line.get("email");
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new Problem.FieldError(prefix + "email", "must be a well-formed email address"));
        }
        Gender gender = null;
        String g = line.get("gender");
        if (g != null) {
            gender = switch (SearchText.fold(g)) {
                case "male", "nam", "m" -> Gender.MALE;
                case "female", "nu", "f" -> Gender.FEMALE;
                case "other", "khac" -> Gender.OTHER;
                default -> null;
            };
            if (gender == null) {
                errors.add(new Problem.FieldError(prefix + "gender", "must be MALE, FEMALE or OTHER (Nam, Nữ, Khác)"));
            }
        }
        String org = line.get("organizationName");
        if (org == null) {
            errors.add(new Problem.FieldError(prefix + "organizationName", "must not be blank (the trainee's agency)"));
        } else if (org.length() > 300) {
            errors.add(new Problem.FieldError(prefix + "organizationName", "must be at most 300 characters"));
        }
        String position = line.get("position");
        if (position != null && position.length() > 200) {
            errors.add(new Problem.FieldError(prefix + "position", "must be at most 200 characters"));
        }
        String phone = line.get("phone");
        if (phone != null && phone.length() > 50) {
            errors.add(new Problem.FieldError(prefix + "phone", "must be at most 50 characters"));
        }
        String notes = line.get("notes");
        if (notes != null && notes.length() > 2000) {
            errors.add(new Problem.FieldError(prefix + "notes", "must be at most 2000 characters"));
        }
        if (errors.size() > before) {
            return null;
        }
        TrainingParticipant p = new TrainingParticipant();
        p.fullName = name;
        // A name found in the registry links the trainee to that organization.
        Optional<Organization> known = orgCache.computeIfAbsent(
                SearchText.fold(org), k -> organizations.find("name", org).firstResultOptional());
        p.organizationId = known.map(o -> o.id).orElse(null);
        p.organizationName = known.map(o -> o.name).orElse(org);
        p.position = position;
        p.gender = gender;
        p.email = email;
        p.phone = phone;
        p.notes = notes;
        return p;
    }

    private void requireRegistrationOpen(TrainingCourse course) {
        if (course.status != CourseStatus.OPEN) {
            throw ProblemException.conflict("Registration is closed: the course is " + course.status + ", not OPEN");
        }
        if (!courses.registrationOpen(course)) {
            throw ProblemException.conflict("Registration closed on " + course.registrationDeadline);
        }
    }

    /** Emails and name + organization of the course's active participants, to spot duplicates. */
    private static final class Keys {
        final Map<String, String> byEmail = new HashMap<>();
        final Map<String, String> byName = new HashMap<>();

        void add(TrainingParticipant p, String where) {
            if (p.email != null) {
                byEmail.putIfAbsent(p.email.toLowerCase(), where);
            }
            byName.putIfAbsent(nameKey(p), where);
        }

        String clash(TrainingParticipant p) {
            if (p.email != null && byEmail.containsKey(p.email.toLowerCase())) {
                return "same email as " + byEmail.get(p.email.toLowerCase());
            }
            String n = byName.get(nameKey(p));
            return n == null ? null : "same name and organization as " + n;
        }

        static String nameKey(TrainingParticipant p) {
            return SearchText.fold(p.fullName) + "|" + SearchText.fold(p.organizationName);
        }
    }

    private static Keys keys(Seats.Roster roster, Long except) {
        Keys keys = new Keys();
        for (TrainingParticipant p : roster.all) {
            if (p.status != ParticipantStatus.CANCELLED && !p.id.equals(except)) {
                keys.add(p, "participant " + p.id + " (" + p.fullName + ")");
            }
        }
        return keys;
    }

    private void apply(TrainingParticipant p, ParticipantInput input) {
        String orgName = trimToNull(input.organizationName());
        if (input.organizationId() != null) {
            Organization org = organizations.findById(input.organizationId());
            if (org == null) {
                throw ProblemException.invalid(
                        "organizationId", "organization " + input.organizationId() + " does not exist");
            }
            p.organizationId = org.id;
            p.organizationName = org.name;
        } else if (orgName == null) {
            throw ProblemException.invalid(
                    "organizationName", "give organizationId or organizationName (the trainee's agency)");
        } else {
            p.organizationId = null;
            p.organizationName = orgName;
        }
        p.fullName = input.fullName().trim();
        p.position = trimToNull(input.position());
        p.gender = input.gender();
        p.email = trimToNull(input.email());
        p.phone = trimToNull(input.phone());
        p.notes = trimToNull(input.notes());
    }

    TrainingParticipant find(long courseId, long id) {
        return participants
                .find("id = ?1 and courseId = ?2", id, courseId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Participant", id));
    }

    Function<TrainingParticipant, ParticipantView> views(List<TrainingParticipant> items) {
        Set<Long> orgIds = items.stream()
                .map(p -> p.organizationId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        Map<Long, Organization> orgs =
                organizations.findByIds(orgIds).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        return p -> new ParticipantView(
                p.id,
                p.courseId,
                p.fullName,
                p.organizationId,
                p.organizationId == null ? null : OrganizationRef.of(orgs.get(p.organizationId)),
                p.organizationName,
                p.position,
                p.gender,
                p.email,
                p.phone,
                p.notes,
                p.status,
                p.waitlistPosition,
                p.createdAt,
                p.createdBy,
                p.updatedAt,
                p.updatedBy,
                p.version);
    }
}
