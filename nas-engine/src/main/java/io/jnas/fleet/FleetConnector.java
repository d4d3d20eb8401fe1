package io.jnas.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Opens a {@link FleetAgent} for every entry of a fleet: gRPC over the network for addresses, an
 * in-process agent on this machine's CPU for {@code local}.
 */
public final class FleetConnector {

    private final Function<AgentEntry, FleetAgent> local;

    /**
     * @param local opens the in-process agent for a {@code local} entry
     */
    public FleetConnector(Function<AgentEntry, FleetAgent> local) {
        this.local = local;
    }

    /** The standard connector: local entries get {@link LocalFleetAgent}. */
    public static FleetConnector standard() {
        return new FleetConnector(LocalFleetAgent::start);
    }

    public FleetAgent open(AgentEntry entry) {
        return entry.isLocal() ? local.apply(entry) : GrpcFleetAgent.connect(entry);
    }

    /** Opens all; on failure closes the ones already open. */
    public List<FleetAgent> openAll(List<AgentEntry> entries) {
        List<FleetAgent> out = new ArrayList<>();
        try {
            for (AgentEntry e : entries) {
                out.add(open(e));
            }
            return out;
        } catch (RuntimeException ex) {
            out.forEach(FleetAgent::close);
            throw ex;
        }
    }
}
