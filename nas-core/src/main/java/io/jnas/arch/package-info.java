/**
 * What a candidate network is: {@link io.jnas.arch.Architecture} (an ordered list of
 * {@link io.jnas.arch.BlockSpec}s with canonical JSON and a content hash, the cache key
 * everywhere) and {@link io.jnas.arch.OpKey} (one block at one input shape, the key of the
 * lookup tables, the same bytes on the agent and the engine side).
 *
 * <p>May import: Jackson. Must not import DJL, gRPC or Jenetics: both sides and every tool read
 * these values.
 */
package io.jnas.arch;
