package io.jnas.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbSettingsTest {

    private static final String URL = "jdbc:postgresql://db:5432/nas";

    @TempDir
    Path tmp;

    @Test
    void userAndPasswordComeFromTheEnvironmentAndNeverShowInText() {
        DbSettings s = DbSettings.of(URL, null, null,
                Map.of(DbSettings.USER_ENV, "alice", DbSettings.PASSWORD_ENV, "pw-123"));
        assertEquals("alice", s.user());
        assertEquals("pw-123", s.password());
        assertFalse(s.toString().contains("pw-123"), s.toString());
        assertEquals("postgres", DbSettings.of(URL, null, null, Map.of()).user());
    }

    @Test
    void aPasswordFileWinsOverTheEnvironment() throws Exception {
        Path f = Files.writeString(tmp.resolve("pw"), "from-file\n");
        assertEquals("from-file", DbSettings.of(URL, "bob", f,
                Map.of(DbSettings.PASSWORD_ENV, "from-env")).password());
        DistributedException e = assertThrows(DistributedException.class,
                () -> DbSettings.of(URL, "bob", tmp.resolve("missing"), Map.of()));
        assertTrue(e.getMessage().startsWith("--db-password-file must be a readable file"),
                e.getMessage());
        assertEquals(2, e.exitCode());
    }

    @Test
    void credentialsInTheUrlAndOtherDatabasesAreRefused() {
        DistributedException inUrl = assertThrows(DistributedException.class,
                () -> DbSettings.of(URL + "?user=a&password=b", null, null, Map.of()));
        assertTrue(inUrl.getMessage().startsWith("--db must not hold credentials"),
                inUrl.getMessage());
        DistributedException userAt = assertThrows(DistributedException.class,
                () -> DbSettings.of("jdbc:postgresql://a:b@db/nas", null, null, Map.of()));
        assertEquals(inUrl.getMessage(), userAt.getMessage());
        DistributedException mysql = assertThrows(DistributedException.class,
                () -> DbSettings.of("jdbc:mysql://db/nas", null, null, Map.of()));
        assertEquals("--db must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database),"
                + " but was 'jdbc:mysql://db/nas'", mysql.getMessage());
        assertEquals(2, mysql.exitCode());
    }
}
