package io.jnas.export;

import io.jnas.fleet.AgentEntry;
import io.jnas.fleet.AgentException;
import io.jnas.fleet.DeviceInfo;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.FleetFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent that times each device of a run, found the way the search names devices:
 * {@code local} is the in-process agent on this CPU (no server needed); any other device is a
 * hardware id, served by the first agent of the fleet file whose {@code Describe} reports it.
 *
 * <pre>{@code
 * try (DeviceAgents agents = DeviceAgents.open(List.of("local"), fleetFile, connector)) {
 *     ModelLatency m = agents.agent("local").profileModel(architecture, settings);
 * }
 * }</pre>
 */
public final class DeviceAgents implements AutoCloseable {

    /** Timeout of one end-to-end measurement through the in-process agent. */
    static final Duration LOCAL_TIMEOUT = Duration.ofSeconds(300);

    private final Map<String, FleetAgent> byDevice;
    private final List<FleetAgent> open;

    private DeviceAgents(Map<String, FleetAgent> byDevice, List<FleetAgent> open) {
        this.byDevice = byDevice;
        this.open = open;
    }

    /**
     * Opens an agent per device. The fleet file is read only when a device other than
     * {@code local} needs it.
     *
     * @throws IllegalArgumentException naming the device, the fleet and what its agents reported
     *     when a device has no live agent (nothing stays open then); an IllegalStateException
     *     instead when one of them was unreachable, a failure at run time
     */
    public static DeviceAgents open(List<String> devices, Path fleet, FleetConnector connector) {
        Map<String, FleetAgent> byDevice = new LinkedHashMap<>();
        List<FleetAgent> open = new ArrayList<>();
        try {
            List<FleetAgent> fleetAgents = null;
            Map<FleetAgent, String> answers = new LinkedHashMap<>();
            for (String d : devices) {
                if (d.equals(AgentEntry.LOCAL)) {
                    FleetAgent local = connector.open(new AgentEntry(AgentEntry.LOCAL,
                            AgentEntry.LOCAL, Optional.empty(), Optional.empty(), LOCAL_TIMEOUT));
                    open.add(local);
                    byDevice.put(d, local);
                    continue;
                }
                if (fleetAgents == null) {
                    fleetAgents = connector.openAll(FleetFile.load(fleet));
                    open.addAll(fleetAgents);
                    for (FleetAgent a : fleetAgents) {
                        answers.put(a, describe(a));
                    }
                }
                byDevice.put(d, find(d, fleet, answers));
            }
            return new DeviceAgents(byDevice, open);
        } catch (RuntimeException e) {
            open.forEach(FleetAgent::close);
            throw e;
        }
    }

    /** The agent of a device of the run. */
    public FleetAgent agent(String device) {
        FleetAgent a = byDevice.get(device);
        if (a == null) {
            throw new IllegalArgumentException("device must be one of " + byDevice.keySet()
                    + ", but was '" + device + "'");
        }
        return a;
    }

    private static String describe(FleetAgent a) {
        try {
            DeviceInfo info = a.describe();
            return "hw:" + info.hardwareId();
        } catch (AgentException e) {
            return "unreachable: " + e.getMessage();
        }
    }

    private static FleetAgent find(String device, Path fleet, Map<FleetAgent, String> answers) {
        List<String> seen = new ArrayList<>();
        for (Map.Entry<FleetAgent, String> e : answers.entrySet()) {
            if (e.getValue().equals("hw:" + device)) {
                return e.getKey();
            }
            seen.add(e.getKey().entry() + " " + (e.getValue().startsWith("hw:")
                    ? "reports " + e.getValue().substring(3) : e.getValue()));
        }
        String message = "device '" + device + "' must be served by a live"
                + " agent of " + fleet + " that reports hardware id " + device + ", but "
                + (seen.isEmpty() ? "the fleet has no agents" : String.join("; ", seen))
                + " (start its agent, or give another fleet with --fleet, or skip timing with"
                + " --no-measure)";
        // an agent down is a failure at run time (exit 1); a fleet without the device, bad input
        boolean down = answers.values().stream().anyMatch(v -> v.startsWith("unreachable"));
        throw down ? new IllegalStateException(message) : new IllegalArgumentException(message);
    }

    @Override
    public void close() {
        open.forEach(FleetAgent::close);
    }
}
