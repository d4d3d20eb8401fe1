package io.jnas.agent.profiler.tensorrt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrtexecTimesTest {

    /** One iteration as trtexec --exportTimes writes it. */
    private static String iteration(double latency) {
        return "{ \"startInMs\" : 1.0, \"endInMs\" : 1.1, \"startComputeMs\" : 1.1,"
                + " \"endComputeMs\" : 1.9, \"startOutMs\" : 1.9, \"endOutMs\" : 2.0,"
                + " \"inMs\" : 0.1, \"computeMs\" : 0.8, \"outMs\" : 0.1, \"latencyMs\" : "
                + latency + ", \"endToEndMs\" : 1.0 }";
    }

    @Test
    void keepsTheLatencyOfTheIterationsAfterTheWarmUp() {
        String json = "[ " + iteration(9) + ", " + iteration(8) + ", " + iteration(1.25) + ", "
                + iteration(1.5) + ", " + iteration(7) + " ]";
        assertArrayEquals(new double[] {1.25, 1.5}, TrtexecTimes.parse(json, 2, 2), 0);
    }

    @Test
    void tooFewIterationsIsAnErrorNamingBothCounts() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TrtexecTimes.parse("[ " + iteration(1) + " ]", 1, 2));
        assertEquals("trtexec times must list 3 iterations (1 warm-up + 2 timed), but listed 1",
                e.getMessage());
    }

    @Test
    void somethingElseThanAnArrayOfLatenciesIsNamed() {
        assertEquals("trtexec times must be a JSON array of iterations, but was OBJECT",
                assertThrows(IllegalStateException.class,
                        () -> TrtexecTimes.parse("{}", 0, 1)).getMessage());
        assertEquals("trtexec times: iteration 0 must have a number latencyMs >= 0, but had"
                        + " \"fast\"", assertThrows(IllegalStateException.class,
                        () -> TrtexecTimes.parse("[{\"latencyMs\": \"fast\"}]", 0, 1))
                        .getMessage());
        assertThrows(IllegalStateException.class, () -> TrtexecTimes.parse("[{", 0, 1));
    }
}
