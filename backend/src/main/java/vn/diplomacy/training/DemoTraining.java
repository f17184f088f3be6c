package vn.diplomacy.training;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.workflow.Workflow;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.Partnership;
import vn.diplomacy.partnership.PartnershipRepository;

/**
 * With APP_DEMO_DATA=true: the courses of the domain notes — Hậu Giang's 50 officials and Tuyên Quang's 150 trainees
 * (2023, completed, with attendance), Hà Tĩnh's Lao-language course (open, full, with a waitlist) and Thừa Thiên Huế's
 * political-theory course for Lao cadres (planned). Looked up by title before insertion, so a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoTraining {
    private static final Logger LOG = Logger.getLogger(DemoTraining.class);
    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };
    private static final String[] MIDDLE_M = {"Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh"};
    private static final String[] MIDDLE_F = {"Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hồng"};
    private static final String[] GIVEN_M = {
        "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Tuấn", "Việt"
    };
    private static final String[] GIVEN_F = {
        "Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang",
        "Yến"
    };
    private static final String[] POSITIONS = {
        "Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Cán bộ", "Chuyên viên chính"
    };

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

    @Transactional
    void onStart(@Observes @Priority(60) StartupEvent event) {
        if (config.demoData()) {
            LOG.infof("Demo data: %d training courses added", load());
        }
    }

    @Transactional
    public int load() {
        Organization hauGiang = org("Ủy ban nhân dân tỉnh Hậu Giang", OrganizationType.LOCAL_GOVERNMENT, "VN");
        Organization tuyenQuang = org("Ủy ban nhân dân tỉnh Tuyên Quang", OrganizationType.LOCAL_GOVERNMENT, "VN");
        Organization haTinhDofa = org("Sở Ngoại vụ Hà Tĩnh", OrganizationType.GOVERNMENT_AGENCY, "VN");
        Organization hueBoard = org("Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế", OrganizationType.PARTY_ORGANIZATION, "VN");
        if (hauGiang == null || tuyenQuang == null || haTinhDofa == null || hueBoard == null) {
            LOG.warn("Demo training courses skipped: the demo organizations are missing");
            return 0;
        }
        int added = 0;
        if (absent("Bồi dưỡng kiến thức đối ngoại nhân dân năm 2023")) {
            TrainingCourse c = course(
                    "Bồi dưỡng kiến thức đối ngoại nhân dân năm 2023",
                    TrainingTopic.PEOPLE_DIPLOMACY,
                    "vi",
                    hauGiang,
                    null,
                    "Hội trường Sở Ngoại vụ, thành phố Vị Thanh",
                    LocalDate.of(2023, 6, 14),
                    LocalDate.of(2023, 6, 16),
                    50,
                    LocalDate.of(2023, 6, 9),
                    CourseStatus.COMPLETED,
                    "Bồi dưỡng kiến thức về công tác đối ngoại nhân dân cho 50 cán bộ, công chức, viên chức của tỉnh.");
            List<TrainingParticipant> people = people(
                    c,
                    50,
                    List.of(
                            "Sở Ngoại vụ Hậu Giang",
                            "Văn phòng UBND tỉnh Hậu Giang",
                            "Ban Tuyên giáo Tỉnh ủy Hậu Giang",
                            "UBND thành phố Vị Thanh",
                            "Liên hiệp các tổ chức hữu nghị tỉnh Hậu Giang"),
                    0);
            List<TrainingSession> days = sessions(
                    c,
                    new String[] {
                        "Chỉ thị 12-CT/TW về tăng cường công tác đối ngoại nhân dân",
                        "Công tác lễ tân đối ngoại",
                        "Thông tin đối ngoại và quảng bá hình ảnh địa phương"
                    },
                    new String[] {"Phan Anh Sơn", "Nguyễn Thị Thu Hà", "Lê Minh Tuấn"});
            attend(c, days, people);
            added++;
        }
        if (absent("Tập huấn nghiệp vụ công tác đối ngoại nhân dân năm 2023")) {
            TrainingCourse c = course(
                    "Tập huấn nghiệp vụ công tác đối ngoại nhân dân năm 2023",
                    TrainingTopic.PEOPLE_DIPLOMACY,
                    "vi",
                    tuyenQuang,
                    null,
                    "Hội trường Nhà khách Minh Thanh, Tuyên Quang",
                    LocalDate.of(2023, 10, 18),
                    LocalDate.of(2023, 10, 18),
                    150,
                    LocalDate.of(2023, 10, 13),
                    CourseStatus.COMPLETED,
                    "Tập huấn cho 150 học viên là cán bộ các sở, ngành, huyện, thành phố và các tổ chức hữu nghị.");
            List<TrainingParticipant> people = people(
                    c,
                    150,
                    List.of(
                            "Sở Ngoại vụ Tuyên Quang",
                            "Liên hiệp các tổ chức hữu nghị tỉnh Tuyên Quang",
                            "UBND huyện Sơn Dương",
                            "UBND huyện Yên Sơn",
                            "UBND thành phố Tuyên Quang",
                            "Ban Dân vận Tỉnh ủy Tuyên Quang"),
                    7);
            List<TrainingSession> days = new ArrayList<>();
            days.add(session(
                    c,
                    c.startDate,
                    LocalTime.of(7, 30),
                    LocalTime.of(11, 30),
                    "Tổng quan công tác đối ngoại nhân dân",
                    "Lê Hoài Trung",
                    "Hội trường lớn"));
            days.add(session(
                    c,
                    c.startDate,
                    LocalTime.of(13, 30),
                    LocalTime.of(17, 0),
                    "Kỹ năng đón tiếp đoàn nước ngoài",
                    "Trần Thị Mai",
                    "Hội trường lớn"));
            attend(c, days, people);
            added++;
        }
        if (absent("Lớp tiếng Lào cho cán bộ, công chức năm 2027")) {
            Partnership bolikhamxay = partnership("Hà Tĩnh – Bolikhamxay");
            TrainingCourse c = course(
                    "Lớp tiếng Lào cho cán bộ, công chức năm 2027",
                    TrainingTopic.FOREIGN_LANGUAGE,
                    "lo",
                    haTinhDofa,
                    bolikhamxay,
                    "Trường Chính trị Trần Phú, Hà Tĩnh",
                    LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 5, 28),
                    20,
                    LocalDate.of(2027, 2, 20),
                    CourseStatus.OPEN,
                    "Bồi dưỡng tiếng Lào giao tiếp cho cán bộ làm công tác hợp tác với các tỉnh bạn Lào.");
            List<TrainingParticipant> people = people(
                    c,
                    24,
                    List.of(
                            "Sở Ngoại vụ Hà Tĩnh",
                            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh",
                            "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh",
                            "Sở Công Thương Hà Tĩnh",
                            "UBND huyện Hương Sơn"),
                    3);
            for (int i = 0; i < people.size(); i++) {
                if (i >= c.capacity) {
                    people.get(i).status = ParticipantStatus.WAITLISTED;
                    people.get(i).waitlistPosition = i - c.capacity + 1;
                } else {
                    people.get(i).status = ParticipantStatus.REGISTERED;
                }
            }
            session(
                    c,
                    LocalDate.of(2027, 3, 1),
                    LocalTime.of(8, 0),
                    LocalTime.of(11, 0),
                    "Bảng chữ cái và phát âm tiếng Lào",
                    "Vongsa Keo",
                    "Phòng 201");
            session(
                    c,
                    LocalDate.of(2027, 3, 3),
                    LocalTime.of(8, 0),
                    LocalTime.of(11, 0),
                    "Chào hỏi và giới thiệu",
                    "Vongsa Keo",
                    "Phòng 201");
            added++;
        }
        if (absent("Bồi dưỡng lý luận chính trị cho cán bộ tỉnh Sê Kông và Salavan")) {
            course(
                    "Bồi dưỡng lý luận chính trị cho cán bộ tỉnh Sê Kông và Salavan",
                    TrainingTopic.POLITICAL_THEORY,
                    "lo",
                    hueBoard,
                    partnership("Thừa Thiên Huế – Sekong"),
                    "Trường Chính trị Nguyễn Chí Thanh, Huế",
                    LocalDate.of(2027, 4, 5),
                    LocalDate.of(2027, 6, 25),
                    40,
                    LocalDate.of(2027, 3, 20),
                    CourseStatus.PLANNED,
                    "Lớp bồi dưỡng lý luận chính trị cho cán bộ hai tỉnh bạn Lào có chung đường biên giới.");
            added++;
        }
        return added;
    }

    private boolean absent(String title) {
        return courses.count("title", title) == 0;
    }

    private Organization org(String name, OrganizationType type, String country) {
        return organizations.findSame(name, country, type).orElse(null);
    }

    private Partnership partnership(String title) {
        return partnerships.find("title", title).firstResult();
    }

    private TrainingCourse course(
            String title,
            TrainingTopic topic,
            String language,
            Organization organizer,
            Partnership partnership,
            String location,
            LocalDate start,
            LocalDate end,
            int capacity,
            LocalDate deadline,
            CourseStatus status,
            String description) {
        TrainingCourse c = new TrainingCourse();
        c.title = title;
        c.topic = topic;
        c.language = language;
        c.organizerOrganizationId = organizer.id;
        c.partnershipId = partnership == null ? null : partnership.id;
        c.location = location;
        c.startDate = start;
        c.endDate = end;
        c.capacity = capacity;
        c.registrationDeadline = deadline;
        c.status = status;
        c.description = description;
        c.completionThreshold = TrainingCourseService.DEFAULT_THRESHOLD;
        courses.persistAndFlush(c);
        CourseStatus previous = null;
        for (CourseStatus step :
                List.of(CourseStatus.PLANNED, CourseStatus.OPEN, CourseStatus.IN_PROGRESS, CourseStatus.COMPLETED)) {
            workflow.record(TrainingCourseService.KIND, c.id, previous, step, null);
            previous = step;
            if (step == status) {
                break;
            }
        }
        return c;
    }

    /** Plausible, distinct Vietnamese names (family + middle + given), spread over the agencies. */
    private List<TrainingParticipant> people(TrainingCourse c, int n, List<String> agencies, int seed) {
        List<TrainingParticipant> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i + seed;
            boolean female = k % 2 == 1;
            TrainingParticipant p = new TrainingParticipant();
            p.courseId = c.id;
            p.fullName = FAMILY[k % FAMILY.length] + " " + (female ? MIDDLE_F : MIDDLE_M)[(k / 3) % 6] + " "
                    + (female ? GIVEN_F[(k * 7) % GIVEN_F.length] : GIVEN_M[(k * 5) % GIVEN_M.length]);
            p.gender = female ? Gender.FEMALE : Gender.MALE;
            p.organizationName = agencies.get(i % agencies.size());
            Organization known = organizations.find("name", p.organizationName).firstResult();
            p.organizationId = known == null ? null : known.id;
            p.position = POSITIONS[k % POSITIONS.length];
            p.email = "hocvien" + c.id + "." + (i + 1) + "@example.gov.vn";
            p.status = ParticipantStatus.REGISTERED;
            participants.persist(p);
            list.add(p);
        }
        participants.flush();
        return list;
    }

    private List<TrainingSession> sessions(TrainingCourse c, String[] titles, String[] trainers) {
        List<TrainingSession> list = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            list.add(session(
                    c,
                    c.startDate.plusDays(i),
                    LocalTime.of(8, 0),
                    LocalTime.of(11, 30),
                    titles[i],
                    trainers[i],
                    "Phòng họp số 1"));
        }
        return list;
    }

    private TrainingSession session(
            TrainingCourse c,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String title,
            String trainer,
            String room) {
        TrainingSession s = new TrainingSession();
        s.courseId = c.id;
        s.sessionDate = date;
        s.startTime = start;
        s.endTime = end;
        s.title = title;
        s.trainer = trainer;
        s.room = room;
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
