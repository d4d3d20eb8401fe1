package io.jnas.distributed;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The evaluations workers finished, one row per (run, architecture hash): the {@code UNIQUE}
 * rule makes a job that runs twice (a worker killed after recording, then its job retried)
 * record once; the first result stays.
 *
 * <pre>{@code
 * results.record(run, hash, new Result(0.91, 812.5), "worker-1", start, end);
 * Map<String, Result> done = results.find(run, List.of(hash));
 * }</pre>
 */
public final class ResultsTable {

    /** What a worker measured: the evaluator's score and its wall time. */
    public record Result(double accuracy, double wallMs) {
    }

    static final String TABLE = "nas_results";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Serialises CREATE TABLE IF NOT EXISTS of processes starting together. */
    private static final long SCHEMA_LOCK = 0x6A6E6173L;

    private final DataSource dataSource;

    private ResultsTable(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
    }

    static ResultsTable create(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                        + "run_id TEXT NOT NULL, arch_hash TEXT NOT NULL, result TEXT NOT NULL,"
                        + " worker TEXT NOT NULL, started_at TIMESTAMPTZ NOT NULL,"
                        + " finished_at TIMESTAMPTZ NOT NULL,"
                        + " CONSTRAINT nas_results_once UNIQUE (run_id, arch_hash))");
            }
            c.commit();
        } catch (SQLException e) {
            throw new DistributedException(false, "cannot create table " + TABLE + ": "
                    + e.getMessage(), e);
        }
        return new ResultsTable(dataSource);
    }

    /**
     * Records a result unless the run already has one for the hash.
     *
     * @return whether this call recorded it
     */
    public boolean record(String run, String hash, Result result, String worker, Instant start,
            Instant end) {
        String json = MAPPER.createObjectNode().put("accuracy", result.accuracy())
                .put("wall_ms", result.wallMs()).toString();
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("INSERT INTO " + TABLE
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT nas_results_once"
                        + " DO NOTHING")) {
            p.setString(1, run);
            p.setString(2, hash);
            p.setString(3, json);
            p.setString(4, worker);
            p.setTimestamp(5, Timestamp.from(start));
            p.setTimestamp(6, Timestamp.from(end));
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DistributedException(false, "cannot record the result of " + hash + ": "
                    + e.getMessage(), e);
        }
    }

    /** The recorded results of a run among {@code hashes}, by hash. */
    public Map<String, Result> find(String run, Collection<String> hashes) {
        Map<String, Result> out = new LinkedHashMap<>();
        if (hashes.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT arch_hash, result FROM " + TABLE
                        + " WHERE run_id = ? AND arch_hash = ANY (?)")) {
            p.setString(1, run);
            p.setArray(2, c.createArrayOf("text", hashes.toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    JsonNode n = MAPPER.readTree(r.getString(2));
                    out.put(r.getString(1), new Result(n.get("accuracy").asDouble(),
                            n.get("wall_ms").asDouble()));
                }
            }
        } catch (SQLException e) {
            throw new DistributedException(false, "cannot read results of run " + run + ": "
                    + e.getMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a result of run " + run + " is not JSON", e);
        }
        return out;
    }

    /** How many rows the run has (tests, the benchmark). */
    public int count(String run) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT count(*) FROM " + TABLE
                        + " WHERE run_id = ?")) {
            p.setString(1, run);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new DistributedException(false, "cannot count results of run " + run + ": "
                    + e.getMessage(), e);
        }
    }
}
