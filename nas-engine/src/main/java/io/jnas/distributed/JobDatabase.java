package io.jnas.distributed;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;

/**
 * The job database: JobRunr's tables (jobs, servers and their heartbeats, created by JobRunr's
 * own migrations) and the {@link ResultsTable}, in one PostgreSQL database.
 *
 * <pre>{@code
 * JobDatabase db = JobDatabase.open(settings);   // fails with one clear message
 * JobRequestScheduler jobs = new JobRequestScheduler(db.storage());
 * }</pre>
 */
public final class JobDatabase {

    /** Connections one process holds: JobRunr's zookeeper threads, the worker, the search. */
    static final int POOL_SIZE = 4;

    static {
        System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    }

    private final DbSettings settings;
    private final HikariDataSource dataSource;
    private final JsonMapper json;
    private final StorageProvider storage;
    private final ResultsTable results;

    private JobDatabase(DbSettings settings) {
        this.settings = requireNonNull(settings, "settings");
        check(settings, settings.dataSource());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(settings.dataSource());
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setPoolName("jnas-jobs");
        this.dataSource = new HikariDataSource(pool);
        this.json = new JacksonJsonMapper();
        PostgresStorageProvider p = new PostgresStorageProvider(dataSource);
        p.setJobMapper(new JobMapper(json));
        this.storage = p;
        this.results = ResultsTable.create(dataSource);
    }

    /**
     * Connects, creates what is missing (JobRunr's tables by its migrations, the results table),
     * and returns the database.
     *
     * @throws DistributedException naming the URL and what is wrong: unreachable (exit 1), user or
     *     password refused or no such database (exit 2)
     */
    public static JobDatabase open(DbSettings settings) {
        return new JobDatabase(settings);
    }

    public DbSettings settings() {
        return settings;
    }

    public StorageProvider storage() {
        return storage;
    }

    public JsonMapper json() {
        return json;
    }

    public ResultsTable results() {
        return results;
    }

    /** Stops JobRunr's storage threads and closes the connections. */
    public void close() {
        storage.close();
        dataSource.close();
    }

    private static void check(DbSettings s, DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw translate(s, e);
        }
    }

    /** One clear message per kind of refusal (SQL states of PostgreSQL and its driver). */
    static DistributedException translate(DbSettings s, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable cause = e.getCause();
        if (state.equals("28P01") || state.equals("28000")) {
            return new DistributedException(true, "the database at " + s.url() + " refused user '"
                    + s.user() + "' (wrong user or password): set " + DbSettings.USER_ENV + " and "
                    + DbSettings.PASSWORD_ENV + " or --db-password-file", e);
        }
        if (state.equals("3D000")) {
            return new DistributedException(true, "the database named in " + s.url()
                    + " does not exist: create it (createdb) or fix --db", e);
        }
        if (state.startsWith("08") || cause instanceof ConnectException
                || cause instanceof UnknownHostException) {
            return new DistributedException(false, "cannot reach the database at " + s.url()
                    + " (" + (cause != null ? cause.getMessage() : e.getMessage())
                    + "): start PostgreSQL there or fix --db", e);
        }
        return new DistributedException(false, "the database at " + s.url() + " failed: "
                + e.getMessage(), e);
    }
}
