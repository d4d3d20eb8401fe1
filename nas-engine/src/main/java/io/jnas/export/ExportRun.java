package io.jnas.export;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Design;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.MeasureSettings;
import io.jnas.report.MeasuredSubnet;
import io.jnas.report.RunReport;
import io.jnas.run.FinishedRun;
import io.jnas.run.RunDirectory;
import io.jnas.search.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Exports the Pareto subnets of a finished run into {@code runs/<name>/export/<rank>-<hash>/},
 * times each on every device of the run through its agent, and rewrites the run's report with
 * the measured figures. The subnets are block-list architectures or, for a run over a
 * NAS-Bench-201 cell space, cell networks. Each is trained on the run's data set (unless the
 * export is untrained) from the weights a {@link StartingWeights} sets, and scored on test
 * images never trained on.
 *
 * <pre>{@code
 * ExportRun.Result r = new ExportRun(FleetConnector.standard(), out)
 *         .export(Path.of("runs/demo"), ExportRun.Options.defaults());
 * }</pre>
 *
 * <p>Agents are reached before anything is written, so a dead agent costs nothing. The folders
 * are built in a staging folder and moved into place together; a device whose agent fails during
 * the timing is recorded as such in every metrics.json, the other devices are still timed, and
 * the export is kept.
 */
public final class ExportRun {

    /**
     * What to export and how.
     *
     * @param front a device of the run, or empty for the joint front
     * @param top the K best by score, 0 for the whole front
     * @param training trained (the default) or untrained, the budget and the data set
     * @param measure time the subnets on the run's devices
     * @param fleet the fleet file that serves devices other than {@code local}
     */
    public record Options(Optional<String> front, int top, ExportTraining training,
            boolean measure, Path fleet, MeasureSettings settings) {

        public Options {
            requireNonNull(front, "front");
            requireNonNull(training, "training");
            requireNonNull(fleet, "fleet");
            requireNonNull(settings, "settings");
        }

        /** The joint front, trained with the default budget, timed on the run's devices. */
        public static Options defaults() {
            return new Options(Optional.empty(), 0, ExportTraining.defaults(), true,
                    Path.of("configs/fleets/local.yaml"), MeasureSettings.defaults());
        }

        public Options with(ExportTraining newTraining) {
            return new Options(front, top, newTraining, measure, fleet, settings);
        }
    }

    /**
     * What an export did.
     *
     * @param failures one line per device whose agent failed during the timing
     */
    public record Result(FinishedRun run, Path folder, List<ExportedSubnet> subnets,
            List<String> failures, Path report) {
    }

    private final FleetConnector connector;
    private final PrintWriter progress;
    private final Function<FinishedRun, StartingWeights> startingWeights;
    private SubnetTiming timing = SubnetTiming.PLAIN;

    /** Subnets start from their seeded initialization. */
    public ExportRun(FleetConnector connector, PrintWriter progress) {
        this(connector, progress, run -> StartingWeights.seeded(run.config().seed()));
    }

    /**
     * @param startingWeights where the subnets of a run start (e.g. weights inherited from its
     *     supernet); trained from there unless the export is untrained
     */
    public ExportRun(FleetConnector connector, PrintWriter progress,
            Function<FinishedRun, StartingWeights> startingWeights) {
        this.connector = requireNonNull(connector, "connector");
        this.progress = requireNonNull(progress, "progress");
        this.startingWeights = requireNonNull(startingWeights, "startingWeights");
    }

    /**
     * Times subnets this way (the committed tables' protocol and bands) instead of
     * {@link SubnetTiming#PLAIN}.
     */
    public ExportRun timedBy(SubnetTiming newTiming) {
        this.timing = requireNonNull(newTiming, "timing");
        return this;
    }

    /**
     * @throws io.jnas.run.RunConfigException when the directory holds no finished run
     * @throws IllegalArgumentException for an unknown front, a bad option, or a device without a
     *     live agent
     */
    public Result export(Path runDir, Options o) {
        FinishedRun run = FinishedRun.load(runDir);
        String front = o.front().orElse(FinishedRun.JOINT);
        List<Evaluation> chosen = ExportSelection.of(run, front, o.top());
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("front '" + front + "' of " + runDir + " must have"
                    + " members, but is empty");
        }
        List<Design> designs = chosen.stream().map(Evaluation::design).toList();
        List<String> devices = run.config().devices();
        try (DeviceAgents agents = o.measure()
                ? DeviceAgents.open(devices, o.fleet(), connector) : null) {
            ExportPlan plan = plan(run, designs.get(0), o.training());
            ExportFolder folder = ExportFolder.start(runDir);
            List<ExportedSubnet> subnets = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Evaluation e = chosen.get(i);
                Path dir = folder.staging().resolve(ExportedSubnet.folderName(i + 1, e.hash()));
                progress.printf("exporting %d/%d: %s (%s)%n", i + 1, chosen.size(), e.hash(),
                        plan.trainer().map(t -> "training " + t.settings().describe())
                                .orElse(plan.start().trained() ? "inherited, not fine-tuned, --untrained"
                                : "UNTRAINED, --untrained"));
                progress.flush();
                SubnetFiles.Written w = SubnetFiles.write(designs.get(i), dir, plan);
                w.testAccuracy().ifPresent(a -> progress.printf(java.util.Locale.ROOT,
                        "  test accuracy %.4f on %s%s%n", a, plan.data().orElseThrow()
                                .testSource(), w.training().map(t -> String.format(
                                        java.util.Locale.ROOT, " (trained %d steps in %.1f s)",
                                        t.result().steps(), t.result().seconds())).orElse("")));
                ExportedSubnet s = new ExportedSubnet(i + 1, front, e, dir, w, java.util.Map.of());
                writeMetrics(run, s, plan);
                subnets.add(s);
            }
            List<String> failures = List.of();
            if (agents != null) {
                List<ExportedSubnet> measured = new ArrayList<>(subnets);
                failures = LatencyCheck.run(subnets, devices, agents, o.settings(), timing,
                        progress,
                        s -> {
                            writeMetrics(run, s, plan);
                            measured.set(s.rank() - 1, s);
                        });
                subnets = measured;
            }
            Path done = folder.commit();
            List<ExportedSubnet> placed = subnets.stream()
                    .map(s -> s.in(done.resolve(s.folder().getFileName()))).toList();
            Path report = RunReport.write(run, measuredPoints(placed));
            return new Result(run, done, placed, failures, report);
        }
    }

    private ExportPlan plan(FinishedRun run, Design first, ExportTraining t) {
        Optional<ExportData> data = ExportData.of(run.config(), first.input(), t);
        return new ExportPlan(run.config().name(), run.config().space(), run.config().seed(),
                data, t.trained() ? data.map(SubnetTrainer::of) : Optional.empty(),
                startingWeights.apply(run));
    }

    private static void writeMetrics(FinishedRun run, ExportedSubnet s, ExportPlan plan) {
        RunDirectory.writeAtomically(s.folder().resolve(MetricsJson.FILE),
                MetricsJson.of(run.config(), s, plan));
    }

    private static List<MeasuredSubnet> measuredPoints(List<ExportedSubnet> subnets) {
        List<MeasuredSubnet> out = new ArrayList<>();
        for (ExportedSubnet s : subnets) {
            s.measured().forEach((device, m) -> m.latency().ifPresent(l -> out.add(
                    new MeasuredSubnet(s.rank(), s.hash(), device,
                            s.evaluation().latencyMs(device), l.medianMs(), l.p10Ms(),
                            l.p90Ms(), l.protocol().toString()))));
        }
        return out;
    }
}
