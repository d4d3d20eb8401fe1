package io.jnas.export;

import io.jnas.fleet.AgentException;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.ModelLatency;
import io.jnas.latency.PredictionBand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Times every exported subnet end to end ({@code ProfileModel}) on each device, device by
 * device. Each result is handed to {@code onResult} as it arrives (the export writes it to the
 * subnet's metrics.json at once). When a device's agent fails, that device's remaining subnets
 * are recorded as not measured, with the reason, and the next device is still timed: what was
 * measured is never lost.
 */
final class LatencyCheck {

    private LatencyCheck() {
    }

    /**
     * @return one line per device that failed (empty when every measurement succeeded)
     */
    static List<String> run(List<ExportedSubnet> subnets, List<String> devices,
            DeviceAgents agents, MeasureSettings settings, SubnetTiming timing,
            PrintWriter progress, Consumer<ExportedSubnet> onResult) {
        List<ExportedSubnet> current = new ArrayList<>(subnets);
        List<String> failures = new ArrayList<>();
        for (String device : devices) {
            FleetAgent agent = agents.agent(device);
            String name = agent.entry().toString();
            String failed = null;
            for (int i = 0; i < current.size(); i++) {
                ExportedSubnet s = current.get(i);
                DeviceMeasurement m;
                if (failed != null) {
                    m = DeviceMeasurement.failed(name, "not measured: " + failed);
                } else {
                    try {
                        m = measure(s, device, name, agent, settings, timing, progress);
                    } catch (AgentException e) {
                        failed = "device " + device + ": " + e.getMessage();
                        failures.add(failed + " (" + i + " of " + current.size()
                                + " subnets measured there)");
                        m = DeviceMeasurement.failed(name, e.getMessage());
                        progress.println("failed on " + device + ": " + e.getMessage());
                    }
                }
                progress.flush();
                ExportedSubnet next = s.with(device, m);
                current.set(i, next);
                onResult.accept(next);
            }
        }
        return failures;
    }

    private static DeviceMeasurement measure(ExportedSubnet s, String device, String name,
            FleetAgent agent, MeasureSettings settings, SubnetTiming timing, PrintWriter progress) {
        DeviceMeasurement m = BandCheck.measure(timing, device, name, agent,
                s.evaluation().design(), settings);
        ModelLatency l = m.latency().orElseThrow();
        progress.printf(Locale.ROOT, "measured %s on %s: %.3f ms (p10 %.3f, p90 %.3f), predicted"
                + " %s%s%n", s.folder().getFileName(), device, l.medianMs(), l.p10Ms(), l.p90Ms(),
                m.band().map(PredictionBand::toString).orElse(String.format(Locale.ROOT, "%.3f ms",
                        s.evaluation().latencyMs(device))), m.note().isEmpty() ? "" : "; " + m.note());
        return m;
    }
}
