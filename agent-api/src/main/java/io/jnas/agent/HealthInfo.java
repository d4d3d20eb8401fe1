package io.jnas.agent;

import java.time.Duration;

/**
 * What {@code Health} answers.
 *
 * @param serving false once the agent is stopping
 * @param queued calls waiting behind the one being measured
 * @param measuredBlocks blocks and models measured since start
 */
public record HealthInfo(boolean serving, int queued, long measuredBlocks, Duration uptime) {
}
