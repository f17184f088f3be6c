package vn.diplomacy.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.apiKey;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.diplomacy.security.Role;

@QuarkusTest
class ChangeFeedTest {

    static JsonPath page(String after, String types, int size) {
        return as(Role.VIEWER)
                .queryParam("after", after)
                .queryParam("types", types)
                .queryParam("size", size)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The cursor after every event so far. */
    static String end() {
        String cursor = "";
        while (true) {
            JsonPath p = page(cursor, "organization", 1000);
            cursor = p.getString("next");
            if (p.getList("items").isEmpty()) {
                return cursor;
            }
        }
    }

    @Test
    void aDeletionIsATombstoneInTheFeed() {
        String from = end();
        long id = RecordHistoryTest.organization(unique("Xiêng Khoảng"));
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, "/api/v1/organizations/{id}", id))
                .delete("/api/v1/organizations/{id}", id)
                .then()
                .statusCode(204);
        // An agency's program reads it with its API key.
        JsonPath p = JsonPath.from(given().header("X-API-Key", apiKey(Role.VIEWER))
                .queryParam("after", from)
                .queryParam("types", "organization")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<Map<String, Object>> mine = p.<Map<String, Object>>getList("items").stream()
                .filter(e -> ((Number) e.get("recordId")).longValue() == id)
                .toList();
        assertThat(mine).extracting(e -> e.get("action")).containsExactly("CREATED", "DELETED");
        assertThat(mine).extracting(e -> e.get("kind")).containsOnly("organization");
        assertThat(mine.get(1).get("actor").toString()).startsWith("editor-");
        // Nothing new: the same cursor comes back.
        String next = p.getString("next");
        JsonPath again = page(next, "organization", 100);
        assertThat(again.getList("items")).isEmpty();
        assertThat(again.getString("next")).isEqualTo(next);
    }

    @Test
    void concurrentWritersAndAPagingReaderSeeEveryEventExactlyOnce() throws Exception {
        String from = end();
        int writers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch start = new CountDownLatch(1);
        Set<Long> created = ConcurrentHashMap.newKeySet();
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            writes.add(pool.submit(() -> {
                start.await();
                created.add(RecordHistoryTest.organization(unique("Đồng Nai")));
                return null;
            }));
        }
        Future<List<String>> reader = pool.submit(() -> {
            List<String> seen = new ArrayList<>();
            String cursor = from;
            start.await();
            boolean writersDone = false;
            while (true) {
                JsonPath p = page(cursor, "organization", 3);
                List<String> cursors = p.getList("items.cursor");
                List<Number> ids = p.getList("items.recordId");
                for (int k = 0; k < cursors.size(); k++) {
                    seen.add(cursors.get(k) + "/" + ids.get(k).longValue());
                }
                cursor = p.getString("next");
                if (cursors.isEmpty()) {
                    if (writersDone) {
                        return seen;
                    }
                    writersDone = writes.stream().allMatch(Future::isDone);
                }
            }
        });
        start.countDown();
        for (Future<?> w : writes) {
            w.get();
        }
        List<String> seen = reader.get();
        pool.shutdown();

        List<Long> cursors =
                seen.stream().map(s -> Long.parseLong(s.split("/")[0])).toList();
        assertThat(new HashSet<>(cursors)).hasSameSizeAs(cursors);
        assertThat(cursors).isSorted();
        Set<Long> ids = new HashSet<>();
        seen.forEach(s -> ids.add(Long.parseLong(s.split("/")[1])));
        assertThat(ids).containsAll(created);
        assertThat(created).hasSize(writers);
    }

    @Test
    void badFeedParametersAre400() {
        as(Role.VIEWER)
                .queryParam("after", "yesterday")
                .queryParam("types", "organization,spaceship")
                .queryParam("size", "5000")
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("after", "types", "size"));
        as(Role.VIEWER).queryParam("cursor", "1").get("/api/v1/changes").then().statusCode(400);
        given().get("/api/v1/changes").then().statusCode(401);
    }
}
