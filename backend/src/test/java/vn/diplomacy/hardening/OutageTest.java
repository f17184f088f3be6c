package vn.diplomacy.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.diplomacy.TestSupport;

/**
 * The database paused (SIGSTOP) and killed (SIGKILL) under a steady write load: answers are fast 503 problems with
 * Retry-After, readiness goes DOWN quickly, the app recovers without 500s, and no acknowledged write is lost
 * (a client-side ledger of every 201).
 */
@QuarkusTest
@WithTestResource(PrivateDatabase.class)
class OutageTest {
    private final Map<String, Long> ledger = new ConcurrentHashMap<>();
    private final List<String> bad = new CopyOnWriteArrayList<>();

    @Test
    void pausedAndKilledDatabaseGives503AndLosesNothing() throws Exception {
        String token = TestSupport.login("admin", TestSupport.ADMIN_PASSWORD);
        given().get("/q/health/ready").then().statusCode(200);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            writers.submit(() -> {
                while (running.get()) {
                    write(token);
                }
                return null;
            });
        }
        Thread.sleep(1500);

        PrivateDatabase.signal("STOP");
        long paused = System.nanoTime();
        Response during = awaitStatus(token, 503, 30_000);
        long firstUnavailableMs = (System.nanoTime() - paused) / 1_000_000;
        assertThat(during.contentType()).startsWith("application/problem+json");
        assertThat(during.header("Retry-After")).isNotNull();
        long readyStart = System.nanoTime();
        Response ready = given().get("/q/health/ready");
        long readyMs = (System.nanoTime() - readyStart) / 1_000_000;
        assertThat(ready.statusCode()).isEqualTo(503);
        long oneStart = System.nanoTime();
        Response one = given().auth().oauth2(token).get("/api/v1/organizations");
        long oneMs = (System.nanoTime() - oneStart) / 1_000_000;
        assertThat(one.statusCode()).isEqualTo(503);
        Thread.sleep(3000);
        PrivateDatabase.signal("CONT");
        awaitStatus(token, 200, 60_000);

        PrivateDatabase.signal("KILL");
        PrivateDatabase.server.waitFor(10, TimeUnit.SECONDS);
        Response killed = awaitStatus(token, 503, 30_000);
        assertThat(killed.header("Retry-After")).isNotNull();
        Thread.sleep(2000);
        PrivateDatabase.startServer();
        long restarted = System.nanoTime();
        awaitStatus(token, 200, 60_000);
        long recoveryMs = (System.nanoTime() - restarted) / 1_000_000;
        Thread.sleep(1500);
        running.set(false);
        writers.shutdown();
        writers.awaitTermination(60, TimeUnit.SECONDS);
        for (int i = 0; i < 30; i++) {
            Response after = given().auth().oauth2(token).get("/api/v1/organizations");
            assertThat(after.statusCode()).as(after.asString()).isEqualTo(200);
        }
        for (Map.Entry<String, Long> written : ledger.entrySet()) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/organizations/{id}", written.getValue())
                    .then()
                    .statusCode(200)
                    .body("name", org.hamcrest.Matchers.equalTo(written.getKey()));
        }
        System.out.printf(
                "OutageTest: first 503 %d ms after SIGSTOP, readiness DOWN in %d ms, a request during the pause"
                        + " %d ms, recovery %d ms after restart, %d acknowledged writes all found%n",
                firstUnavailableMs, readyMs, oneMs, recoveryMs, ledger.size());
        assertThat(bad).as("answers other than 201 or a 503 problem").isEmpty();
        assertThat(readyMs).isLessThan(5_000);
        assertThat(oneMs).isLessThan(5_000);
        assertThat(ledger).isNotEmpty();
    }

    private void write(String token) {
        String name = "Ledger " + UUID.randomUUID();
        Response r = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "LOCAL_GOVERNMENT", "countryCode", "LA"))
                .post("/api/v1/organizations");
        if (r.statusCode() == 201) {
            ledger.put(name, r.jsonPath().getLong("id"));
        } else if (r.statusCode() != 503 || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            bad.add(r.statusCode() + " " + r.asString());
        }
    }

    private static Response awaitStatus(String token, int status, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        Response last = null;
        while (System.currentTimeMillis() < deadline) {
            last = given().auth().oauth2(token).get("/api/v1/organizations");
            if (last.statusCode() == status) {
                return last;
            }
            assertThat(last.statusCode()).as(last.asString()).isIn(200, 503);
            Thread.sleep(200);
        }
        throw new AssertionError(
                "no " + status + " within " + timeoutMs + " ms; last " + (last == null ? "none" : last.statusCode()));
    }
}
