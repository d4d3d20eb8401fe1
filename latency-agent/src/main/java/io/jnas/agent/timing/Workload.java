package io.jnas.agent.timing;

/**
 * Something an engine has prepared on its device and can run again and again: one block or one
 * whole network with its weights. The harness times only {@link #call()}; everything an engine
 * must do around a call (scopes for native memory) goes in {@link #beforeCall()} and
 * {@link #afterCall()}, outside the timed region. Owns native memory: close it.
 */
public interface Workload extends AutoCloseable {

    /** Replaces the input with a fresh random one; called at the start of every round. */
    void newInput();

    /** Untimed preparation of the next call. */
    void beforeCall();

    /**
     * One forward pass, complete when it returns: the output is on the host (copied to the JVM),
     * so asynchronous devices are synchronised.
     */
    void call();

    /** Untimed clean-up of what the last call allocated. */
    void afterCall();

    @Override
    void close();
}
