package io.jnas.cli;

import io.jnas.cli.options.SpaceOption;
import io.jnas.fleet.MeasureSettings;
import io.jnas.options.MeasureOptions;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the table commands: the space, where tables live and how agents measure. */
public final class TableOptions {

    @Mixin
    SpaceOption space;

    @Option(names = "--fleet", defaultValue = "configs/fleets/local.yaml",
            description = "Fleet file (default: ${DEFAULT-VALUE}: the in-process agent on this CPU).")
    Path fleet;

    @Option(names = "--tables-dir", defaultValue = "lookup-tables",
            description = "Folder of the tables (default: ${DEFAULT-VALUE}).")
    Path tablesDir;

    @Mixin
    MeasureOptions measure;

    /** The space file (a file, or the name of one in configs/spaces/). */
    Path space() {
        return space.file();
    }

    MeasureSettings settings() {
        return new MeasureSettings("", "", measure.batch(), "", 0, measure.warmup(),
                measure.repetitions(), measure.rounds(), measure.maxCv(), measure.maxRemeasure());
    }
}
