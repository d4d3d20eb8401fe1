package io.jnas.cli.distributed;

import io.jnas.distributed.DbSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db URL}, {@code --db-user}, {@code --db-password-file}: where the job database is. */
public final class DbOptions {

    @Option(names = "--db", paramLabel = "URL", description = "Job database:"
            + " jdbc:postgresql://host:5432/db (TLS: add ?sslmode=verify-full&sslrootcert=FILE)."
            + " The password comes from " + DbSettings.PASSWORD_ENV + " or --db-password-file,"
            + " never from the URL.")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: "
            + DbSettings.USER_ENV + ", else postgres).")
    String user;

    @Option(names = "--db-password-file", paramLabel = "FILE", description = "File whose first"
            + " line is the database password (instead of " + DbSettings.PASSWORD_ENV + ").")
    Path passwordFile;

    /** Whether {@code --db} was given. */
    public boolean given() {
        return url != null;
    }

    /** The user given, or null. */
    public String user() {
        return user;
    }

    /** The password file given, or null. */
    public Path passwordFile() {
        return passwordFile;
    }

    /** The URL given, or null. */
    public String url() {
        return url;
    }

    /** The settings, with the password from the file or the environment. */
    public DbSettings settings() {
        return DbSettings.of(url, user, passwordFile, System.getenv());
    }
}
