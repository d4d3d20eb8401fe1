package io.jnas.agent.client;

import static io.jnas.agent.AgentFixture.FAST_SETTINGS;
import static io.jnas.agent.AgentFixture.MBCONV;
import static io.jnas.agent.AgentFixture.TINY_NET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.agent.AgentFixture;
import io.jnas.agent.Measurement;
import io.jnas.agent.MeasurementConditions;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.arch.Architecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-process agent the engine uses for its {@code local} fleet entry. */
class LocalAgentTest {

    @Test
    void describeAndMeasurementsCrossTheWireWithoutLoss() {
        try (LocalAgent local = LocalAgent.start(AgentFixture.config());
                AgentClient client = local.client()) {
            assertEquals(local.agent().describe(), client.describe());
            assertTrue(client.health().serving());

            List<Measurement> ops = client.profileOps(List.of(MBCONV), FAST_SETTINGS, m -> { });
            Measurement m = ops.get(0);
            assertEquals(MBCONV, m.subject());
            assertEquals(new MeasurementConditions("pytorch", "2.7.1", "cpu", Precision.FLOAT32, 1,
                    1, new TimingProtocol(1, 2, 2, 0.5, 0), local.agent().describe()
                            .agentVersion(), "test-cpu"), m.conditions());
            assertEquals(4, m.stats().count());
            assertEquals(2, m.stats().roundMediansMs().size());

            Measurement e2e = client.profileModel(TINY_NET, FAST_SETTINGS);
            assertEquals(Architecture.fromJson(TINY_NET).hash(), e2e.subject());
            assertEquals(2, client.health().measuredBlocks());
        }
    }
}
