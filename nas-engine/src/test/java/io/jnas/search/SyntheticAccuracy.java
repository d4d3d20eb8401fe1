package io.jnas.search;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.arch.Architecture;
import io.jnas.cost.StaticCost;

/**
 * Test double of an accuracy evaluator for tests about scheduling, determinism and resume: a
 * smooth function of MACs and params (bigger nets score higher, with diminishing returns) plus a
 * term in [-0.02, 0.02] derived from the architecture hash, so equal architectures score equally
 * and the landscape is not trivially monotone. Can sleep per call and crash after n calls.
 */
public final class SyntheticAccuracy implements AccuracyEvaluator {

    /** Thrown by the crash switch: stands for a process killed mid-run. */
    public static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(int n) {
            super("simulated crash before evaluation " + n);
        }
    }

    private final long sleepMillis;
    private final int crashAfter;
    private int calls;

    public SyntheticAccuracy() {
        this(0, Integer.MAX_VALUE);
    }

    /**
     * @param sleepMillis time each evaluation takes
     * @param crashAfter number of evaluations after which every call throws
     */
    public SyntheticAccuracy(long sleepMillis, int crashAfter) {
        this.sleepMillis = sleepMillis;
        this.crashAfter = crashAfter;
    }

    @Override
    public String name() {
        return "synthetic";
    }

    @Override
    public double evaluate(Architecture a) {
        if (calls >= crashAfter) {
            throw new SimulatedCrash(calls);
        }
        calls++;
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return score(a);
    }

    public int calls() {
        return calls;
    }

    /** The score without side effects. */
    public static double score(Architecture a) {
        StaticCost c = StaticCost.of(a);
        double mmacs = c.macs() / 1e6;
        double kparams = c.params() / 1e3;
        double noise = (Long.parseLong(a.hash().substring(0, 6), 16) / (double) (1 << 24) - 0.5)
                * 0.04;
        return 0.97 - 0.3 * Math.exp(-mmacs / 3) - 0.1 * Math.exp(-kparams / 40) + noise;
    }
}
