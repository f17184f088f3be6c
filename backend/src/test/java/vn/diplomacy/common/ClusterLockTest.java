package vn.diplomacy.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClusterLockTest {
    @Inject
    ClusterLock lock;

    @Test
    void aPeriodicJobRunsOnOneReplicaWhileTheOthersSkipIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // Each thread takes its own connection, as two replicas would.
        Future<Boolean> first = pool.submit(() -> lock.ifFree("test-job", () -> {
            running.countDown();
            await(finish);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        boolean second = lock.ifFree("test-job", () -> {
            throw new AssertionError("ran beside the first");
        });
        finish.countDown();
        assertThat(second).isFalse();
        assertThat(first.get()).isTrue();
        assertThat(lock.ifFree("test-job", () -> {})).isTrue();
        pool.shutdown();
    }

    @Test
    void startUpStepsOfReplicasRunOneAfterTheOther() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> steps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            steps.add(pool.submit(() -> lock.alone("test-startup", Duration.ofSeconds(30), () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                sleep(150);
                inside.decrementAndGet();
                return n;
            })));
        }
        for (Future<Integer> step : steps) {
            step.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(most.get()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
