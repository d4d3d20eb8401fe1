package io.jnas.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks every agent for {@code Describe} and groups the ones that answered by hardware id.
 *
 * <pre>{@code
 * Fleet.Grouping g = Fleet.group(agents);
 * g.groups().forEach(group -> ...);
 * g.unreachable().forEach(System.err::println);
 * }</pre>
 */
public final class Fleet {

    /** Groups by hardware id (in fleet-file order) and the agents that did not answer, with why. */
    public record Grouping(List<HardwareGroup> groups, List<String> unreachable) {
    }

    private Fleet() {
    }

    public static Grouping group(List<FleetAgent> agents) {
        Map<String, List<FleetAgent>> byHw = new LinkedHashMap<>();
        Map<String, DeviceInfo> info = new LinkedHashMap<>();
        List<String> unreachable = new ArrayList<>();
        for (FleetAgent a : agents) {
            try {
                DeviceInfo d = a.describe();
                byHw.computeIfAbsent(d.hardwareId(), k -> new ArrayList<>()).add(a);
                info.putIfAbsent(d.hardwareId(), d);
            } catch (AgentException e) {
                unreachable.add(e.getMessage());
            }
        }
        List<HardwareGroup> groups = new ArrayList<>();
        byHw.forEach((hw, list) -> groups.add(new HardwareGroup(hw, info.get(hw), list)));
        return new Grouping(groups, unreachable);
    }
}
