package io.jnas.cli.search;

import io.jnas.latency.LatencyPredictor;
import io.jnas.latency.PredictorProvider;
import io.jnas.space.SearchSpace;

/**
 * The one place where the search commands get a device's lookup-table predictor
 * ({@code predictor: table}); {@code predictor: flops} runs do not come here.
 *
 * <p>Integration seam: at merge this returns the table-backed predictor of the device (building
 * the local CPU's table if missing) or refuses with how to build one.
 */
public final class PredictorChoice implements PredictorProvider {

    @Override
    public LatencyPredictor forDevice(String device, SearchSpace space) {
        throw new IllegalArgumentException("device '" + device + "' has no lookup table for space '"
                + space.name() + "' in this build; use --predictor flops --flops " + device
                + "=MS_PER_MMAC:OFFSET_MS meanwhile");
    }
}
