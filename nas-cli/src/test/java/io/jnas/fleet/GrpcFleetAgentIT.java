package io.jnas.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.arch.OpKey;
import io.jnas.space.SearchSpace;
import io.jnas.table.LatencyEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's adapter over the agent client against a real agent JVM over TCP: the records come
 * through, a warm-up of 0 reaches the agent as 0, and failures carry the one retry rule.
 */
class GrpcFleetAgentIT {

    @TempDir
    Path dir;

    @Test
    void recordsWarmupZeroAndTheRetryRuleOverARealSocket() throws Exception {
        SearchSpace space = FleetBuildIT.space();
        Architecture a = space.resolve(space.sample(new SplittableRandom(3)));
        MeasureSettings noWarmup = new MeasureSettings("", "", 0, "", 0, 0, 2, 1, 0, 0);
        try (AgentProcesses procs = AgentProcesses.start(1, dir)) {
            String address = "127.0.0.1:" + procs.ports.get(0);
            AgentEntry entry = new AgentEntry("it", address, Optional.of(AgentProcesses.TOKEN),
                    Optional.empty(), Duration.ofSeconds(60));
            try (FleetAgent agent = FleetConnector.standard().open(entry)) {
                DeviceInfo d = agent.describe();
                assertTrue(agent.healthy());
                assertEquals("it-fleet-cpu", d.hardwareId());
                assertEquals("pytorch", d.engine());
                assertEquals("cpu", d.device());
                assertEquals(10, d.defaults().warmup()); // the agent's default, as it described it
                assertEquals(1, d.defaults().batch());

                ModelLatency m = agent.profileModel(a, noWarmup);
                assertEquals(a.hash(), m.architectureHash());
                assertEquals(0, m.protocol().warmup());
                assertEquals(2, m.count());
                assertEquals(10, agent.profileModel(a, MeasureSettings.defaults()).protocol().warmup());

                List<OpKey> keys = a.opKeys().stream().distinct().limit(2).toList();
                List<LatencyEntry> got = new ArrayList<>();
                agent.profileOps(keys, noWarmup, got::add);
                assertEquals(keys, got.stream().map(LatencyEntry::key).toList());
                assertTrue(got.stream().allMatch(e -> e.medianMs() > 0 && e.count() == 2), got.toString());
            }

            AgentEntry wrongToken = new AgentEntry("it", address, Optional.of("not-the-token"),
                    Optional.empty(), Duration.ofSeconds(60));
            try (FleetAgent agent = FleetConnector.standard().open(wrongToken)) {
                AgentException e = assertThrows(AgentException.class, agent::describe);
                assertEquals(false, e.retryable(), e.getMessage());
                assertTrue(e.getMessage().startsWith("agent it (" + address
                        + ") Describe failed with UNAUTHENTICATED"), e.getMessage());
                assertEquals(false, agent.healthy());
            }

            procs.processes.get(0).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            try (FleetAgent agent = FleetConnector.standard().open(entry)) {
                AgentException e = assertThrows(AgentException.class, agent::describe);
                assertEquals(true, e.retryable(), e.getMessage());
                assertTrue(e.getMessage().contains("failed with UNAVAILABLE"), e.getMessage());
                assertEquals(false, agent.healthy());
            }
        }
    }
}
