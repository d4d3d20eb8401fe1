package io.jnas.cli.choice;

import io.jnas.calibrate.LocalTable;
import io.jnas.fleet.AgentEntry;
import io.jnas.latency.Calibration;
import io.jnas.latency.LatencyPredictor;
import io.jnas.latency.LookupTablePredictor;
import io.jnas.latency.PredictorProvider;
import io.jnas.space.SearchSpace;
import io.jnas.table.LookupTable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place where the search commands get a device's lookup-table predictor
 * ({@code predictor: table}). A device is {@code local} (this machine's CPU: its committed table,
 * measured now if missing) or a hardware id with a table in the tables folder.
 */
public final class PredictorChoice implements PredictorProvider {

    private final Path tablesDir;
    private final PrintWriter out;

    public PredictorChoice(Path tablesDir, PrintWriter out) {
        this.tablesDir = tablesDir;
        this.out = out;
    }

    public PredictorChoice() {
        this(Path.of("lookup-tables"), new PrintWriter(System.out, true));
    }

    @Override
    public LatencyPredictor forDevice(String device, SearchSpace space) {
        if (device.equals(AgentEntry.LOCAL)) {
            LocalTable.Resolved r = LocalTable.ensure(space, tablesDir, out);
            return LookupTablePredictor.of(r.table(), r.calibration().orElse(Calibration.identity()),
                    null);
        }
        Path file = LookupTable.fileOf(tablesDir, device);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("device '" + device + "' has no lookup table ("
                    + file + " does not exist): start an agent on it, list it in a fleet file, run"
                    + " `./nas tables build --space <space> --fleet <fleet>`, and name the device by"
                    + " the hardware id that `./nas fleet status --fleet <fleet>` shows");
        }
        LookupTable table = LookupTable.load(file);
        Path cal = Calibration.fileOf(tablesDir, device);
        return LookupTablePredictor.of(table,
                Files.exists(cal) ? Calibration.load(cal) : Calibration.identity(), null);
    }
}
