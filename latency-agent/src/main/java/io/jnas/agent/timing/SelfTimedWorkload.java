package io.jnas.agent.timing;

/**
 * A workload whose engine times its own calls, e.g. {@code trtexec}, which runs a TensorRT
 * engine in its own process and reports one latency per iteration. The harness keeps the
 * protocol (rounds, warm-up, repetitions, re-measuring) and asks for one round at a time
 * instead of timing {@link #call()} itself.
 *
 * <pre>{@code
 * double[] ms = workload.timeRound(10, 10);   // 10 warm-up calls dropped, 10 timed ones kept
 * }</pre>
 */
public interface SelfTimedWorkload extends Workload {

    /**
     * Runs {@code warmup} untimed calls then {@code repetitions} timed ones on the current input.
     *
     * @return the {@code repetitions} latencies in milliseconds, in call order
     * @throws IllegalStateException when the engine fails or reports fewer timings
     */
    double[] timeRound(int warmup, int repetitions);

    /** Self-timed workloads are never called one at a time by the harness. */
    @Override
    default void beforeCall() {
    }

    @Override
    default void afterCall() {
    }
}
