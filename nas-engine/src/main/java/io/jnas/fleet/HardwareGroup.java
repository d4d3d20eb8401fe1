package io.jnas.fleet;

import java.util.List;

/** The agents of a fleet that reported the same hardware id, with that hardware's description. */
public record HardwareGroup(String hardwareId, DeviceInfo device, List<FleetAgent> agents) {

    public HardwareGroup {
        agents = List.copyOf(agents);
    }
}
