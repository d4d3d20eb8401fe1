package io.jnas.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.fleet.MeasureSettings;
import io.jnas.space.SearchSpace;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RatioTimerTest {

    private static final SearchSpace SPACE = SearchSpace.load(Path.of(
            System.getProperty("nas.home", "..")).resolve("configs/spaces/mnist-small.yaml"));
    private static final SplittableRandom RNG = new SplittableRandom(7);
    private static final Architecture REF = SPACE.resolve(SPACE.sample(RNG));
    private static final Architecture NET = SPACE.resolve(SPACE.sample(RNG));
    private static final RatioTimer.Plan PLAN = new RatioTimer.Plan(3, 3, 25, 0.05, 2, 2);

    private static RatioTimer timer(DriftingAgent agent) {
        return new RatioTimer(agent, REF, 2.0, MeasureSettings.defaults(), PLAN);
    }

    @Test
    void slowDriftCancelsInTheRatio() {
        // the machine slows from 1.0x to 1.6x over the run (another agent starts training)
        double[] load = {1.0, 1.0, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3, 1.35, 1.4, 1.45, 1.5, 1.6};
        DriftingAgent agent = new DriftingAgent(Map.of(REF.hash(), 2.0, NET.hash(), 3.0), load);
        RatioTimer t = timer(agent);
        t.warmUp();
        RatioMeasurement m = t.measure(NET, 3.0);
        assertEquals(0, m.extraRounds());
        assertEquals(1.5, m.stats().median(), 0.01, "3 ms / 2 ms whatever the load");
        // a plain median of the net's own calls would say 3 ms x ~1.2
        assertEquals(2 + 3 + 4, agent.asked.size(), "2 warm-up, then ref, net, ref, net, ref, net, ref");
    }

    @Test
    void aBurstRoundIsMeasuredAgainAndDoesNotMoveTheFigure() {
        // call 5 (the net's second round) runs while a build takes both cores: 3x slower
        double[] load = {1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        DriftingAgent agent = new DriftingAgent(Map.of(REF.hash(), 2.0, NET.hash(), 3.0), load);
        RatioTimer t = timer(agent);
        t.warmUp();
        RatioMeasurement m = t.measure(NET, 3.0);
        assertEquals(1, m.extraRounds(), "the outlier round measured again");
        assertEquals(3, m.ratios().length, "and replaced");
        assertEquals(1.5, m.stats().median(), 1e-9);
        assertEquals(2.0, t.referenceLevelMs(), 1e-9);
    }

    @Test
    void subMillisecondNetsGetEnoughCallsPerRound() {
        DriftingAgent agent = new DriftingAgent(Map.of(REF.hash(), 2.0, NET.hash(), 0.1),
                new double[] {1});
        RatioTimer t = timer(agent);
        t.measure(NET, 0.1);
        assertEquals(250, agent.asked.get(1).repetitions(), "25 ms / 0.1 ms");
        assertEquals(13, agent.asked.get(0).repetitions(), "the 2 ms reference: 25 / 2, rounded up");
        assertTrue(agent.asked.stream().allMatch(s -> s.rounds() == 2));
    }
}
