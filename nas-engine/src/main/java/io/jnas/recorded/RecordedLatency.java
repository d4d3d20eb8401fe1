package io.jnas.recorded;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.latency.LatencyPredictor;

/**
 * The {@code recorded} latency of one device: the column named after the device in a recorded
 * table of latencies (milliseconds), looked up by each design's {@link Design#notation()}. Usable
 * wherever a device is: constraints, fitness, Pareto fronts per device.
 */
public final class RecordedLatency implements LatencyPredictor {

    private final RecordedTable table;
    private final String device;
    private final int column;

    /**
     * @throws io.jnas.table.TableFormatException when the table has no column for the device, or
     *     a value there is not a usable latency (see {@link io.jnas.table.LatencyBounds})
     */
    public RecordedLatency(RecordedTable table, String device) {
        this.table = requireNonNull(table, "table");
        this.device = requireNonNull(device, "device");
        this.column = table.latencyColumn(device);
    }

    @Override
    public String hardwareId() {
        return device;
    }

    @Override
    public double predictMs(Architecture architecture) {
        return predictMs((Design) architecture);
    }

    /** @throws IllegalArgumentException when the table has no row for the design */
    @Override
    public double predictMs(Design design) {
        return table.require(design.notation(), column);
    }
}
