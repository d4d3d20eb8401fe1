package io.jnas.agent.cli;

import io.jnas.agent.guard.RequestedSettings;
import picocli.CommandLine.Option;

/** Measurement settings a client command may override; unset ones are the agent's defaults. */
final class SettingsOptions {

    @Option(names = "--batch", description = "Batch size (default: the agent's, 1).")
    int batch;

    @Option(names = "--warmup", description = "Warm-up calls per round.")
    Integer warmup;

    @Option(names = "--reps", description = "Timed calls per round.")
    int repetitions;

    @Option(names = "--rounds", description = "Rounds, each on a fresh input.")
    int rounds;

    @Option(names = "--max-cv", description = "Re-measure when the rounds' cv exceeds this.")
    double maxCv;

    @Option(names = "--max-remeasure", description = "Cap on re-measurements per block.")
    Integer maxRemeasure;

    RequestedSettings toSettings() {
        return new RequestedSettings("", "", batch, "", 0, warmup, repetitions, rounds, maxCv,
                maxRemeasure);
    }
}
