package io.jnas.export;

import io.jnas.arch.Design;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.ModelLatency;
import io.jnas.latency.PredictionBand;
import java.util.Locale;
import java.util.Optional;

/**
 * An export's measurement checked against its prediction: a figure outside the prediction's
 * p10/p90 band is measured once more before it is reported (on a shared machine a load burst is
 * likelier than a wrong table), and the measurement says so either way.
 */
final class BandCheck {

    private BandCheck() {
    }

    static DeviceMeasurement measure(SubnetTiming timing, String device, String agentName,
            FleetAgent agent, Design design, MeasureSettings settings) {
        ModelLatency l = timing.measure(device, agent, design, settings);
        Optional<PredictionBand> band = timing.band(device, design);
        if (band.isEmpty()) {
            return DeviceMeasurement.of(agentName, l);
        }
        PredictionBand b = band.get();
        if (b.contains(l.medianMs())) {
            return DeviceMeasurement.checked(agentName, l, b, false, "");
        }
        double first = l.medianMs();
        l = timing.measure(device, agent, design, settings);
        String note = String.format(Locale.ROOT, "re-measured: the first figure %.3f ms was"
                + " outside the band %.3f..%.3f ms; %s", first, b.p10Ms(), b.p90Ms(),
                b.contains(l.medianMs()) ? "inside now" : "still outside");
        return DeviceMeasurement.checked(agentName, l, b, true, note);
    }
}
