package io.jnas.agent.profiler.tensorrt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding trtexec and handling its process: its exit status, its output and its times file.
 * A shell script stands in for trtexec here (no TensorRT on this machine); it answers like
 * trtexec does, so these tests check our side of the contract and the failure handling, not
 * TensorRT.
 */
class TrtexecTest {

    @TempDir
    Path dir;

    private Path script(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void looksAtTheVariableThenThePathThenTheUsualFolders() throws IOException {
        Path usual = script("root/usr/src/tensorrt/bin/trtexec", "exit 0\n");
        Path root = dir.resolve("root");
        assertEquals(Optional.of(usual), Trtexec.locate(Map.of("PATH", "/nowhere"), root));
        Path onPath = script("bin/trtexec", "exit 0\n");
        assertEquals(Optional.of(onPath),
                Trtexec.locate(Map.of("PATH", "/nowhere:" + dir.resolve("bin")), root));
        Path named = script("x/my-trtexec", "exit 0\n");
        assertEquals(Optional.of(named), Trtexec.locate(Map.of("TRTEXEC", named.toString(),
                "PATH", dir.resolve("bin").toString()), root));
        assertEquals(Optional.empty(), Trtexec.locate(Map.of(), dir.resolve("empty")));
    }

    @Test
    void readsItsVersionFromTheBanner() throws IOException {
        Path t = script("trtexec", "echo '&&&& RUNNING TensorRT.trtexec [TensorRT v8602] #"
                + " trtexec --help'\n");
        assertEquals("TensorRT v8602", Trtexec.at(t).version());
    }

    @Test
    void aFailedBuildNamesTheCommandAndItsLastLines() throws IOException {
        Path t = script("trtexec", "echo line1; echo line2; echo '[E] Error: unsupported op';"
                + " echo '&&&& FAILED TensorRT.trtexec'; exit 1\n");
        Trtexec x = new Trtexec(t, "TensorRT v8602");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> x.build(
                dir.resolve("m.onnx"), dir.resolve("m.plan"), "input:1x3x8x8", 0, false));
        assertTrue(e.getMessage().startsWith(t + " --onnx="), e.getMessage());
        assertTrue(e.getMessage().endsWith(" exited 1: line2 | [E] Error: unsupported op |"
                + " &&&& FAILED TensorRT.trtexec"), e.getMessage());
    }

    @Test
    void aRoundPassesTheProtocolAsIterationsAndKeepsTheTimedOnes() throws IOException {
        // writes one latency per iteration (1, 2, 3, ...) to the --exportTimes file
        Path t = script("trtexec", """
                n=0; out=
                for a in "$@"; do
                  case "$a" in --iterations=*) n=${a#--iterations=};; --exportTimes=*) out=${a#--exportTimes=};; esac
                done
                printf '[' > "$out"
                i=1; while [ $i -le $n ]; do
                  [ $i -gt 1 ] && printf ',' >> "$out"
                  printf '{"latencyMs": %d}' $i >> "$out"; i=$((i+1))
                done
                printf ']' >> "$out"
                echo "$@" > "$out.args"
                """);
        Trtexec x = new Trtexec(t, "TensorRT v8602");
        Path times = dir.resolve("t.json");
        double[] ms = x.timeRound(dir.resolve("m.plan"), "input:1x3x8x8", 1, 3, 4, times);
        assertArrayEquals(new double[] {4, 5, 6, 7}, ms, 0);
        String args = Files.readString(dir.resolve("t.json.args")).strip();
        assertEquals("--loadEngine=" + dir.resolve("m.plan") + " --shapes=input:1x3x8x8"
                + " --device=1 --warmUp=0 --duration=0 --iterations=7 --avgRuns=1 --useSpinWait"
                + " --exportTimes=" + times, args);
    }
}
