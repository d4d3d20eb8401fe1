package io.jnas.cli.export;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.calibrate.EndToEndSampler;
import io.jnas.calibrate.RatioTimer;
import io.jnas.export.SubnetTiming;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.ModelLatency;
import io.jnas.latency.Calibration;
import io.jnas.latency.LatencyPredictor;
import io.jnas.latency.LookupTablePredictor;
import io.jnas.latency.PredictionBand;
import io.jnas.latency.PredictorProvider;
import io.jnas.space.SearchSpace;
import io.jnas.table.LookupTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The export's timing with the search's own predictor (the committed table and calibration of
 * each device, from the same factory): a block-list subnet on a device whose calibration names a
 * reference network is timed by the ratio protocol and reported in the calibration's unit, and
 * its prediction's p10/p90 band is known. Anything else is timed as {@link SubnetTiming#PLAIN}.
 */
final class CommittedTiming implements SubnetTiming {

    private final PredictorProvider predictors;
    private final Path tablesDir;
    private final SearchSpace space;
    private final Map<String, Optional<LatencyPredictor>> byDevice = new HashMap<>();
    private final Map<String, RatioTimer> timers = new HashMap<>();

    CommittedTiming(PredictorProvider predictors, Path tablesDir, SearchSpace space) {
        this.predictors = requireNonNull(predictors, "predictors");
        this.tablesDir = requireNonNull(tablesDir, "tablesDir");
        this.space = requireNonNull(space, "space");
    }

    @Override
    public Optional<PredictionBand> band(String device, Design design) {
        return predictor(device).map(p -> p.band(design));
    }

    @Override
    public ModelLatency measure(String device, FleetAgent agent, Design design,
            MeasureSettings settings) {
        Optional<Calibration> cal = predictor(device)
                .filter(LookupTablePredictor.class::isInstance)
                .map(p -> ((LookupTablePredictor) p).calibration())
                .filter(c -> !c.referenceHash().isEmpty());
        if (!(design instanceof Architecture a) || cal.isEmpty()) {
            return agent.profileModel(design, settings);
        }
        RatioTimer t = timers.get(device);
        if (t == null) {
            String hw = predictor(device).orElseThrow().hardwareId();
            LookupTable table = LookupTable.load(LookupTable.fileOf(tablesDir, hw));
            t = EndToEndSampler.timer(agent, space, table, settings);
            if (!t.reference().hash().equals(cal.get().referenceHash())) {
                return agent.profileModel(design, settings);
            }
            t.warmUp();
            timers.put(device, t);
        }
        LookupTablePredictor raw = (LookupTablePredictor) predictor(device).orElseThrow();
        return t.measure(a, raw.rawSumMs(a)).inMs(cal.get().referenceMs());
    }

    private Optional<LatencyPredictor> predictor(String device) {
        return byDevice.computeIfAbsent(device, d -> {
            try {
                return Optional.of(predictors.forDevice(d, space));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
