package io.jnas.fleet;

/** An end-to-end measurement of a whole architecture on one device. */
public record ModelLatency(String architectureHash, double medianMs, double p10Ms, double p90Ms,
        double cv, int count, boolean unstable, String protocol) {
}
