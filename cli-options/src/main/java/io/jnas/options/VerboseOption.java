package io.jnas.options;

import picocli.CommandLine.Option;

/**
 * The shared {@code -v/--verbose} option: with it, failures print their stack trace; without
 * it, one line. Mixed into every subcommand with {@code @Mixin VerboseOption verbose;}.
 */
public final class VerboseOption {

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of failures.")
    boolean verbose;

    public boolean on() {
        return verbose;
    }
}
