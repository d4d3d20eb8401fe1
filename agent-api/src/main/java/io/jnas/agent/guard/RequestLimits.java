package io.jnas.agent.guard;

import io.jnas.arch.BlockSpec;

/**
 * What one agent accepts, so that no request can make it run for hours or run out of memory.
 *
 * @param maxWorkGmacs cap on MACs x batch x every call the protocol may make (re-measurements
 *     included), in billions
 * @param maxMemoryBytes cap on the estimated native memory of one block or model while it runs
 * @param queueCapacity calls that may wait behind the one being measured
 */
public record RequestLimits(
        int maxKeysPerCall,
        int maxBatch,
        int maxChannels,
        int maxSpatial,
        int maxBlocksPerModel,
        double maxWorkGmacs,
        long maxMemoryBytes,
        int queueCapacity,
        int maxWarmup,
        int maxRepetitions,
        int maxRounds,
        int maxRemeasure) {

    public RequestLimits {
        positive("maxKeysPerCall", maxKeysPerCall);
        positive("maxBatch", maxBatch);
        positive("maxChannels", maxChannels);
        positive("maxSpatial", maxSpatial);
        positive("maxBlocksPerModel", maxBlocksPerModel);
        positive("queueCapacity", queueCapacity);
        positive("maxRepetitions", maxRepetitions);
        positive("maxRounds", maxRounds);
        if (!(maxWorkGmacs > 0)) {
            throw new IllegalArgumentException("maxWorkGmacs must be > 0, but was " + maxWorkGmacs);
        }
        if (maxMemoryBytes <= 0) {
            throw new IllegalArgumentException(
                    "maxMemoryBytes must be > 0, but was " + maxMemoryBytes);
        }
        if (maxWarmup < 0 || maxRemeasure < 0) {
            throw new IllegalArgumentException("maxWarmup and maxRemeasure must be >= 0, but were "
                    + maxWarmup + " and " + maxRemeasure);
        }
        if (maxChannels > BlockSpec.MAX_CHANNELS || maxSpatial > BlockSpec.MAX_SIZE) {
            throw new IllegalArgumentException("maxChannels and maxSpatial must be <= "
                    + BlockSpec.MAX_CHANNELS + " and " + BlockSpec.MAX_SIZE + ", but were "
                    + maxChannels + " and " + maxSpatial);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, but was " + value);
        }
    }

    /**
     * Defaults for a device with {@code physicalMemoryBytes} of memory: 2 GiB per block or a
     * quarter of the memory, whichever is smaller; 2,000 GMACs per call (minutes on one core).
     */
    public static RequestLimits defaults(long physicalMemoryBytes) {
        long mem = Math.min(2L << 30, Math.max(64L << 20, physicalMemoryBytes / 4));
        return new RequestLimits(1000, 256, BlockSpec.MAX_CHANNELS, BlockSpec.MAX_SIZE, 512,
                2000, mem, 16, 1000, 1000, 100, 10);
    }

    /** These limits with another queue capacity. */
    public RequestLimits withQueueCapacity(int capacity) {
        return new RequestLimits(maxKeysPerCall, maxBatch, maxChannels, maxSpatial,
                maxBlocksPerModel, maxWorkGmacs, maxMemoryBytes, capacity, maxWarmup,
                maxRepetitions, maxRounds, maxRemeasure);
    }

    /** These limits with other work and memory caps. */
    public RequestLimits withBudget(double workGmacs, long memoryBytes) {
        return new RequestLimits(maxKeysPerCall, maxBatch, maxChannels, maxSpatial,
                maxBlocksPerModel, workGmacs, memoryBytes, queueCapacity, maxWarmup,
                maxRepetitions, maxRounds, maxRemeasure);
    }

    /** These limits with another cap on keys per call. */
    public RequestLimits withMaxKeysPerCall(int keys) {
        return new RequestLimits(keys, maxBatch, maxChannels, maxSpatial, maxBlocksPerModel,
                maxWorkGmacs, maxMemoryBytes, queueCapacity, maxWarmup, maxRepetitions, maxRounds,
                maxRemeasure);
    }
}
