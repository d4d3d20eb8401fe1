package io.jnas.agent.client;

import static io.jnas.agent.AgentFixture.FAST_SETTINGS;
import static io.jnas.agent.AgentFixture.MBCONV;
import static io.jnas.agent.AgentFixture.TINY_NET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.agent.AgentFixture;
import io.jnas.agent.Measurement;
import io.jnas.agent.MeasurementConditions;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.arch.Architecture;
import io.jnas.arch.InputShape;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSkeleton;
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

    @Test
    void aCellNetworkIsTimedEndToEndAndAnOversizedOneRefused() {
        CellNetwork cell = new CellNetwork(Cell.parse("|nor_conv_3x3~0|+|none~0|skip_connect~1|+"
                + "|avg_pool_3x3~0|nor_conv_1x1~1|skip_connect~2|"),
                new CellSkeleton(new InputShape(3, 8, 8), 10, 1, List.of(4, 8)));
        try (LocalAgent local = LocalAgent.start(AgentFixture.config());
                AgentClient client = local.client()) {
            Measurement m = client.profileModel(cell.toJson(), FAST_SETTINGS);
            assertEquals(cell.hash(), m.subject());
            assertEquals(4, m.stats().count());
            assertTrue(m.stats().medianMs() > 0);
            CellNetwork huge = new CellNetwork(cell.cell(), new CellSkeleton(
                    new InputShape(3, 1024, 1024), 10, 5, List.of(2048, 4096)));
            io.grpc.StatusRuntimeException e = assertThrows(io.grpc.StatusRuntimeException.class,
                    () -> client.profileModel(huge.toJson(), FAST_SETTINGS));
            assertTrue(e.getMessage().contains("architecture_json needs an estimated "),
                    e.getMessage());
        }
    }
}
