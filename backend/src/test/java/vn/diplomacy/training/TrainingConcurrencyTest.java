package vn.diplomacy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.training.TrainingFixtures.COURSES;
import static vn.diplomacy.training.TrainingFixtures.open;
import static vn.diplomacy.training.TrainingFixtures.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class TrainingConcurrencyTest {
    @Test
    void twentySimultaneousRegistrationsForTheLastThreeSeats() throws Exception {
        long course = open(10);
        for (int i = 0; i < 7; i++) {
            register(course, "Học viên sẵn có " + i);
        }
        as(Role.EDITOR); // logs in once before the threads start
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String name = "Học viên đồng thời " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(Role.EDITOR)
                            .body(Map.of("fullName", name, "organizationName", "Sở Ngoại vụ Hậu Giang"))
                            .post(COURSES + "/{id}/participants", course);
                }));
            }
            start.countDown();
            List<Map<String, Object>> created = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response r = answer.get(120, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
                created.add(r.jsonPath().getMap(""));
            }
            assertThat(created)
                    .filteredOn(p -> p.get("status").equals("REGISTERED"))
                    .hasSize(3);
            List<Map<String, Object>> waitlisted = created.stream()
                    .filter(p -> p.get("status").equals("WAITLISTED"))
                    .sorted(Comparator.comparing(p -> ((Number) p.get("id")).longValue()))
                    .toList();
            assertThat(waitlisted).hasSize(17);
            // The queue follows the order in which the registrations got the course's lock (their ids): 1..17, no gaps.
            assertThat(waitlisted)
                    .extracting(p -> p.get("waitlistPosition"))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 17)
                            .boxed()
                            .toList());
        } finally {
            pool.shutdownNow();
        }
        as(Role.VIEWER)
                .get(COURSES + "/{id}", course)
                .then()
                .statusCode(200)
                .body("registeredCount", org.hamcrest.Matchers.equalTo(10))
                .body("waitlistCount", org.hamcrest.Matchers.equalTo(17));
    }

    @Test
    void twentySimultaneousAttendanceSheetsForOneSessionLetOneWin() throws Exception {
        long course = open(10);
        Object participant = register(course, "Vongsa Phommachanh").get("id");
        long session = TrainingFixtures.session(course, 0);
        String etag = TrainingFixtures.sessionEtag(course, session);
        as(Role.EDITOR);
        List<Response> answers = vn.diplomacy.Parallel.run(
                20,
                i -> as(Role.EDITOR)
                        .header("If-Match", etag)
                        .body(Map.of(
                                "marks",
                                List.of(TrainingFixtures.markOf(participant, i % 2 == 0 ? "PRESENT" : "ABSENT"))))
                        .put(COURSES + "/{c}/sessions/{s}/attendance", course, session));
        for (Response r : answers) {
            assertThat(r.statusCode()).as(r.asString()).isIn(200, 412);
        }
        assertThat(vn.diplomacy.Parallel.count(answers, 200)).isEqualTo(1);
    }
}
