package io.jnas.agent.server;

import io.jnas.agent.timing.MeasurementListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Records every measurement window and, while closed, holds the measurement thread at the start
 * of the next window: lets a test know exactly what the agent is doing when it acts.
 */
final class GateListener implements MeasurementListener {

    /** One measurement window on the measurement thread. */
    record Window(String subject, long startNanos, long endNanos) {
    }

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch open;
    private final List<Window> windows = new ArrayList<>();
    private final List<String> started = new ArrayList<>();

    private GateListener(boolean closed) {
        open = new CountDownLatch(closed ? 1 : 0);
    }

    static GateListener closed() {
        return new GateListener(true);
    }

    static GateListener opened() {
        return new GateListener(false);
    }

    @Override
    public void onStart(String subject) {
        synchronized (this) {
            started.add(subject);
        }
        entered.countDown();
        await(open);
    }

    @Override
    public synchronized void onEnd(String subject, long startNanos, long endNanos) {
        windows.add(new Window(subject, startNanos, endNanos));
    }

    /** Waits until the measurement thread is held at the gate (or passed it). */
    void awaitEntered() {
        await(entered);
    }

    void open() {
        open.countDown();
    }

    synchronized List<Window> windows() {
        return List.copyOf(windows);
    }

    synchronized List<String> started() {
        return List.copyOf(started);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate not reached within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
