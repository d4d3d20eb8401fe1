package io.jnas.agent;

import io.jnas.agent.guard.MeasurementQueue;
import io.jnas.agent.guard.RequestRejectedException;
import io.jnas.agent.timing.LatencyStats;
import io.jnas.agent.timing.MeasurementListener;
import io.jnas.agent.timing.TimingHarness;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.agent.timing.Workload;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One call's blocks, measured in order on the measurement thread. Between blocks it stops when
 * the caller cancelled or the agent is stopping; a block in hand is always finished and sent.
 */
final class MeasurementJob implements MeasurementQueue.Job {

    /** One thing to measure: its subject and how to prepare it (on the measurement thread). */
    record Item(String subject, Supplier<Workload> workload) {
    }

    /** What every job of one agent shares. */
    record Context(TimingHarness harness, MeasurementListener listener, LongAdder measured,
            BooleanSupplier stopping) {
    }

    private final List<Item> items;
    private final TimingProtocol timing;
    private final MeasurementConditions conditions;
    private final ResultSink<Measurement> sink;
    private final BooleanSupplier cancelled;
    private final Context context;

    MeasurementJob(List<Item> items, MeasurementConditions conditions,
            ResultSink<Measurement> sink, BooleanSupplier cancelled, Context context) {
        this.items = List.copyOf(items);
        this.timing = conditions.timing();
        this.conditions = conditions;
        this.sink = sink;
        this.cancelled = cancelled;
        this.context = context;
    }

    @Override
    public void run() {
        for (Item item : items) {
            if (cancelled.getAsBoolean()) {
                sink.failed(new CancellationException("call cancelled by the client"));
                return;
            }
            if (context.stopping().getAsBoolean()) {
                sink.failed(new RequestRejectedException(
                        RequestRejectedException.Reason.SHUTTING_DOWN, "agent shutting down"));
                return;
            }
            Measurement m;
            try {
                m = measure(item);
            } catch (CancellationException e) {
                sink.failed(e);
                return;
            } catch (RuntimeException | Error e) {
                sink.failed(new MeasurementFailedException(item.subject(), e));
                return;
            }
            sink.next(m);
        }
        sink.completed();
    }

    private Measurement measure(Item item) {
        try (Workload w = item.workload().get()) {
            context.listener().onStart(item.subject());
            long start = System.nanoTime();
            LatencyStats stats = context.harness().measure(w, timing, cancelled);
            long end = System.nanoTime();
            context.listener().onEnd(item.subject(), start, end);
            context.measured().increment();
            return new Measurement(item.subject(), stats, conditions, Instant.now());
        }
    }

    @Override
    public void abandon(RequestRejectedException why) {
        sink.failed(why);
    }
}
