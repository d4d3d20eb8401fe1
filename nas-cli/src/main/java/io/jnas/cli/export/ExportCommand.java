package io.jnas.cli.export;

import io.jnas.cli.choice.PredictorChoice;
import io.jnas.export.DeviceMeasurement;
import io.jnas.export.ExportRun;
import io.jnas.export.ExportTraining;
import io.jnas.export.ExportedSubnet;
import io.jnas.export.StartingWeights;
import io.jnas.export.SubnetTiming;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.ModelLatency;
import io.jnas.options.VerboseOption;
import io.jnas.run.FinishedRun;
import io.jnas.run.PredictorKind;
import io.jnas.run.RunConfig;
import io.jnas.space.SearchSpace;
import io.jnas.text.ProjectHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nas export}: the Pareto subnets of a run as deployable files, timed on its devices. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the Pareto subnets of a finished run: per subnet a folder"
            + " runs/<name>/export/<rank>-<hash>/ with model.onnx, architecture.json (the"
            + " architecture, or the cell network of a NAS-Bench-201 run), DJL parameters"
            + " (model-0000.params) and metrics.json; each subnet is timed end to end"
            + " on every device of the run through its latency agent, and runs/<name>/report.html"
            + " is rewritten with predicted vs measured latency.",
            "Each subnet is trained on the run's data set (--epochs, --train-images) and scored on"
            + " its test split; --untrained writes the initial weights instead. A run scored by"
            + " the supernet evaluator starts each subnet from the weights it inherits from the"
            + " supernet (BatchNorm recalibrated) and fine-tunes them; --untrained then writes"
            + " the inherited weights as they are (labelled 'inherited'). model.onnx takes"
            + " raw pixels (uint8 NCHW, 0-255) and standardises them itself; its metadata names"
            + " the classes.",
            "A re-run replaces the whole export folder."},
        footer = {"", "Examples:", "  nas export --run runs/regularized-20261123-151455",
            "  nas export --run runs/demo --device local --top 3 --epochs 5 --train-images 20000",
            "  nas export --run runs/demo --untrained --no-measure",
            "  nas export --run runs/demo --fleet configs/fleets/lab.yaml"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR",
            description = "The run directory (runs/<name>).")
    Path run;

    /** The tables folder the search read its predictors from. */
    private static final Path TABLES = ProjectHome.resolve(Path.of("lookup-tables"));

    @Option(names = "--device", paramLabel = "D", description = "Export the front of device D"
            + " (default: the joint front, non-dominated on all objectives of the run).")
    String device;

    @Option(names = "--top", paramLabel = "K", defaultValue = "0",
            description = "Only the K best by score (default: every member of the front).")
    int top;

    @Option(names = "--untrained", description = "Write the starting weights as they are,"
            + " without training: the seeded initial ones (metrics.json and the table say"
            + " UNTRAINED), or for a supernet run the inherited ones (they say inherited).")
    boolean untrained;

    @Option(names = {"--epochs", "--finetune-epochs"}, paramLabel = "N",
            defaultValue = "" + ExportTraining.DEFAULT_EPOCHS,
            description = "Epochs of each subnet's training (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = {"--train-images", "--finetune-samples"}, paramLabel = "N",
            defaultValue = "" + ExportTraining.DEFAULT_TRAIN_IMAGES,
            description = "Training images drawn from the data set's training split (default:"
                    + " ${DEFAULT-VALUE}, or all it has when fewer).")
    int trainImages;

    @Option(names = {"--data-set", "--finetune-data-set"}, paramLabel = "NAME",
            description = "Data set to train and test on (default: the run's; required for a"
                    + " run scored from a recorded table), e.g. cifar10.")
    String dataSet;

    @Option(names = "--finetune", hidden = true, description = "Deprecated: training is the"
            + " default now.")
    boolean finetune;

    @Option(names = "--fleet", paramLabel = "FILE", defaultValue = "configs/fleets/local.yaml",
            description = "Fleet file whose agents serve the run's devices other than 'local'"
                    + " (default: ${DEFAULT-VALUE}).")
    Path fleet;

    @Option(names = "--no-measure", description = "Do not time the subnets on the devices.")
    boolean noMeasure;

    @Mixin
    VerboseOption verbose;

    private final FleetConnector connector;

    public ExportCommand() {
        this(FleetConnector.standard());
    }

    /** With a given connector (tests). */
    public ExportCommand(FleetConnector connector) {
        this.connector = connector;
    }

    /**
     * The search's predictors and protocol for a block-list run predicted by lookup tables; the
     * agents' own otherwise.
     */
    private SubnetTiming timing(PrintWriter out) {
        try {
            RunConfig c = FinishedRun.load(run).config();
            if (c.predictor() != PredictorKind.TABLE) {
                return SubnetTiming.PLAIN;
            }
            SearchSpace space = SearchSpace.load(Path.of(c.space()));
            return new CommittedTiming(new PredictorChoice(TABLES, out), TABLES, space);
        } catch (RuntimeException e) {
            // a cell space, or no finished run: the export itself says what is wrong
            return SubnetTiming.PLAIN;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (finetune) {
            err.println("nas export: --finetune is deprecated and has no effect: every export"
                    + " is trained now (--untrained for initial weights)");
        }
        for (String budget : List.of("--epochs", "--train-images")) {
            if (untrained && spec.commandLine().getParseResult().hasMatchedOption(budget)) {
                throw new IllegalArgumentException(budget + " must not be given with --untrained,"
                        + " which trains nothing");
            }
        }
        ExportTraining t = new ExportTraining(!untrained, epochs, trainImages,
                Optional.ofNullable(dataSet));
        ExportRun.Options o = new ExportRun.Options(Optional.ofNullable(device), top, t,
                !noMeasure, fleet, MeasureSettings.defaults());
        SupernetStart[] inherited = new SupernetStart[1];
        ExportRun.Result r;
        try {
            r = new ExportRun(connector, out, finished -> {
                inherited[0] = SupernetStart.open(finished).orElse(null);
                return inherited[0] != null ? inherited[0]
                        : StartingWeights.seeded(finished.config().seed());
            }).timedBy(timing(out)).export(run, o);
        } finally {
            if (inherited[0] != null) {
                inherited[0].close();
            }
        }
        print(r, out);
        r.failures().forEach(f -> err.println("nas export: " + f));
        err.flush();
        return r.failures().isEmpty() ? 0 : 1;
    }

    private static void print(ExportRun.Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "%nExported %d subnet(s) of %s to %s%n", r.subnets().size(),
                r.run().directory().path(), r.folder());
        out.printf(Locale.ROOT, "  %2s  %-16s  %8s  %-9s  %6s  %9s  %7s  %-10s  %9s  %9s  %7s%n",
                "#", "hash", "search", "weights", "test", "params", "MFLOPs", "device",
                "predicted", "measured", "error");
        for (ExportedSubnet s : r.subnets()) {
            String weights = s.written().weightsLabel();
            String test = s.written().testAccuracy().isPresent() ? String.format(Locale.ROOT,
                    "%.4f", s.written().testAccuracy().getAsDouble()) : "-";
            boolean first = true;
            for (String d : r.run().config().devices()) {
                DeviceMeasurement m = s.measured().get(d);
                String measured = m == null ? "-" : m.latency().map(l -> String.format(Locale.ROOT,
                        "%.3f", l.medianMs())).orElse("failed");
                String error = m == null ? "-" : m.latency().map(l -> String.format(Locale.ROOT,
                        "%+.1f%%%s", 100 * (s.evaluation().latencyMs(d) - l.medianMs())
                                / l.medianMs(), m.remeasured() ? "*" : "")).orElse("-");
                out.printf(Locale.ROOT, "  %2s  %-16s  %8s  %-9s  %6s  %9s  %7s  %-10s  %9.3f"
                        + "  %9s  %7s%n", first ? s.rank() : "", first ? s.hash() : "",
                        first ? String.format(Locale.ROOT, "%.4f", s.evaluation().accuracy()) : "",
                        first ? weights : "", first ? test : "",
                        first ? String.format(Locale.ROOT, "%,d", s.evaluation().params()) : "",
                        first ? String.format(Locale.ROOT, "%.2f", s.evaluation().flops() / 1e6)
                                : "", d, s.evaluation().latencyMs(d), measured, error);
                first = false;
            }
        }
        for (String d : r.run().config().devices()) {
            List<ModelLatency> on = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (ExportedSubnet s : r.subnets()) {
                DeviceMeasurement m = s.measured().get(d);
                if (m != null && m.latency().isPresent()) {
                    ModelLatency l = m.latency().get();
                    on.add(l);
                    errors.add(Math.abs(s.evaluation().latencyMs(d) - l.medianMs())
                            / l.medianMs());
                }
            }
            if (!on.isEmpty()) {
                out.printf(Locale.ROOT, "%s: predicted vs measured over %d subnet(s): mean |error|"
                        + " %.1f%%, max %.1f%%; measured with %s%n", d, on.size(),
                        100 * errors.stream().mapToDouble(x -> x).average().orElseThrow(),
                        100 * errors.stream().mapToDouble(x -> x).max().orElseThrow(),
                        on.get(0).protocol());
            }
        }
        if (r.subnets().stream().anyMatch(s -> s.measured().values().stream()
                .anyMatch(DeviceMeasurement::remeasured))) {
            out.println("*: measured outside its prediction's p10/p90 band, so measured again"
                    + " before this figure (metrics.json: latency_error.<device>.note)");
        }
        out.println("search: the run's " + r.run().config().evaluator() + " score; test:"
                + " accuracy on test images never trained on (metrics.json: accuracy.test_on)");
        out.println("Each folder: model.onnx (input uint8 NCHW pixels 0-255, standardisation"
                + " inside), architecture.json, model-0000.params, synset.txt, metrics.json");
        out.println("Report: " + r.report());
        out.flush();
    }
}
