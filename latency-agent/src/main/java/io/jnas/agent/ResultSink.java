package io.jnas.agent;

/**
 * Where a call's measurements go, from the measurement thread: zero or more {@link #next},
 * then exactly one of {@link #completed} or {@link #failed}.
 */
public interface ResultSink<T> {

    void next(T value);

    void completed();

    /**
     * The call ended early: a {@link io.jnas.agent.guard.RequestRejectedException} when the
     * agent is stopping, a {@link java.util.concurrent.CancellationException} when the caller
     * cancelled, a {@link MeasurementFailedException} when the engine failed.
     */
    void failed(RuntimeException cause);
}
