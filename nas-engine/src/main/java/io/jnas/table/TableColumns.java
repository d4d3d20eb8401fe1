package io.jnas.table;

import java.util.List;

/** The column layout of a table file; shared by its reader and writer. */
final class TableColumns {

    static final String MAGIC = "# jnas lookup table";
    static final List<String> HEADER = List.of("type", "in", "out", "kernel", "stride", "expand",
            "activation", "se", "h", "w", "median_ms", "mean_ms", "p10_ms", "p90_ms", "std_ms", "cv",
            "count", "remeasured", "unstable", "measured_at_ms");
    static final List<String> META_KEYS = List.of("schema_version", "hardware_id", "device_name",
            "engine", "engine_version", "device", "dtype", "batch", "threads", "warmup",
            "repetitions", "rounds", "agent_version", "created", "spaces");
    static final String END = "# end rows=";

    private TableColumns() {
    }
}
