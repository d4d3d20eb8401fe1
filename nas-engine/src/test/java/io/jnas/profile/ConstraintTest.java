package io.jnas.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstraintTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            flops=60M        | flops  | 60000000
            params=1.5M      | params | 1500000
            memory=2MB       | memory | 2000000
            memory=2MiB      | memory | 2097152
            memory=512       | memory | 512
            macs=3.2G        | macs   | 3200000000
            params=250k      | params | 250000
            PARAMS = 10Ki    | params | 10240
            flops=.5M        | flops  | 500000
            params=1.0000005M| params | 1000000
            """)
    void parsesNumbersWithSuffixes(String text, String metric, long limit) {
        Constraint c = Constraint.parse(text);
        assertEquals(metric, c.metric().id());
        assertEquals(limit, c.limit());
    }

    @Test
    void parsesAListAndIgnoresEmptyParts() {
        assertEquals(List.of(new Constraint(CostMetric.FLOPS, 60_000_000),
                        new Constraint(CostMetric.PARAMS, 1_500_000)),
                Constraint.parseList("flops=60M, params=1.5M,"));
        assertEquals(List.of(), Constraint.parseList(""));
    }

    @Test
    void admitsValuesUpToItsLimit() {
        Constraint c = new Constraint(CostMetric.PARAMS, 100);
        assertTrue(c.admits(100));
        assertFalse(c.admits(101));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            flops               | constraint must look like key=value with key one of params, macs, flops, memory, but was 'flops'
            latency=3ms         | constraint key must be one of params, macs, flops, memory, but was 'latency'
            flops=60X           | constraint flops must be a number with an optional suffix K, M, G (x1000) or Ki, Mi, Gi (x1024), e.g. 60M or 1.5M or 2MB, but was '60X'
            flops=-5M           | constraint flops must be a number with an optional suffix K, M, G (x1000) or Ki, Mi, Gi (x1024), e.g. 60M or 1.5M or 2MB, but was '-5M'
            params=             | constraint params must be a number with an optional suffix K, M, G (x1000) or Ki, Mi, Gi (x1024), e.g. 60M or 1.5M or 2MB, but was ''
            flops=60MB          | constraint flops must be a number with an optional suffix K, M, G (x1000) or Ki, Mi, Gi (x1024), e.g. 60M or 1.5M or 2MB (the unit B only for memory), but was '60MB'
            params=99999999999G | constraint params must be at most 9223372036854775807, but was '99999999999G'
            """)
    void rejectsBadConstraintsNamingKeyAndForm(String text, String message) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Constraint.parse(text));
        assertEquals(message, e.getMessage());
    }
}
