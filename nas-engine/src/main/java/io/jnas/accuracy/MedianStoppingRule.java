package io.jnas.accuracy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The median stopping rule (Golovin et al., Google Vizier, 2017): at a checkpoint, a candidate
 * whose validation accuracy is below the median of the earlier candidates' accuracies at the same
 * checkpoint is stopped, since it is unlikely to end among the best; the training time saved goes
 * to other candidates. Thread-safe. With candidates trained in parallel the decision depends on
 * which finished first, so deterministic runs evaluate one candidate at a time.
 */
public final class MedianStoppingRule {

    private final int minCandidates;
    private final Map<Integer, List<Double>> history = new HashMap<>();

    /** @param minCandidates earlier candidates needed at a checkpoint before anyone is stopped */
    public MedianStoppingRule(int minCandidates) {
        if (minCandidates < 1) {
            throw new IllegalArgumentException("minCandidates must be >= 1, but was " + minCandidates);
        }
        this.minCandidates = minCandidates;
    }

    /**
     * Records {@code accuracy} at {@code checkpoint} and says whether to stop this candidate.
     *
     * @return true when at least {@code minCandidates} earlier accuracies exist at this checkpoint
     *     and {@code accuracy} is below their median
     */
    public synchronized boolean shouldStop(int checkpoint, double accuracy) {
        List<Double> earlier = history.computeIfAbsent(checkpoint, k -> new ArrayList<>());
        boolean stop = earlier.size() >= minCandidates && accuracy < median(earlier);
        earlier.add(accuracy);
        return stop;
    }

    /**
     * Whether {@code accuracy} at {@code checkpoint} is below the median of the candidates
     * {@link #record recorded} so far, without recording it: a candidate that may be trained
     * again (a diverged or a verified training) is recorded once, when its result is final.
     */
    public synchronized boolean wouldStop(int checkpoint, double accuracy) {
        List<Double> earlier = history.getOrDefault(checkpoint, List.of());
        return earlier.size() >= minCandidates && accuracy < median(earlier);
    }

    /** Records a finished candidate's accuracies at checkpoints 1, 2, ... */
    public synchronized void record(List<Double> checkpointAccuracies) {
        for (int i = 0; i < checkpointAccuracies.size(); i++) {
            history.computeIfAbsent(i + 1, k -> new ArrayList<>()).add(checkpointAccuracies.get(i));
        }
    }

    /** Candidates seen at a checkpoint so far. */
    public synchronized int seen(int checkpoint) {
        return history.getOrDefault(checkpoint, List.of()).size();
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
