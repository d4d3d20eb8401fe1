package io.jnas.accuracy;

import java.util.List;

/**
 * The outcome of training one candidate.
 *
 * @param accuracy validation accuracy in [0, 1] (at the stopping checkpoint when stopped early)
 * @param steps optimizer steps taken
 * @param stoppedEarly whether the median rule stopped it before the budget ran out
 * @param diverged whether training stopped because the loss became NaN or infinite
 * @param checkpointAccuracies validation accuracy at each epoch checkpoint, the last one final
 * @param seconds wall time of initialization, training and validation
 */
public record TrainResult(double accuracy, int steps, boolean stoppedEarly, boolean diverged,
        List<Double> checkpointAccuracies, double seconds) {

    public TrainResult {
        checkpointAccuracies = List.copyOf(checkpointAccuracies);
    }

    /** Everything but the time: what two trainings from the same start must share. */
    public List<Object> outcome() {
        return List.of(accuracy, steps, stoppedEarly, diverged, checkpointAccuracies);
    }
}
