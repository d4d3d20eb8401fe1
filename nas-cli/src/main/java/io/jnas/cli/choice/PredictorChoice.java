package io.jnas.cli.choice;

import io.jnas.arch.OpKey;
import io.jnas.calibrate.LocalTable;
import io.jnas.calibrate.MissingKeyMeasurer;
import io.jnas.fleet.AgentEntry;
import io.jnas.latency.Calibration;
import io.jnas.latency.LatencyPredictor;
import io.jnas.latency.LookupTablePredictor;
import io.jnas.latency.PredictorProvider;
import io.jnas.space.SearchSpace;
import io.jnas.table.LatencyEntry;
import io.jnas.table.LookupTable;
import io.jnas.text.ProjectHome;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place where the search commands get a device's lookup-table predictor
 * ({@code predictor: table}). A device is {@code local} (this machine's CPU: its committed table,
 * measured now if missing) or a hardware id with a table in the tables folder.
 */
public final class PredictorChoice implements PredictorProvider {

    private final Path tablesDir;
    private final PrintWriter out;
    private final MissingKeyMeasurer measurer;

    public PredictorChoice(Path tablesDir, PrintWriter out) {
        this(tablesDir, out, null);
    }

    private PredictorChoice(Path tablesDir, PrintWriter out, MissingKeyMeasurer measurer) {
        this.tablesDir = tablesDir;
        this.out = out;
        this.measurer = measurer;
    }

    /**
     * This choice with {@code --measure-missing}: a key a table lacks is timed on an agent of
     * {@code fleet} with the table's hardware id (LookupTablePredictor's onMissing).
     */
    public PredictorChoice measuringMissing(Path fleet) {
        return new PredictorChoice(tablesDir, out, new MissingKeyMeasurer(fleet, out));
    }

    /** The one place every command reads a table with its calibration. */
    public static LookupTablePredictor committed(Path tablesDir, String hardwareId,
            Function<OpKey, Optional<LatencyEntry>> onMissing) {
        LookupTable table = LookupTable.load(LookupTable.fileOf(tablesDir, hardwareId));
        Path cal = Calibration.fileOf(tablesDir, hardwareId);
        return LookupTablePredictor.of(table,
                Files.exists(cal) ? Calibration.load(cal) : Calibration.identity(), onMissing);
    }

    public PredictorChoice() {
        this(ProjectHome.resolve(Path.of("lookup-tables")), new PrintWriter(System.out, true));
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
        return committed(tablesDir, device, measurer == null ? null : measurer.forHardware(device));
    }
}
