package io.jnas.agent.guard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One measurement thread with a bounded queue in front: calls from any number of clients are
 * measured one after another, never at the same time, and a call that finds the queue full is
 * refused at once rather than left to wait without bound.
 *
 * <pre>{@code
 * MeasurementQueue q = new MeasurementQueue(16);
 * q.submit(job);                  // throws RequestRejectedException (BUSY) when full
 * q.stop(Duration.ofSeconds(30)); // lets the job in hand reach its next block boundary
 * }</pre>
 */
public final class MeasurementQueue {

    /** One call's work, run on the measurement thread. */
    public interface Job {
        /** Measures; must report its own outcome to its caller and must not throw. */
        void run();

        /** Tells the caller that the job will never run. */
        void abandon(RequestRejectedException why);
    }

    private static final Logger LOG = LoggerFactory.getLogger(MeasurementQueue.class);
    private static final Job POISON = new Job() {
        @Override
        public void run() {
        }

        @Override
        public void abandon(RequestRejectedException why) {
        }
    };

    private final int capacity;
    private final BlockingQueue<Job> waiting;
    private final Object lock = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;

    /** Starts the measurement thread. */
    public MeasurementQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, but was " + capacity);
        }
        this.capacity = capacity;
        // one slot more than the capacity, so the stop marker always fits
        this.waiting = new ArrayBlockingQueue<>(capacity + 1);
        Thread worker = new Thread(this::loop, "jnas-measure");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Queues a job behind those already waiting.
     *
     * @throws RequestRejectedException {@code BUSY} when {@code capacity} jobs wait already,
     *     {@code SHUTTING_DOWN} once {@link #stop(Duration)} was called
     */
    public void submit(Job job) {
        synchronized (lock) {
            if (stopping) {
                throw shuttingDown();
            }
            if (waiting.size() >= capacity) {
                throw new RequestRejectedException(RequestRejectedException.Reason.BUSY,
                        "measurement queue is full: " + capacity + " calls wait behind the one"
                                + " being measured; retry later or spread calls over more agents");
            }
            waiting.add(job);
        }
    }

    /** Calls waiting, not counting the one being measured. */
    public int queued() {
        return waiting.size();
    }

    public boolean stopping() {
        return stopping;
    }

    /**
     * Refuses new jobs, abandons those waiting, and waits for the job in hand (which ends at its
     * next block boundary when it sees {@link #stopping()}).
     *
     * @return true when the measurement thread finished within {@code grace}
     */
    public boolean stop(Duration grace) {
        List<Job> abandoned = new ArrayList<>();
        synchronized (lock) {
            if (!stopping) {
                stopping = true;
                waiting.drainTo(abandoned);
                waiting.add(POISON);
            }
        }
        abandoned.forEach(j -> j.abandon(shuttingDown()));
        try {
            return finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static RequestRejectedException shuttingDown() {
        return new RequestRejectedException(RequestRejectedException.Reason.SHUTTING_DOWN,
                "agent shutting down");
    }

    private void loop() {
        try {
            while (true) {
                Job job = waiting.take();
                if (job == POISON) {
                    return;
                }
                try {
                    job.run();
                } catch (Throwable t) { // the measurement thread must outlive any job
                    LOG.error("measurement job failed outside its own error handling", t);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }
}
