package io.jnas.cli;

import io.jnas.calibrate.CalibrationRun;
import io.jnas.latency.CalibrationFit;
import io.jnas.fleet.Fleet;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.FleetFile;
import io.jnas.fleet.HardwareGroup;
import io.jnas.space.SearchSpace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nas tables calibrate}: fit each table's calibration on end-to-end measurements. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Measure random subnets end to end on each hardware of the fleet and fit the"
            + " calibration of its table (e2e = a x table sum + b x blocks + c).")
public final class TablesCalibrateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TableOptions table;

    @Option(names = "--samples", defaultValue = "48", description = "Architectures to measure (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--out", description = "Also write every measured subnet (block keys, MACs,"
            + " table sum, measured median/p10/p90) to this CSV file, for `--from`.")
    Optional<Path> csv;

    @Option(names = "--features", defaultValue = CalibrationFit.DEFAULT_SET, description = "Feature"
            + " set of the calibration: sum-blocks (legacy), sum-blocks-macs, stages, stages-se,"
            + " kinds, kinds-act (default: ${DEFAULT-VALUE}).")
    String features;

    @Option(names = "--from", arity = "1..*", description = "Measure nothing: fit and compare every"
            + " feature set and the FLOPs baseline on these saved files (of `--out` here or in"
            + " `tables validate`): fitted on their calibration rows, scored on their held-out"
            + " rows and out of fold.")
    List<Path> from;

    @Option(names = "--save", description = "With --from: store the calibration of --features"
            + " fitted on the files' calibration rows beside the table.")
    boolean save;

    @Override
    public Integer call() {
        if (from != null) {
            return CalibrateFromFiles.run(from, table.tablesDir, features, save,
                    spec.commandLine().getOut());
        }
        SearchSpace space = SearchSpace.load(table.space());
        List<FleetAgent> agents = FleetConnector.standard().openAll(FleetFile.load(table.fleet));
        try {
            Fleet.Grouping g = Fleet.group(agents);
            g.unreachable().forEach(spec.commandLine().getErr()::println);
            for (HardwareGroup group : g.groups()) {
                CalibrationRun.calibrate(table.tablesDir, group, space, samples, table.settings(),
                        spec.commandLine().getOut(), csv, features);
            }
            return g.groups().isEmpty() ? 1 : 0;
        } finally {
            agents.forEach(FleetAgent::close);
        }
    }
}
