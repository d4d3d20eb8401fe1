package io.jnas.fleet;

/**
 * An end-to-end measurement of a whole architecture on one device.
 *
 * @param protocol how it was timed ({@code toString()}: one line for the console)
 */
public record ModelLatency(String architectureHash, double medianMs, double p10Ms, double p90Ms,
        double cv, int count, boolean unstable, MeasurementProtocol protocol) {
}
