package io.jnas.distributed;

import io.jnas.run.RunConfigException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a search's evaluations run: in process (nothing set), on {@code workers} local worker
 * processes with an embedded database, or on workers of the database at {@code db}. Given by
 * flags ({@code --workers}, {@code --db}, ...) or by the same keys in a run-config file; a flag
 * overrides the file's key. These keys do not change the history, so they are not part of the
 * resolved {@code config.yaml}: a resumed run takes them as flags and may use other workers.
 *
 * <pre>{@code
 * Placement p = Placement.fromKeys(RunConfigReader.placement(file), file.toString())
 *         .overriddenBy(flags);
 * try (Coordinator c = p.open(logs, System.getenv())) { ... }
 * }</pre>
 *
 * @param workers local worker processes (null: none)
 * @param db the job database's JDBC URL (null: none)
 * @param dbUser the database user (null: {@value DbSettings#USER_ENV}, else postgres)
 * @param dbPasswordFile a file whose first line is the password (null: {@value
 *     DbSettings#PASSWORD_ENV}); a run config never holds the password itself
 * @param dashboardPort JobRunr's dashboard port (null: off)
 */
public record Placement(Integer workers, String db, String dbUser, Path dbPasswordFile,
        Integer dashboardPort) {

    /** Evaluation in process. */
    public static final Placement IN_PROCESS = new Placement(null, null, null, null, null);

    /**
     * The placement keys of a run-config file ({@code workers}, {@code db}, {@code db-user},
     * {@code db-password-file}, {@code dashboard-port}).
     *
     * @param origin the file, named in messages
     * @throws RunConfigException naming the file, the key and the rule (a {@code db-password}
     *     key is refused: a run config is plain text that is copied and shared)
     */
    public static Placement fromKeys(Map<String, Object> keys, String origin) {
        if (keys.containsKey("db-password")) {
            throw new RunConfigException(origin + ": db-password must not be in a run config (a"
                    + " plain-text file that is copied and shared), but was given: name a file"
                    + " holding it with db-password-file, or set " + DbSettings.PASSWORD_ENV);
        }
        return new Placement(
                integer(keys, "workers", 1, 1024, origin),
                text(keys, "db", origin),
                text(keys, "db-user", origin),
                keys.get("db-password-file") == null ? null
                        : Path.of(text(keys, "db-password-file", origin)),
                integer(keys, "dashboard-port", 1, 65_535, origin));
    }

    /** This placement with every value {@code flags} sets taken from it. */
    public Placement overriddenBy(Placement flags) {
        return new Placement(
                flags.workers != null ? flags.workers : workers,
                flags.db != null ? flags.db : db,
                flags.dbUser != null ? flags.dbUser : dbUser,
                flags.dbPasswordFile != null ? flags.dbPasswordFile : dbPasswordFile,
                flags.dashboardPort != null ? flags.dashboardPort : dashboardPort);
    }

    /** Whether evaluations leave the search's process. */
    public boolean distributed() {
        return workers != null || db != null;
    }

    /**
     * The coordinator of this placement: workers elsewhere on {@code db}, or local workers on an
     * embedded database.
     *
     * @param logs where local workers write their logs
     * @param env where the password comes from when no file is named
     * @throws DistributedException for both {@code workers} and {@code db}, or an unusable
     *     database
     */
    public Coordinator open(Path logs, Map<String, String> env) {
        if (!distributed()) {
            throw new IllegalStateException("evaluation is in process: there is nothing to open");
        }
        if (db != null && workers != null) {
            throw new DistributedException(true, "workers starts local workers on an embedded"
                    + " database, so it takes no db, but both were given (--workers " + workers
                    + ", --db " + db + "); with a database start workers with `nas worker --db"
                    + " URL`");
        }
        if (db != null) {
            return Coordinator.connect(DbSettings.of(db, dbUser, dbPasswordFile, env));
        }
        return Coordinator.local(workers, logs, dashboardPort == null ? 0 : dashboardPort);
    }

    private static Integer integer(Map<String, Object> keys, String key, int min, int max,
            String origin) {
        Object v = keys.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Integer i) || i < min || i > max) {
            throw new RunConfigException(origin + ": " + key + " must be an integer in [" + min
                    + ", " + max + "], but was " + v);
        }
        return i;
    }

    private static String text(Map<String, Object> keys, String key, String origin) {
        Object v = keys.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s) || s.isBlank()) {
            throw new RunConfigException(origin + ": " + key + " must be a non-empty text, but was "
                    + v);
        }
        return s;
    }
}
