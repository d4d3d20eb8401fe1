package io.jnas.agent.profiler.tensorrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NvidiaGpusTest {

    @TempDir
    Path root;

    @Test
    void aMachineWithoutTheDriverFilesHasNoGpuAndSaysWhereItLooked() {
        NvidiaGpus g = NvidiaGpus.probe(root);
        assertTrue(g.none());
        assertEquals("no NVIDIA GPU: /proc/driver/nvidia/gpus lists none and"
                + " /etc/nv_tegra_release (Jetson) is absent", g.whyNone());
    }

    @Test
    void desktopGpusAreReadFromTheDriversInformationFilesInBusOrder() throws IOException {
        write("proc/driver/nvidia/gpus/0000:41:00.0/information",
                "Model: \t\t NVIDIA H100 80GB HBM3\nIRQ:   123\n");
        write("proc/driver/nvidia/gpus/0000:01:00.0/information",
                "Model: \t\t NVIDIA GeForce RTX 4090\n");
        Files.createDirectories(root.resolve("proc/driver/nvidia/gpus/0000:81:00.0"));
        NvidiaGpus g = NvidiaGpus.probe(root);
        assertEquals(List.of("NVIDIA GeForce RTX 4090", "NVIDIA H100 80GB HBM3",
                "NVIDIA GPU 0000:81:00.0"), g.names());
        assertEquals("", g.whyNone());
    }

    @Test
    void aJetsonIsFoundByItsL4tReleaseFileAndBoardModel() throws IOException {
        write("etc/nv_tegra_release", "# R36 (release), REVISION: 3.0, GCID: 36191598,"
                + " BOARD: generic, EABI: aarch64, DATE: Mon May  6 17:34:21 UTC 2024\n");
        write("proc/device-tree/model", "NVIDIA Jetson Orin Nano Developer Kit\u0000");
        assertEquals(List.of("Jetson (NVIDIA Jetson Orin Nano Developer Kit, R36.3.0)"),
                NvidiaGpus.probe(root).names());
    }

    private void write(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
