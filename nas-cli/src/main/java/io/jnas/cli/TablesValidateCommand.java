package io.jnas.cli;

import io.jnas.arch.Architecture;
import io.jnas.calibrate.CalibrationRun;
import io.jnas.calibrate.EndToEndSampler;
import io.jnas.calibrate.MeasuredSample;
import io.jnas.calibrate.RatioMeasurement;
import io.jnas.calibrate.RatioTimer;
import io.jnas.calibrate.ValidationCsv;
import io.jnas.calibrate.ValidationReport;
import io.jnas.cli.choice.PredictorChoice;
import io.jnas.fleet.Fleet;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.FleetFile;
import io.jnas.fleet.HardwareGroup;
import io.jnas.latency.BlockFeatures;
import io.jnas.latency.Calibration;
import io.jnas.latency.CalibrationFit;
import io.jnas.latency.LookupTablePredictor;
import io.jnas.space.SearchSpace;
import io.jnas.table.LookupTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nas tables validate}: the latency truth of a table, measured in one run. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Measure K held-out random subnets end to end on the table's hardware and"
            + " compare, side by side, the raw table sum, the calibrated table and the FLOPs"
            + " baseline: share within +-10%%, MAPE, Spearman and Kendall rank correlation.",
            "Calibration and FLOPs baseline are fitted in the same run on a separate draw."})
public final class TablesValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TableOptions table;

    @Option(names = "--table", description = "Table file (default: the table of each hardware in the fleet).")
    Optional<Path> tableFile;

    @Option(names = "--samples", defaultValue = "50", description = "Held-out architectures (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--calibration-samples", defaultValue = "48",
            description = "Architectures for the calibration and the baseline fit (default: ${DEFAULT-VALUE}).")
    int calibrationSamples;

    @Option(names = "--save", description = "Store the calibration fitted here beside the table.")
    boolean save;

    @Option(names = "--out", description = "Write every held-out subnet (predictions and"
            + " measurement) to this CSV file.")
    Optional<Path> csv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SearchSpace space = SearchSpace.load(table.space());
        Optional<String> onlyHw = tableFile.map(p -> LookupTable.load(p).metadata().hardwareId());
        Path dir = tableFile.map(p -> p.toAbsolutePath().getParent()).orElse(table.tablesDir);
        List<FleetAgent> agents = FleetConnector.standard().openAll(FleetFile.load(table.fleet));
        try {
            Fleet.Grouping g = Fleet.group(agents);
            g.unreachable().forEach(spec.commandLine().getErr()::println);
            List<HardwareGroup> groups = g.groups().stream()
                    .filter(x -> onlyHw.isEmpty() || onlyHw.get().equals(x.hardwareId())).toList();
            if (groups.isEmpty()) {
                spec.commandLine().getErr().println("no agent of " + table.fleet + " has hardware id "
                        + onlyHw.orElse("?") + ": the table can only be validated on its own hardware");
                return 1;
            }
            for (HardwareGroup group : groups) {
                validate(dir, group, space, out);
            }
            return 0;
        } finally {
            agents.forEach(FleetAgent::close);
        }
    }

    private void validate(Path dir, HardwareGroup group, SearchSpace space, PrintWriter out) {
        LookupTable t = LookupTable.load(LookupTable.fileOf(dir, group.hardwareId()));
        LookupTablePredictor raw = LookupTablePredictor.of(t, Calibration.identity(), null);
        Path calFile = Calibration.fileOf(dir, group.hardwareId());
        // the committed table + calibration as the search and the export read them
        Calibration k = PredictorChoice.committed(dir, group.hardwareId(), null).calibration();
        Optional<Calibration> committed = k.samples() > 0 ? Optional.of(k) : Optional.empty();
        RatioTimer timer = EndToEndSampler.timer(group.agents().get(0), space, t, table.settings());
        // one draw of the calibration seed: this run's calibration nets are its first ones (the
        // first n of a longer draw are the draw of n), and the held-out nets avoid all of it,
        // the committed calibration's nets included however many it was fitted on
        List<Architecture> calPool = EndToEndSampler.draw(space,
                Math.max(calibrationSamples, k.samples()), EndToEndSampler.CALIBRATION_SEED,
                Set.of(timer.reference().hash()), t);
        List<Architecture> calArchs = calPool.subList(0, calibrationSamples);
        Set<String> used = calPool.stream().map(Architecture::hash).collect(Collectors.toSet());
        used.add(timer.reference().hash());
        List<Architecture> heldArchs = EndToEndSampler.draw(space, samples,
                EndToEndSampler.VALIDATION_SEED, used, t);
        // interleaved, so that whatever the ratio protocol does not cancel hits both sets alike
        List<Architecture> order = EndToEndSampler.interleave(calArchs, heldArchs);
        List<RatioMeasurement> ratios = EndToEndSampler.measure(order, timer, raw, i -> {
            if (i % 10 == 0 || i == order.size()) {
                out.printf("%s: %d/%d subnets measured end to end%n", group.hardwareId(), i,
                        order.size());
                out.flush();
            }
        });
        double levelNow = timer.referenceLevelMs();
        // the committed calibration's unit: its reference level, when it has the same reference
        Optional<Calibration> comparable = committed
                .filter(c -> c.referenceHash().equals(timer.reference().hash()));
        double level = comparable.map(Calibration::referenceMs).orElse(levelNow);
        List<MeasuredSample> all = EndToEndSampler.inMs(ratios, level, raw);
        List<MeasuredSample> cal = all.stream().filter(m -> used.contains(m.architecture().hash()))
                .toList();
        List<MeasuredSample> held = all.stream()
                .filter(m -> !used.contains(m.architecture().hash())).toList();
        // like for like with the committed set, when this run measured enough nets for it
        String set = committed.map(Calibration::featureSet).filter(BlockFeatures.SETS::containsKey)
                .orElse(CalibrationFit.DEFAULT_SET);
        if (cal.size() < BlockFeatures.set(set).size() + 2) {
            set = Calibration.LEGACY;
        }
        Calibration c = CalibrationRun.fit(cal, set).withReference(timer.reference().hash(), level);
        if (save) {
            c.write(calFile);
        }
        ValidationReport r = ValidationReport.of(c, comparable, cal, held, group.hardwareId());
        ValidationPrinter.print(out, r, group.hardwareId(), space.name(), timer, levelNow,
                committed.isPresent() && comparable.isEmpty());
        csv.ifPresent(f -> {
            Calibration scored = comparable.orElse(c);
            List<ValidationCsv.Entry> rows = new java.util.ArrayList<>();
            cal.forEach(m -> rows.add(new ValidationCsv.Entry(ValidationCsv.CALIBRATION, m)));
            held.forEach(m -> rows.add(new ValidationCsv.Entry(ValidationCsv.HELD_OUT, m)));
            ValidationCsv.write(f, group.hardwareId(), timer.reference().hash(), level, rows,
                    m -> scored.apply(m.features()),
                    a -> r.flops().predictMs(a));
            out.println("calibration and held-out subnets written to " + f);
        });
        out.flush();
    }

}
