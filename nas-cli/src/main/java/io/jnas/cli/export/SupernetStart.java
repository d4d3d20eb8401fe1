package io.jnas.cli.export;

import static java.util.Objects.requireNonNull;

import ai.djl.nn.Block;
import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.cli.choice.SupernetProgress;
import io.jnas.evaluators.Evaluators;
import io.jnas.export.StartingWeights;
import io.jnas.run.FinishedRun;
import io.jnas.supernet.SupernetEvaluator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the subnets of a run scored by {@code supernet} start their export: the weights each
 * inherits from the run's trained supernet, BatchNorm statistics recalibrated (ModelOpt AutoNAS
 * exports a subnet this way). The supernet is the one the search read, found again in
 * {@code runs/supernets/} by its space, data, seed and budget (trained first if it is gone).
 *
 * <pre>{@code
 * try (SupernetStart start = SupernetStart.open(run)) {   // empty unless evaluator: supernet
 *     ... start.apply(design, network) ...
 * }
 * }</pre>
 */
final class SupernetStart implements StartingWeights, AutoCloseable {

    private final SupernetEvaluator supernet;
    private final String from;

    private SupernetStart(SupernetEvaluator supernet) {
        this.supernet = requireNonNull(supernet, "supernet");
        this.from = "inherited from supernet " + supernet.trained().store().dir()
                + " (BatchNorm recalibrated)";
    }

    /** The supernet start of a run scored by {@code supernet}; empty for other evaluators. */
    static Optional<SupernetStart> open(FinishedRun run) {
        if (!run.config().evaluator().equals(SupernetEvaluator.NAME)) {
            return Optional.empty();
        }
        return Optional.of(new SupernetStart(Evaluators.openSupernet(
                run.config().evaluatorOptions(), Path.of(run.config().space()),
                SupernetProgress.forConsole(new PrintWriter(System.err, true)))));
    }

    @Override
    public String apply(Design design, Block network) {
        if (!(design instanceof Architecture a)) {
            throw new IllegalArgumentException("a supernet start must be given a block-list"
                    + " architecture, but was " + design.getClass().getSimpleName());
        }
        supernet.inheritInto(a, network);
        return from;
    }

    @Override
    public boolean trained() {
        return true;
    }

    @Override
    public void close() {
        supernet.close();
    }
}
