package io.jnas.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.OpKey;
import io.jnas.space.SearchSpace;
import io.jnas.space.SpaceKeys;
import io.jnas.table.LookupTable;
import io.jnas.table.MeasurementJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableBuilderTest {

    @TempDir
    Path dir;
    List<OpKey> keys;

    @BeforeEach
    void keys() {
        ScriptedAgent.MEASURED.clear();
        SearchSpace space = SearchSpace.load(Path.of(System.getProperty("nas.home", ".."))
                .resolve("configs/spaces/mnist-small.yaml"));
        keys = SpaceKeys.all(space).subList(0, 120);
    }

    TableBuilder builder(boolean resume) {
        return new TableBuilder(new TableBuilder.Options(dir, resume, MeasureSettings.defaults(), 7, 2,
                Duration.ofMillis(1), BuildProgress.none()));
    }

    static HardwareGroup group(FleetAgent... agents) {
        return new HardwareGroup("cpu-test", agents[0].describe(), List.of(agents));
    }

    @Test
    void shardsAcrossAgentsAndMeasuresEachKeyOnce() {
        ScriptedAgent a = new ScriptedAgent("a", "cpu-test", Integer.MAX_VALUE);
        ScriptedAgent b = new ScriptedAgent("b", "cpu-test", Integer.MAX_VALUE);
        TableBuilder.Result r = builder(false).build(group(a, b), keys, "s@1");
        LookupTable t = LookupTable.load(r.table());
        assertEquals(new HashSet<>(keys), new HashSet<>(t.entries().stream().map(e -> e.key()).toList()));
        assertEquals(keys.size(), a.served.get() + b.served.get());
        assertTrue(a.served.get() > 0 && b.served.get() > 0, "both agents must get work");
        assertTrue(ScriptedAgent.MEASURED.values().stream().allMatch(c -> c.get() == 1));
        assertFalse(Files.exists(MeasurementJournal.fileOf(dir, "cpu-test")), "journal removed");
        assertEquals(List.of("s@1"), t.metadata().spaces());
    }

    @Test
    void keysOfAFailedAgentMoveToTheOthers() {
        ScriptedAgent dying = new ScriptedAgent("dying", "cpu-test", 10);
        ScriptedAgent ok = new ScriptedAgent("ok", "cpu-test", Integer.MAX_VALUE);
        TableBuilder.Result r = builder(false).build(group(dying, ok), keys, "s@1");
        assertEquals(keys.size(), LookupTable.load(r.table()).size());
        assertEquals(1, r.failedAgents().size());
        assertTrue(r.failedAgents().get(0).contains("dying"), r.failedAgents().toString());
    }

    @Test
    void whenAllAgentsFailTheJournalKeepsEverythingAndResumeMeasuresNothingTwice() {
        ScriptedAgent x = new ScriptedAgent("x", "cpu-test", 30);
        ScriptedAgent y = new ScriptedAgent("y", "cpu-test", 25);
        TableBuildException e = assertThrows(TableBuildException.class,
                () -> builder(false).build(group(x, y), keys, "s@1"));
        assertTrue(e.getMessage().contains("rerun with --resume"), e.getMessage());
        Path journal = MeasurementJournal.fileOf(dir, "cpu-test");
        assertEquals(55, MeasurementJournal.read(journal).size());

        ScriptedAgent z = new ScriptedAgent("z", "cpu-test", Integer.MAX_VALUE);
        TableBuildException noResume = assertThrows(TableBuildException.class,
                () -> builder(false).build(group(z), keys, "s@1"));
        assertTrue(noResume.getMessage().contains("was interrupted"), noResume.getMessage());

        TableBuilder.Result r = builder(true).build(group(z), keys, "s@1");
        assertEquals(55, r.reused());
        assertEquals(keys.size() - 55, z.served.get());
        assertEquals(keys.size(), LookupTable.load(r.table()).size());
        assertTrue(ScriptedAgent.MEASURED.values().stream().allMatch(c -> c.get() == 1));
    }

    @Test
    void anExistingTableIsExtendedNotRemeasured() {
        ScriptedAgent a = new ScriptedAgent("a", "cpu-test", Integer.MAX_VALUE);
        builder(false).build(group(a), keys.subList(0, 50), "s@1");
        TableBuilder.Result r = builder(false).build(group(a), keys, "t@2");
        assertEquals(50, r.reused());
        assertEquals(keys.size(), a.served.get());
        assertEquals(List.of("s@1", "t@2"), LookupTable.load(r.table()).metadata().spaces());
    }
}
