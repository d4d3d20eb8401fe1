package io.jnas.agent.cli;

import io.jnas.rpc.MeasurementSettings;
import picocli.CommandLine.Option;

/** Measurement settings a client command may override; unset ones are the agent's defaults. */
final class SettingsOptions {

    @Option(names = "--batch", description = "Batch size (default: the agent's, 1).")
    Integer batch;

    @Option(names = "--warmup", description = "Warm-up calls per round.")
    Integer warmup;

    @Option(names = "--reps", description = "Timed calls per round.")
    Integer repetitions;

    @Option(names = "--rounds", description = "Rounds, each on a fresh input.")
    Integer rounds;

    @Option(names = "--max-cv", description = "Re-measure when the rounds' cv exceeds this.")
    Double maxCv;

    @Option(names = "--max-remeasure", description = "Cap on re-measurements per block.")
    Integer maxRemeasure;

    MeasurementSettings toProto() {
        MeasurementSettings.Builder b = MeasurementSettings.newBuilder();
        if (batch != null) {
            b.setBatch(batch);
        }
        if (warmup != null) {
            b.setWarmup(warmup);
        }
        if (repetitions != null) {
            b.setRepetitions(repetitions);
        }
        if (rounds != null) {
            b.setRounds(rounds);
        }
        if (maxCv != null) {
            b.setMaxCv(maxCv);
        }
        if (maxRemeasure != null) {
            b.setMaxRemeasure(maxRemeasure);
        }
        return b.build();
    }
}
