package io.jnas.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.arch.OpKey;
import io.jnas.cli.choice.PredictorChoice;
import io.jnas.fleet.Fleet;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.FleetFile;
import io.jnas.fleet.HardwareGroup;
import io.jnas.fleet.MeasureSettings;
import io.jnas.latency.LatencyPredictor;
import io.jnas.latency.MissingKeyException;
import io.jnas.space.SearchSpace;
import io.jnas.table.LatencyEntry;
import io.jnas.table.LookupTable;
import io.jnas.table.TableMetadata;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratio protocol and --measure-missing on the real in-process agent (DJL PyTorch). */
class RatioTimerIT {

    static final Path ROOT = Path.of(System.getProperty("nas.home", "..")).toAbsolutePath();
    static final Path LOCAL_FLEET = ROOT.resolve("configs/fleets/local.yaml");
    static final MeasureSettings FAST = new MeasureSettings("", "", 0, "", 0, 1, 2, 1, 0, 0);
    static final SearchSpace SPACE = SearchSpace.load(ROOT.resolve("configs/spaces/mnist-small.yaml"));

    static List<FleetAgent> agents;
    static HardwareGroup group;

    @BeforeAll
    static void open() {
        agents = FleetConnector.standard().openAll(FleetFile.load(LOCAL_FLEET));
        group = Fleet.group(agents).groups().get(0);
    }

    @AfterAll
    static void close() {
        agents.forEach(FleetAgent::close);
    }

    @Test
    void aNetIsMeasuredAsRatiosToTheReferenceWithItsSpread() {
        SplittableRandom rng = new SplittableRandom(11);
        Architecture ref = SPACE.resolve(SPACE.sample(rng));
        Architecture net = SPACE.resolve(SPACE.sample(rng));
        RatioTimer t = new RatioTimer(group.agents().get(0), ref, 1.0, FAST,
                new RatioTimer.Plan(2, 1, 5, 0.05, 1, 1));
        t.warmUp();
        RatioMeasurement m = t.measure(net, 1.0);
        assertEquals(2, m.ratios().length);
        assertTrue(m.extraRounds() <= 1);
        for (double r : m.ratios()) {
            assertTrue(r > 0 && Double.isFinite(r), "ratio " + r);
        }
        assertEquals(3 + m.extraRounds(), t.referenceCount(), "a reference before and after each round");
        assertEquals("pytorch", m.protocol().engine());
        assertEquals(10, m.repetitions(), "at least 10 timed calls per round");
        RatioStats s = m.stats();
        assertTrue(s.p10() <= s.median() && s.median() <= s.p90(), s.toString());
        assertEquals(s.median() * 2.0, m.inMs(2.0).medianMs(), 1e-12);
    }

    @Test
    void measureMissingTimesAKeyTheTableLacks(@TempDir Path dir) {
        Architecture a = SPACE.resolve(SPACE.sample(new SplittableRandom(5)));
        List<OpKey> keys = a.opKeys().stream().distinct().toList();
        List<LatencyEntry> measured = new ArrayList<>();
        group.agents().get(0).profileOps(keys.subList(1, keys.size()), FAST, measured::add);
        var d = group.device();
        LookupTable.of(new TableMetadata(TableMetadata.SCHEMA_VERSION, d.hardwareId(),
                d.deviceName(), d.engine(), d.engineVersion(), d.device(), "float32", 1, 1, 1, 2,
                1, "test", Instant.EPOCH, List.of(LookupTable.spaceTag(SPACE))), measured)
                .write(LookupTable.fileOf(dir, d.hardwareId()));
        StringWriter out = new StringWriter();
        PredictorChoice plain = new PredictorChoice(dir, new PrintWriter(out, true));
        MissingKeyException e = assertThrows(MissingKeyException.class,
                () -> plain.forDevice(d.hardwareId(), SPACE).predictMs(a));
        assertTrue(e.getMessage().contains(keys.get(0).toString()), e.getMessage());

        LatencyPredictor p = plain.measuringMissing(LOCAL_FLEET).forDevice(d.hardwareId(), SPACE);
        assertTrue(p.predictMs(a) > 0);
        assertTrue(out.toString().startsWith("measured missing key " + keys.get(0) + " on "
                + d.hardwareId() + ": "), out.toString());
    }
}
