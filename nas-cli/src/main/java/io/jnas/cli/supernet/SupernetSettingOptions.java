package io.jnas.cli.supernet;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The supernet's settings as {@code --evaluator-option KEY=VALUE} (the keys of the {@code
 * supernet} evaluator's options), shared by {@code supernet train} and {@code supernet bench};
 * {@code --option}, the former spelling, is still read but hidden.
 */
public final class SupernetSettingOptions {

    @Option(names = "--evaluator-option", paramLabel = "KEY=VALUE",
            description = "an option of the supernet evaluator, as in 'nas search"
                    + " --evaluator-option': data-set, data-dir, train-samples, val-samples,"
                    + " epochs, batch, lr, random-subnets, distill, calibration-samples, seed,"
                    + " warmup-epochs, score-samples (e.g. --evaluator-option epochs=6)")
    Map<String, String> evaluatorOptions = new LinkedHashMap<>();

    /** The former spelling of --evaluator-option (hidden). */
    @Option(names = "--option", hidden = true, paramLabel = "KEY=VALUE")
    Map<String, String> formerOptions = new LinkedHashMap<>();

    /** Every option given, a key of --evaluator-option winning over the same key of --option. */
    Map<String, String> all() {
        Map<String, String> options = new LinkedHashMap<>(formerOptions);
        options.putAll(evaluatorOptions);
        return options;
    }
}
