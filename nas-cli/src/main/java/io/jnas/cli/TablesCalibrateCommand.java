package io.jnas.cli;

import io.jnas.calibrate.CalibrationRun;
import io.jnas.fleet.Fleet;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.FleetFile;
import io.jnas.fleet.HardwareGroup;
import io.jnas.space.SearchSpace;
import java.util.List;
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

    @Override
    public Integer call() {
        SearchSpace space = SearchSpace.load(table.space());
        List<FleetAgent> agents = FleetConnector.standard().openAll(FleetFile.load(table.fleet));
        try {
            Fleet.Grouping g = Fleet.group(agents);
            g.unreachable().forEach(spec.commandLine().getErr()::println);
            for (HardwareGroup group : g.groups()) {
                CalibrationRun.calibrate(table.tablesDir, group, space, samples, table.settings(),
                        spec.commandLine().getOut());
            }
            return g.groups().isEmpty() ? 1 : 0;
        } finally {
            agents.forEach(FleetAgent::close);
        }
    }
}
