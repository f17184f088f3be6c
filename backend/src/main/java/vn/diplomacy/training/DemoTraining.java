package vn.diplomacy.training;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.DemoFiles;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.workflow.Workflow;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.partnership.Partnership;
import vn.diplomacy.partnership.PartnershipRepository;

/**
 * With APP_DEMO_DATA=true: the courses of the domain notes ({@code demo/training.json}) — Hậu Giang's 50 officials and Tuyên Quang's 150 trainees
 * (2023, completed, with attendance), Hà Tĩnh's Lao-language course (open, full, with a waitlist) and Thừa Thiên Huế's
 * political-theory course for Lao cadres (planned). Looked up by title before insertion, so a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoTraining {
    private static final Logger LOG = Logger.getLogger(DemoTraining.class);
    // Injected by field: the loader only runs at start-up and no test builds it by hand.
    @Inject
    TrainingCourseRepository courses;

    @Inject
    TrainingSessionRepository sessions;

    @Inject
    TrainingParticipantRepository participants;

    @Inject
    Workflow workflow;

    @Inject
    AttendanceRepository attendance;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    AppConfig config;

    @Inject
    DemoFiles files;

    @jakarta.inject.Inject
    vn.diplomacy.common.ClusterLock lock;

    void onStart(@Observes @Priority(60) StartupEvent event) {
        if (config.demoData()) {
            LOG.infof("Demo data: %d training courses added", lock.startupStep(this::load));
        }
    }

    @Transactional
    public int load() {
        DemoTrainingData data = files.read("training.json", DemoTrainingData.class);
        List<Organization> organizers = data.courses().stream()
                .map(c -> organizations
                        .findSame(c.organizer().name(), "VN", c.organizer().type())
                        .orElse(null))
                .toList();
        if (organizers.contains(null)) {
            LOG.warn("Demo training courses skipped: the demo organizations are missing");
            return 0;
        }
        int added = 0;
        for (int i = 0; i < organizers.size(); i++) {
            DemoTrainingData.Course in = data.courses().get(i);
            if (courses.count("title", in.title()) == 0) {
                TrainingCourse c = course(in, organizers.get(i));
                List<TrainingParticipant> people =
                        in.participants() == null ? List.of() : people(c, in.participants(), data.names());
                List<TrainingSession> days = new ArrayList<>();
                for (DemoTrainingData.Session s :
                        in.sessions() == null ? List.<DemoTrainingData.Session>of() : in.sessions()) {
                    days.add(session(c, s));
                }
                if (in.attendance()) {
                    attend(c, days, people);
                }
                added++;
            }
        }
        return added;
    }

    private TrainingCourse course(DemoTrainingData.Course in, Organization organizer) {
        TrainingCourse c = new TrainingCourse();
        c.title = in.title();
        c.topic = in.topic();
        c.language = in.language();
        c.organizerOrganizationId = organizer.id;
        Partnership partnership = in.partnership() == null
                ? null
                : partnerships.find("title", in.partnership()).firstResult();
        c.partnershipId = partnership == null ? null : partnership.id;
        c.location = in.location();
        c.startDate = in.start();
        c.endDate = in.end();
        c.capacity = in.capacity();
        c.registrationDeadline = in.registrationDeadline();
        c.status = in.status();
        c.description = in.description();
        c.completionThreshold = TrainingCourseService.DEFAULT_THRESHOLD;
        courses.persistAndFlush(c);
        CourseStatus previous = null;
        for (CourseStatus step :
                List.of(CourseStatus.PLANNED, CourseStatus.OPEN, CourseStatus.IN_PROGRESS, CourseStatus.COMPLETED)) {
            workflow.record(TrainingCourseService.KIND, c.id, previous, step, null);
            previous = step;
            if (step == in.status()) {
                break;
            }
        }
        return c;
    }

    /** Plausible, distinct Vietnamese names (family + middle + given), spread over the agencies. */
    private List<TrainingParticipant> people(
            TrainingCourse c, DemoTrainingData.Trainees trainees, DemoTrainingData.Names names) {
        List<TrainingParticipant> list = new ArrayList<>();
        List<String> agencies = trainees.agencies();
        for (int i = 0; i < trainees.count(); i++) {
            int k = i + trainees.seed();
            boolean female = k % 2 == 1;
            List<String> middle = female ? names.middleFemale() : names.middleMale();
            List<String> given = female ? names.givenFemale() : names.givenMale();
            TrainingParticipant p = new TrainingParticipant();
            p.courseId = c.id;
            p.fullName = names.family().get(k % names.family().size()) + " "
                    + middle.get((k / 3) % middle.size()) + " "
                    + given.get((k * (female ? 7 : 5)) % given.size());
            p.gender = female ? Gender.FEMALE : Gender.MALE;
            p.organizationName = agencies.get(i % agencies.size());
            Organization known = organizations.find("name", p.organizationName).firstResult();
            p.organizationId = known == null ? null : known.id;
            p.position = names.positions().get(k % names.positions().size());
            p.email = "hocvien" + c.id + "." + (i + 1) + "@example.gov.vn";
            p.status = i < c.capacity ? ParticipantStatus.REGISTERED : ParticipantStatus.WAITLISTED;
            p.waitlistPosition = i < c.capacity ? null : i - c.capacity + 1;
            participants.persist(p);
            list.add(p);
        }
        participants.flush();
        return list;
    }

    private TrainingSession session(TrainingCourse c, DemoTrainingData.Session in) {
        TrainingSession s = new TrainingSession();
        s.courseId = c.id;
        s.sessionDate = in.date();
        s.startTime = in.start();
        s.endTime = in.end();
        s.title = in.title();
        s.trainer = in.trainer();
        s.room = in.room();
        sessions.persist(s);
        return s;
    }

    /** Most attend everything; every 9th misses two sessions, every 5th is late once: completion follows the rule. */
    private void attend(TrainingCourse c, List<TrainingSession> days, List<TrainingParticipant> people) {
        for (int i = 0; i < people.size(); i++) {
            TrainingParticipant p = people.get(i);
            int attended = 0;
            for (int d = 0; d < days.size(); d++) {
                Attendance a = new Attendance();
                a.sessionId = days.get(d).id;
                a.participantId = p.id;
                a.status = i % 9 == 4 && d < 2
                        ? (d == 0 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT)
                        : i % 5 == 2 && d == days.size() - 1 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
                attended += a.status.attended() ? 1 : 0;
                attendance.persist(a);
            }
            if (attended * 100L >= (long) c.completionThreshold * days.size()) {
                p.status = ParticipantStatus.COMPLETED;
            }
        }
        attendance.flush();
    }
}
