package io.jnas.distributed;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the job database is and who logs in: the JDBC URL from the command line, the user and
 * password from the environment ({@value #USER_ENV}, {@value #PASSWORD_ENV}) or a file, never
 * from the command line (process lists and shell histories show it) and never in a log line
 * ({@link #toString()} leaves the password out).
 *
 * <pre>{@code
 * DbSettings db = DbSettings.of("jdbc:postgresql://db:5432/nas", null, null, System.getenv());
 * }</pre>
 *
 * @param url {@code jdbc:postgresql://host:port/database}, optionally with TLS parameters
 *     ({@code ?sslmode=verify-full&sslrootcert=/path/root.crt})
 * @param password empty for trust authentication (the embedded database of {@code --workers})
 */
public record DbSettings(String url, String user, String password) {

    public static final String USER_ENV = "NAS_DB_USER";
    public static final String PASSWORD_ENV = "NAS_DB_PASSWORD";
    static final String DEFAULT_USER = "postgres";
    private static final String PREFIX = "jdbc:postgresql://";

    public DbSettings {
        requireNonNull(url, "url");
        requireNonNull(user, "user");
        requireNonNull(password, "password");
        if (!url.startsWith(PREFIX)) {
            throw new DistributedException(true, "--db must be a PostgreSQL JDBC URL ("
                    + PREFIX + "host:5432/database), but was '" + url + "'");
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.contains("password=") || url.substring(PREFIX.length()).contains("@")) {
            throw new DistributedException(true, "--db must not hold credentials (a command line"
                    + " shows in process lists and logs), but it has a password or user@; give"
                    + " them in " + USER_ENV + " and " + PASSWORD_ENV + " or --db-password-file");
        }
    }

    /**
     * Settings from a URL, an optional user (else {@value #USER_ENV}, else postgres) and the
     * password from {@code passwordFile} (first line) when given, else {@value #PASSWORD_ENV},
     * else none.
     */
    public static DbSettings of(String url, String user, Path passwordFile,
            Map<String, String> env) {
        String u = user != null ? user : env.getOrDefault(USER_ENV, DEFAULT_USER);
        String password = env.getOrDefault(PASSWORD_ENV, "");
        if (passwordFile != null) {
            try {
                password = Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new DistributedException(true, "--db-password-file must be a readable file,"
                        + " but " + passwordFile + " could not be read: " + e.getMessage());
            }
        }
        return new DbSettings(url, u, password);
    }

    /** A data source of these settings (one connection per use; JobRunr and the results table hold few). */
    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        if (!password.isEmpty()) {
            ds.setPassword(password);
        }
        ds.setConnectTimeout(10);
        ds.setApplicationName("jnas");
        return ds;
    }

    /** The password as the environment of a child process ({@value #PASSWORD_ENV}). */
    public Map<String, String> environment() {
        return Map.of(USER_ENV, user, PASSWORD_ENV, password);
    }

    @Override
    public String toString() {
        return "DbSettings[" + url + ", user " + user + (password.isEmpty() ? "" : ", password set")
                + "]";
    }
}
