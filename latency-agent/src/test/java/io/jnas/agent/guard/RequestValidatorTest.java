package io.jnas.agent.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.timing.TimingProtocol;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

    private static final List<EngineStatus> ENGINES = List.of(
            new EngineStatus("pytorch", "2.7.1", true, "", List.of("cpu"), Map.of()),
            EngineStatus.unavailable("onnxruntime", "not in this build"));

    private final RequestValidator validator = new RequestValidator(
            RequestLimits.defaults(8L << 30), TimingProtocol.defaults(), "pytorch",
            ComputeDevice.CPU, 1, Set.of(Precision.FLOAT32), ENGINES);

    @Test
    void fillsEveryDefault() {
        ProfileSettings s = validator.settings(RequestedSettings.DEFAULTS);
        assertEquals("pytorch", s.engine());
        assertEquals("cpu", s.device());
        assertEquals(1, s.batch());
        assertEquals(Precision.FLOAT32, s.precision());
        assertEquals(1, s.threads());
        assertEquals(TimingProtocol.defaults(), s.timing());
    }

    @Test
    void zeroWarmUpAndZeroRemeasureAreChoicesWhenSent() {
        ProfileSettings s = validator.settings(new RequestedSettings("pytorch", "cpu", 4,
                "float32", 1, 0, 7, 3, 0.2, 0));
        assertEquals(new TimingProtocol(0, 7, 3, 0.2, 0), s.timing());
        assertEquals(4, s.batch());
    }

    @Test
    void anotherEnginesReasonIsQuoted() {
        RequestRejectedException e = assertThrows(RequestRejectedException.class,
                () -> validator.settings(new RequestedSettings("onnxruntime", "", 0, "", 0, null,
                        0, 0, 0, null)));
        assertEquals(RequestRejectedException.Reason.UNSUPPORTED_HERE, e.reason());
        assertEquals("settings.engine onnxruntime is not available on this agent: not in this"
                + " build", e.getMessage());
    }

    @Test
    void limitsAreReadFromTheDefaults() {
        RequestLimits l = RequestLimits.defaults(4L << 30);
        assertEquals(1L << 30, l.maxMemoryBytes(), "a quarter of a 4 GiB device");
        assertEquals(2L << 30, RequestLimits.defaults(64L << 30).maxMemoryBytes(), "capped");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> l.withQueueCapacity(0));
        assertEquals("queueCapacity must be >= 1, but was 0", e.getMessage());
    }

    @Test
    void workCountsEveryCallTheProtocolMayMake() {
        WorkValidator work = new WorkValidator(RequestLimits.defaults(8L << 30).withBudget(1, 1L << 30));
        ProfileSettings s = validator.settings(RequestedSettings.DEFAULTS);
        // fc 1000 -> 1000: 1e6 MACs x 300 calls (5 rounds x 20 calls x 3 attempts) = 0.3 GMACs
        work.opKeys(List.of("fc:i1000:o1000:k1:s1:e1:none:se0:1x1"), s);
        RequestRejectedException e = assertThrows(RequestRejectedException.class,
                () -> work.opKeys(List.of("fc:i1000:o1000:k1:s1:e1:none:se0:1x1",
                        "fc:i1000:o1000:k1:s1:e1:none:se0:1x1",
                        "fc:i1000:o1000:k1:s1:e1:none:se0:1x1",
                        "fc:i1000:o1000:k1:s1:e1:none:se0:1x1"), s));
        assertEquals("estimated work of op_keys (4 blocks) must be <= 1 GMACs, but was 1.2 GMACs"
                + " (0.004 GMACs per call at settings.batch 1 x 300 calls with re-measurements);"
                + " lower the batch, the calls or the keys per call", e.getMessage());
    }
}
