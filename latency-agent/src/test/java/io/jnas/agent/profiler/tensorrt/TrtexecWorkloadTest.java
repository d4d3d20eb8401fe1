package io.jnas.agent.profiler.tensorrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.timing.LatencyStats;
import io.jnas.agent.timing.TimingHarness;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.agent.timing.Workload;
import io.jnas.arch.OpKey;
import io.jnas.model.DjlRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TensorRT profiler's trtexec path from a block key to latency statistics: the block is
 * built and written as ONNX by nas-core, handed to trtexec with its input shape, and the rounds
 * of the protocol come back as trtexec's per-iteration times. A script answers as trtexec does
 * (no TensorRT here); it refuses an engine build from a file that is not an ONNX model with the
 * block's input, so the file and the shape really are what the profiler passed.
 */
class TrtexecWorkloadTest {

    @TempDir
    Path dir;

    private Trtexec fake() throws IOException {
        Path log = dir.resolve("calls.log");
        Path t = dir.resolve("trtexec");
        Files.writeString(t, """
                #!/bin/sh
                echo "$@" >> %s
                n=0; out=; onnx=; plan=
                for a in "$@"; do
                  case "$a" in
                    --iterations=*) n=${a#--iterations=};;
                    --exportTimes=*) out=${a#--exportTimes=};;
                    --onnx=*) onnx=${a#--onnx=};;
                    --saveEngine=*) plan=${a#--saveEngine=};;
                  esac
                done
                if [ -n "$onnx" ]; then
                  grep -q input "$onnx" || { echo "[E] not an ONNX model with an input"; exit 1; }
                  cp "$onnx" "$plan"; exit 0
                fi
                printf '[' > "$out"
                i=1; while [ $i -le $n ]; do
                  [ $i -gt 1 ] && printf ',' >> "$out"
                  printf '{"latencyMs": 0.%%d}' $i >> "$out"; i=$((i+1))
                done
                printf ']' >> "$out"
                """.formatted(log));
        Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new Trtexec(t, "TensorRT v8602");
    }

    @Test
    void aBlockIsWrittenBuiltOnceAndTimedOneTrtexecRunPerRound() throws IOException {
        DjlRuntime.configure(1);
        TensorRtProfiler p = new TensorRtProfiler(new ComputeDevice(true, 0), "NVIDIA L4", 1,
                null, fake());
        assertEquals("TensorRT v8602 (trtexec)", p.engineVersion());
        assertEquals(java.util.EnumSet.allOf(Precision.class), p.precisions());
        OpKey key = OpKey.parse("mbconv:i8:o8:k3:s1:e3:relu:se1:8x8");
        LatencyStats s;
        Path folder;
        try (Workload w = p.newBlockWorkload(key.toBlockSpec(), 2, Precision.FLOAT16)) {
            s = new TimingHarness().measure(w, new TimingProtocol(2, 3, 4, 10, 0), () -> false);
            List<String> calls = Files.readAllLines(dir.resolve("calls.log"));
            assertEquals(1 + 4, calls.size(), "one engine build, then one run per round");
            assertTrue(calls.get(0).contains("--shapes=input:2x8x8x8 --device=0"), calls.get(0));
            assertTrue(calls.get(0).endsWith("--fp16"), calls.get(0));
            assertTrue(calls.get(1).contains("--iterations=5"), calls.get(1));
            folder = Path.of(calls.get(0).split("--onnx=")[1].split(" ")[0]).getParent();
            assertTrue(Files.isDirectory(folder));
        }
        assertEquals(12, s.count());
        assertEquals(0.4, s.medianMs(), 1e-9, "iterations 3..5 of each round: 0.3, 0.4, 0.5");
        assertFalse(Files.exists(folder), "closing the workload deletes its files");
    }

    @Test
    void aFailedEngineBuildLeavesNoFilesAndSaysWhy() throws IOException {
        DjlRuntime.configure(1);
        Path broken = dir.resolve("broken");
        Files.writeString(broken, "#!/bin/sh\necho '[E] [TRT] unsupported'\nexit 3\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwxr-xr-x"));
        TensorRtProfiler p = new TensorRtProfiler(new ComputeDevice(true, 0), "NVIDIA L4", 1,
                null, new Trtexec(broken, "TensorRT v8602"));
        long before = tempFolders();
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                p.newBlockWorkload(OpKey.parse("stem:i1:o8:k3:s1:e1:relu:se0:8x8").toBlockSpec(),
                        1, Precision.FLOAT32));
        assertTrue(e.getMessage().endsWith(" exited 3: [E] [TRT] unsupported"), e.getMessage());
        assertEquals(before, tempFolders());
    }

    private static long tempFolders() throws IOException {
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(f -> f.getFileName().toString().startsWith("jnas-trt")).count();
        }
    }
}
