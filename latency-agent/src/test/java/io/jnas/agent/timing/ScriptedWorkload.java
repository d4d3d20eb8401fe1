package io.jnas.agent.timing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * A workload whose calls take scripted times on a fake clock, and which records what the
 * harness did with it. A test double: the harness's logic, not an engine, is under test.
 */
final class ScriptedWorkload implements Workload {

    /** The fake clock, in nanoseconds. */
    long now;
    final List<String> events = new ArrayList<>();
    int calls;
    int inputs;
    private final IntToLongFunction nanosOfCall;
    private boolean inCall;

    /** @param nanosOfCall time of the n-th call (0-based, warm-up calls included) */
    ScriptedWorkload(IntToLongFunction nanosOfCall) {
        this.nanosOfCall = nanosOfCall;
    }

    @Override
    public void newInput() {
        inputs++;
        events.add("input");
    }

    @Override
    public void beforeCall() {
        if (inCall) {
            throw new IllegalStateException("beforeCall twice");
        }
        inCall = true;
    }

    @Override
    public void call() {
        if (!inCall) {
            throw new IllegalStateException("call outside beforeCall/afterCall");
        }
        now += nanosOfCall.applyAsLong(calls++);
    }

    @Override
    public void afterCall() {
        inCall = false;
        // time spent here must never be counted
        now += 1_000_000_000L;
    }

    @Override
    public void close() {
        events.add("close");
    }
}
