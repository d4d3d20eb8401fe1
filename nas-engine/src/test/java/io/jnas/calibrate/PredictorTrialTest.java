package io.jnas.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.latency.Calibration;
import io.jnas.table.LookupTable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predictors compared on real recorded figures: 150 calibration and 50 held-out subnets of
 * mnist-small measured end to end under the ratio protocol on the ONNX Runtime agent of a loaded
 * 2-core AMD EPYC VM (test resources {@code latency-truth/}, with the table rows they use).
 */
class PredictorTrialTest {

    static Path resource(String name) {
        try {
            return Path.of(PredictorTrialTest.class.getResource("/latency-truth/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LookupTable table() {
        return LookupTable.load(resource("cpu-amd-epyc-onnxruntime-1-23-2-t1.csv"));
    }

    static PredictorTrial trial() {
        return PredictorTrial.load(List.of(resource("ort-calibration.csv"),
                resource("ort-validation.csv")), table());
    }

    @Test
    void readsEveryRowOfBothSets() {
        PredictorTrial t = trial();
        assertEquals(150, t.calibrationSize());
        assertEquals(50, t.heldOutSize());
    }

    @Test
    void perKindFeaturesBeatTheCalibratedSumAndFlopsOnHeldOutNets() {
        Map<String, Double> within = trial().scores().stream().collect(Collectors.toMap(
                PredictorTrial.Score::predictor, s -> s.heldOut().orElseThrow().within10()));
        assertTrue(within.get("kinds-act") >= 0.9, "kinds-act " + within);
        assertTrue(within.get("kinds-act") > within.get("sum-blocks") + 0.3, within.toString());
        assertTrue(within.get("kinds-act") > within.get(PredictorTrial.FLOPS) + 0.3,
                within.toString());
    }

    @Test
    void theBestIsListedFirstAndEveryScoreIsCrossValidatedToo() {
        List<PredictorTrial.Score> s = trial().scores();
        for (int i = 1; i < s.size(); i++) {
            assertTrue(s.get(i - 1).heldOut().orElseThrow().within10()
                    >= s.get(i).heldOut().orElseThrow().within10());
        }
        s.forEach(x -> assertEquals(150, x.crossValidated().n()));
    }

    @Test
    void theOutOfFoldBandHoldsRoughlyTheMiddleEightyPercentOfHeldOutNets() {
        Calibration c = trial().fit("kinds-act");
        assertTrue(c.bandLow() < 1 && c.bandHigh() > 1, c.bandLow() + ".." + c.bandHigh());
        LookupTable table = table();
        long inside = ValidationCsv.read(resource("ort-validation.csv")).stream()
                .filter(r -> c.band(io.jnas.latency.BlockFeatures.all(r.keys(),
                        k -> table.entry(k).orElseThrow().medianMs())).contains(r.measuredMs()
                                * c.referenceMs() / ValidationCsv.header(resource("ort-validation.csv")).referenceMs()))
                .count();
        assertTrue(inside >= 30 && inside <= 48, inside + " of 50 inside");
    }

    @Test
    void figuresOfAnotherRunAreBroughtToTheFirstFilesReferenceLevel(@TempDir Path dir)
            throws Exception {
        Path half = dir.resolve("half.csv");
        String text = Files.readString(resource("ort-calibration.csv"));
        double level = ValidationCsv.header(resource("ort-calibration.csv")).referenceMs();
        // the same ratios recorded at half the reference level: the same nets, another load
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("# reference_ms:")) {
                sb.append("# reference_ms: ").append(level / 2).append('\n');
            } else if (line.startsWith("calibration,")) {
                String[] f = line.split(",", -1);
                f[7] = Double.toString(Double.parseDouble(f[7]) / 2);
                sb.append(String.join(",", f)).append('\n');
            } else {
                sb.append(line).append('\n');
            }
        }
        Files.writeString(half, sb);
        Calibration a = PredictorTrial.load(List.of(resource("ort-calibration.csv")), table())
                .fit("kinds");
        Calibration b = PredictorTrial.load(List.of(resource("ort-calibration.csv"), half),
                table()).fit("kinds");
        for (int j = 0; j < a.weights().length; j++) {
            assertEquals(a.weights()[j], b.weights()[j], 1e-6 + 1e-3 * Math.abs(a.weights()[j]),
                    a.features().get(j));
        }
    }

    @Test
    void filesOfAnotherReferenceNetworkAreRefused(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.csv");
        Files.writeString(other, Files.readString(resource("ort-validation.csv"))
                .replace("# reference_hash: c38a737ba07b2a10", "# reference_hash: 0123456789abcdef"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PredictorTrial.load(List.of(resource("ort-calibration.csv"), other), table()));
        assertEquals(other + ": reference_hash must be c38a737ba07b2a10 (that of "
                + resource("ort-calibration.csv") + "), but was 0123456789abcdef", e.getMessage());
    }
}
