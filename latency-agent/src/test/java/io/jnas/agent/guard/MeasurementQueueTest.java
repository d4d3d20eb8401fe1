package io.jnas.agent.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MeasurementQueueTest {

    /** A job that records its fate, and may hold the measurement thread until released. */
    static final class Probe implements MeasurementQueue.Job {
        final List<String> log;
        final String name;
        final CountDownLatch running = new CountDownLatch(1);
        final CountDownLatch release;

        Probe(List<String> log, String name, boolean hold) {
            this.log = log;
            this.name = name;
            this.release = new CountDownLatch(hold ? 1 : 0);
        }

        @Override
        public void run() {
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (log) {
                log.add("ran " + name);
            }
        }

        @Override
        public void abandon(RequestRejectedException why) {
            synchronized (log) {
                log.add("abandoned " + name + ": " + why.reason());
            }
        }
    }

    @Test
    void runsJobsInOrderAndRefusesWhenCapacityJobsWait() throws Exception {
        List<String> log = new ArrayList<>();
        MeasurementQueue q = new MeasurementQueue(2);
        Probe first = new Probe(log, "a", true);
        q.submit(first);
        assertTrue(first.running.await(30, TimeUnit.SECONDS));
        q.submit(new Probe(log, "b", false));
        Probe last = new Probe(log, "c", false);
        q.submit(last);
        assertEquals(2, q.queued());
        RequestRejectedException full = assertThrows(RequestRejectedException.class,
                () -> q.submit(new Probe(log, "d", false)));
        assertEquals(RequestRejectedException.Reason.BUSY, full.reason());
        first.release.countDown();
        assertTrue(last.running.await(30, TimeUnit.SECONDS));
        assertTrue(q.stop(Duration.ofSeconds(30)));
        assertEquals(List.of("ran a", "ran b", "ran c"), log);
    }

    @Test
    void stopAbandonsWaitingJobsLetsTheOneInHandFinishAndRefusesNewOnes() throws Exception {
        List<String> log = new ArrayList<>();
        MeasurementQueue q = new MeasurementQueue(4);
        Probe inHand = new Probe(log, "a", true);
        q.submit(inHand);
        assertTrue(inHand.running.await(30, TimeUnit.SECONDS));
        q.submit(new Probe(log, "b", false));
        Thread releaser = new Thread(() -> {
            while (!q.stopping()) {
                Thread.onSpinWait();
            }
            inHand.release.countDown();
        });
        releaser.start();
        assertTrue(q.stop(Duration.ofSeconds(30)));
        releaser.join();
        // the releaser lets a finish as soon as stopping is set, which may be before or after
        // stop() abandons b: both happen, in either order
        assertEquals(List.of("abandoned b: SHUTTING_DOWN", "ran a"), log.stream().sorted().toList());
        RequestRejectedException late = assertThrows(RequestRejectedException.class,
                () -> q.submit(new Probe(log, "c", false)));
        assertEquals(RequestRejectedException.Reason.SHUTTING_DOWN, late.reason());
        assertEquals("agent shutting down", late.getMessage());
    }

    @Test
    void aJobThatThrowsDoesNotKillTheMeasurementThread() throws Exception {
        MeasurementQueue q = new MeasurementQueue(2);
        List<String> log = new ArrayList<>();
        q.submit(new MeasurementQueue.Job() {
            @Override
            public void run() {
                throw new OutOfMemoryError("simulated");
            }

            @Override
            public void abandon(RequestRejectedException why) {
            }
        });
        Probe after = new Probe(log, "after", false);
        q.submit(after);
        assertTrue(after.running.await(30, TimeUnit.SECONDS));
        assertTrue(q.stop(Duration.ofSeconds(30)));
        assertEquals(List.of("ran after"), log);
    }
}
