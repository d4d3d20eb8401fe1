/**
 * The timing harness: warm-up, rounds of timed calls, statistics and re-measurement, for any
 * engine. Knows nothing of DJL or gRPC: an engine hands it a {@link io.jnas.agent.timing.Workload}
 * and gets {@link io.jnas.agent.timing.LatencyStats} back. May import: Commons Math.
 */
package io.jnas.agent.timing;
