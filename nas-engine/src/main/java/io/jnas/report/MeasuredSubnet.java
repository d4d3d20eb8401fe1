package io.jnas.report;

import static java.util.Objects.requireNonNull;

/**
 * An exported subnet timed end to end on one device, beside the latency the search predicted.
 *
 * @param rank the subnet's rank in the export (1: most accurate)
 * @param protocol how it was timed, one line
 */
public record MeasuredSubnet(int rank, String hash, String device, double predictedMs,
        double measuredMs, double p10Ms, double p90Ms, String protocol) {

    public MeasuredSubnet {
        requireNonNull(hash, "hash");
        requireNonNull(device, "device");
        requireNonNull(protocol, "protocol");
    }

    /** (predicted - measured) / measured: positive when the prediction was too slow. */
    public double relativeError() {
        return (predictedMs - measuredMs) / measuredMs;
    }
}
