package io.jnas.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.run.RunConfigException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementTest {

    private static final String URL = "jdbc:postgresql://db:5432/nas";

    @Test
    void runConfigKeysMeanWhatTheFlagsMeanAndFlagsOverrideThem() {
        Placement file = Placement.fromKeys(Map.of("db", URL, "db-user", "nas",
                "db-password-file", "/etc/nas/pw", "dashboard-port", 8000), "run.yaml");
        assertEquals(new Placement(null, URL, "nas", Path.of("/etc/nas/pw"), 8000), file);
        assertTrue(file.distributed());
        Placement flags = new Placement(null, null, "alice", null, null);
        assertEquals(new Placement(null, URL, "alice", Path.of("/etc/nas/pw"), 8000),
                file.overriddenBy(flags));
        assertEquals(new Placement(3, null, null, null, null), Placement.fromKeys(
                Map.of("workers", 2), "run.yaml").overriddenBy(new Placement(3, null, null,
                null, null)));
        assertFalse(Placement.fromKeys(Map.of(), "run.yaml").distributed());
    }

    @Test
    void badKeysGetOneMessageNamingFileKeyAndRule() {
        assertEquals("run.yaml: workers must be an integer in [1, 1024], but was 0",
                message(Map.of("workers", 0)));
        assertEquals("run.yaml: workers must be an integer in [1, 1024], but was two",
                message(Map.of("workers", "two")));
        assertEquals("run.yaml: dashboard-port must be an integer in [1, 65535], but was 70000",
                message(Map.of("dashboard-port", 70_000)));
        assertEquals("run.yaml: db must be a non-empty text, but was 5", message(Map.of("db", 5)));
        String pw = message(Map.of("db", URL, "db-password", "secret"));
        assertTrue(pw.startsWith("run.yaml: db-password must not be in a run config"), pw);
        assertFalse(pw.contains("secret"), pw);
    }

    @Test
    void workersAndADatabaseTogetherAreRefused() {
        DistributedException e = assertThrows(DistributedException.class,
                () -> new Placement(2, URL, null, null, null).open(Path.of("logs"), Map.of()));
        assertTrue(e.getMessage().startsWith("workers starts local workers on an embedded"
                + " database, so it takes no db, but both were given"), e.getMessage());
        assertEquals(2, e.exitCode());
    }

    private static String message(Map<String, Object> keys) {
        return assertThrows(RunConfigException.class, () -> Placement.fromKeys(keys, "run.yaml"))
                .getMessage();
    }
}
