package io.jnas.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.latency.BlockFeatures;
import io.jnas.latency.Calibration;
import io.jnas.latency.LookupTablePredictor;
import io.jnas.latency.PredictionBand;
import io.jnas.space.SearchSpace;
import io.jnas.table.LookupTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The predictor the search, validate and export share, on the recorded ONNX Runtime table. */
class CommittedPredictorTest {

    private static List<Architecture> nets(LookupTable table, int n) {
        SearchSpace space = SearchSpace.load(Path.of(System.getProperty("nas.home", ".."))
                .resolve("configs/spaces/mnist-small.yaml"));
        return EndToEndSampler.draw(space, n, EndToEndSampler.CALIBRATION_SEED, Set.of(), table);
    }

    @Test
    void aLegacyCalibrationPredictsAsBeforeAndTheFeaturesStayComplete() {
        LookupTable table = PredictorTrialTest.table();
        Calibration old = new Calibration(0.97, 0.36, -2.1, 20, 0.76, Instant.EPOCH);
        LookupTablePredictor p = LookupTablePredictor.of(table, old, null);
        for (Architecture a : nets(table, 5)) {
            double sum = p.rawSumMs(a);
            // the same double as the former formula, not only close: the main job's history
            // (evaluations.jsonl) stays byte-identical on a legacy calibration
            assertEquals(0.97 * sum + 0.36 * a.blocks().size() + -2.1, p.predictMs(a), 0.0);
            double[] f = p.features(a);
            assertEquals(sum, f[BlockFeatures.index("table_sum")], 1e-12);
            assertTrue(f[BlockFeatures.index("mmacs")] > 0, "MACs of " + a.hash());
        }
    }

    @Test
    void theFittedCalibrationPredictsWithItsBandThroughThePredictor() {
        LookupTable table = PredictorTrialTest.table();
        Calibration c = PredictorTrial.load(List.of(PredictorTrialTest.resource(
                "ort-calibration.csv")), table).fit("kinds-act");
        LookupTablePredictor p = LookupTablePredictor.of(table, c, null);
        for (Architecture a : nets(table, 5)) {
            PredictionBand b = p.band(a);
            assertEquals(c.apply(p.features(a)), b.ms(), 1e-12);
            assertEquals(b.ms(), p.predictMs(a), 1e-12);
            assertTrue(b.p10Ms() < b.ms() && b.ms() < b.p90Ms(), b.toString());
        }
    }
}
