package io.jnas.cli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorChoiceTest {

    @Test
    void anUnknownEvaluatorIsNamedWithEveryEvaluatorASearchCanUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvaluatorChoice().open("naswot", Map.of()));
        assertEquals("evaluator must be one of [train, synflow, gradnorm, table], but was"
                + " 'naswot'", e.getMessage());
    }
}
