package io.jnas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The key table is the config's one spelling: reader, writer, defaults and choices agree. */
class RunKeyTest {

    @Test
    void theWrittenMapHasTheTableOrderAndReadsBackEqual() {
        RunConfig c = TestRuns.config(TestRuns.keys("nsga2", 30, 4)).withName("demo");
        Map<String, Object> written = c.toMap();
        List<String> inTableOrder = new ArrayList<>(RunKey.names());
        inTableOrder.retainAll(written.keySet());
        assertEquals(inTableOrder, List.copyOf(written.keySet()));
        assertEquals(c, RunConfigReader.of(List.of(RunConfigReader.Layer.flags(written))));
    }

    @Test
    void everyKeyWithADefaultIsReadWithIt() {
        Map<String, Object> defaults = new LinkedHashMap<>(RunKey.defaults());
        assertEquals(RunConfigReader.DEFAULTS, defaults);
        assertEquals(RunKey.names(), RunConfigReader.KEYS);
        Map<String, Object> written = RunConfigReader.of(List.of()).toMap();
        defaults.forEach((k, v) -> assertEquals(String.valueOf(v), String.valueOf(written.get(k)),
                k));
    }

    @Test
    void everyStrategyOfTheRegistryBuildsTheStrategyOfItsName() {
        for (Strategy s : Strategy.values()) {
            RunConfig c = RunConfigReader.of(List.of(RunConfigReader.Layer.flags(
                    Map.of("strategy", s.key()))));
            assertEquals(s, c.strategy());
            assertEquals(s.key(), s.create(c).name());
            assertEquals(s, Strategy.of(s.key()));
        }
        assertEquals("strategy must be one of regularized, random, nsga2, surrogate, but was"
                + " 'evolution'", assertThrows(IllegalArgumentException.class,
                () -> Strategy.of("evolution")).getMessage());
    }

    @Test
    void choicesAreReadByTheirYamlNames() {
        RunConfig c = RunConfigReader.of(List.of(RunConfigReader.Layer.flags(Map.of(
                "fitness", "pareto", "mnasnet-mode", "hard", "predictor", "recorded",
                "recorded-latency", "x.csv"))));
        assertEquals(FitnessKind.PARETO, c.fitness());
        assertEquals(MnasnetMode.HARD, c.mnasnetMode());
        assertEquals(PredictorKind.RECORDED, c.predictor());
        assertEquals(List.of("table", "flops", "recorded"), ConfigChoice.keys(PredictorKind.class));
        assertEquals("pareto", c.toMap().get("fitness"));
    }
}
