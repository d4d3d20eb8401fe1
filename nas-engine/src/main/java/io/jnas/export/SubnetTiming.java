package io.jnas.export;

import io.jnas.arch.Design;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.ModelLatency;
import io.jnas.latency.PredictionBand;
import java.util.Optional;

/**
 * How an export times a subnet on a device, and the band its prediction has there. The command
 * gives the committed tables' protocol and bands (the same predictor the search used); without
 * one, {@link #PLAIN} times with the agent's own protocol and knows no band.
 */
public interface SubnetTiming {

    /** The agent's {@code ProfileModel}, no band. */
    SubnetTiming PLAIN = new SubnetTiming() {
        @Override
        public ModelLatency measure(String device, FleetAgent agent, Design design,
                MeasureSettings settings) {
            return agent.profileModel(design, settings);
        }

        @Override
        public Optional<PredictionBand> band(String device, Design design) {
            return Optional.empty();
        }
    };

    /** One end-to-end measurement of a subnet on a device. */
    ModelLatency measure(String device, FleetAgent agent, Design design, MeasureSettings settings);

    /** The p10/p90 band of the subnet's prediction on a device, when its predictor has one. */
    Optional<PredictionBand> band(String device, Design design);
}
