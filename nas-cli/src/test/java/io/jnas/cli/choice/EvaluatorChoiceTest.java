package io.jnas.cli.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorChoiceTest {

    @Test
    void anUnknownEvaluatorIsNamedWithEveryEvaluatorASearchCanUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvaluatorChoice().open("naswot", Map.of()));
        assertEquals("evaluator must be one of [train, synflow, gradnorm, table, supernet], but was"
                + " 'naswot'", e.getMessage());
    }

    @Test
    void theSupernetNeedsTheRunsSpaceAndRejectsUnknownOptions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvaluatorChoice().open("supernet", Map.of()));
        assertEquals("evaluator 'supernet' belongs to one search space, so it is opened by a"
                + " search run, which knows its space file", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new EvaluatorChoice()
                .open("supernet", Map.of("epoch", "3"), "configs/spaces/mnist-small.yaml"));
        assertEquals("evaluator-options.epoch is not a known key of evaluator 'supernet';"
                + " expected one of " + String.join(", ", io.jnas.supernet.SupernetSettings.KEYS),
                e.getMessage());
    }
}
