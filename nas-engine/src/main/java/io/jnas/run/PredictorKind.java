package io.jnas.run;

import io.jnas.codec.SearchCodec;
import io.jnas.codec.SpaceCodec;
import io.jnas.latency.FlopsPredictor;
import io.jnas.latency.LatencyPredictor;
import io.jnas.latency.PredictorProvider;
import io.jnas.recorded.RecordedTables;
import java.nio.file.Path;
import java.util.List;

/**
 * The latency predictors a run config can name ({@code predictor:} key): the one registry of
 * predictors. Adding one is a constant here with how it predicts one device.
 */
public enum PredictorKind implements ConfigChoice {
    /** The device's lookup table (with its calibration) from the tables folder. */
    TABLE("table") {
        @Override
        LatencyPredictor forDevice(RunConfig c, String device, SearchCodec<?> space,
                Sources sources) {
            return sources.tables().forDevice(device, blocks(space).space());
        }
    },
    /** A line over FLOPs per device: flops-coefficients. */
    FLOPS("flops") {
        @Override
        LatencyPredictor forDevice(RunConfig c, String device, SearchCodec<?> space,
                Sources sources) {
            blocks(space);
            List<Double> k = c.flopsCoefficients().get(device);
            return FlopsPredictor.of(device, k.get(0), k.get(1));
        }
    },
    /** Recorded latency per cell of a benchmark table: recorded-latency (any space). */
    RECORDED("recorded") {
        @Override
        LatencyPredictor forDevice(RunConfig c, String device, SearchCodec<?> space,
                Sources sources) {
            return sources.recorded().latency(Path.of(c.recordedLatency()), device);
        }
    };

    /** Where predictors come from: committed lookup tables and recorded tables. */
    record Sources(PredictorProvider tables, RecordedTables recorded) {
    }

    private final String key;

    PredictorKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /**
     * The predictor of one device of a run.
     *
     * @throws IllegalArgumentException when the predictor does not fit the space
     */
    abstract LatencyPredictor forDevice(RunConfig c, String device, SearchCodec<?> space,
            Sources sources);

    SpaceCodec blocks(SearchCodec<?> space) {
        if (space instanceof SpaceCodec blocks) {
            return blocks;
        }
        throw new IllegalArgumentException("predictor " + key + " predicts"
                + " block-list architectures, but space '" + space.spaceName() + "' is a"
                + " cell space: use predictor recorded (with recorded-latency: <csv>)");
    }

    @Override
    public String toString() {
        return key;
    }
}
