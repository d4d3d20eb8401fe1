package io.jnas.fleet;

import io.jnas.table.TableBuildMismatch;
import io.jnas.table.TableMetadata;
import java.nio.file.Path;

/** Refuses to mix measurements taken under different protocols in one table. */
final class ProtocolCheck {

    private ProtocolCheck() {
    }

    static void requireSame(TableMetadata have, TableMetadata want, Path file) {
        check(file, "engine", have.engine(), want.engine());
        check(file, "engine_version", have.engineVersion(), want.engineVersion());
        check(file, "device", have.device(), want.device());
        check(file, "dtype", have.dtype(), want.dtype());
        check(file, "batch", have.batch(), want.batch());
        check(file, "threads", have.threads(), want.threads());
        check(file, "warmup", have.warmup(), want.warmup());
        check(file, "repetitions", have.repetitions(), want.repetitions());
        check(file, "rounds", have.rounds(), want.rounds());
    }

    private static void check(Path file, String field, Object have, Object want) {
        if (!have.equals(want)) {
            throw new TableBuildMismatch(file + ": " + field + " is " + have + " but this build"
                    + " measures with " + want + "; measurements of two protocols cannot share a"
                    + " table: build with the table's settings, or move the table away to rebuild");
        }
    }
}
