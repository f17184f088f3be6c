package vn.diplomacy.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import vn.diplomacy.organization.DemoOrganizations;
import vn.diplomacy.partnership.DemoPartnerships;

@QuarkusTest
class DemoTrainingTest {
    @Inject
    DemoOrganizations organizations;

    @Inject
    DemoPartnerships partnerships;

    @Inject
    DemoTraining training;

    @Inject
    TrainingCourseRepository courses;

    @Inject
    TrainingParticipantRepository participants;

    @Test
    @Transactional
    void loadedOnceWithAFullCourseAndACompletedOne() {
        organizations.load();
        partnerships.load();
        training.load();
        long count = courses.count();
        assertThat(training.load()).isZero();
        assertThat(courses.count()).isEqualTo(count);
        TrainingCourse lao = courses.find("title", "Lớp tiếng Lào cho cán bộ, công chức năm 2027")
                .firstResult();
        assertThat(lao.partnershipId).isNotNull();
        assertThat(participants.count("courseId = ?1 and status = ?2", lao.id, ParticipantStatus.REGISTERED))
                .isEqualTo(lao.capacity);
        assertThat(participants.count("courseId = ?1 and status = ?2", lao.id, ParticipantStatus.WAITLISTED))
                .isEqualTo(4);
        TrainingCourse tq = courses.find("title", "Tập huấn nghiệp vụ công tác đối ngoại nhân dân năm 2023")
                .firstResult();
        assertThat(tq.status).isEqualTo(CourseStatus.COMPLETED);
        assertThat(participants.count("courseId = ?1", tq.id)).isEqualTo(150);
        assertThat(participants.count("courseId = ?1 and status = ?2", tq.id, ParticipantStatus.COMPLETED))
                .isBetween(100L, 149L);
    }
}
