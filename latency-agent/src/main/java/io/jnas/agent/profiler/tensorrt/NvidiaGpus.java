package io.jnas.agent.profiler.tensorrt;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The NVIDIA GPUs of this machine as the kernel driver lists them, read from files so that no
 * native library is loaded to find out: {@code /proc/driver/nvidia/gpus/<bus>/information}
 * (desktop and server GPUs) and {@code /etc/nv_tegra_release} (Jetson, whose integrated GPU the
 * proc folder does not list).
 *
 * <pre>{@code
 * NvidiaGpus gpus = NvidiaGpus.probe(Path.of("/"));
 * if (gpus.none()) System.out.println(gpus.whyNone());
 * }</pre>
 *
 * @param names one description per GPU, e.g. {@code NVIDIA H100 80GB HBM3} or
 *     {@code Jetson (NVIDIA Jetson Orin Nano Developer Kit, R36.3.0)}
 */
public record NvidiaGpus(List<String> names) {

    static final String WHY_NONE = "no NVIDIA GPU: /proc/driver/nvidia/gpus lists none and"
            + " /etc/nv_tegra_release (Jetson) is absent";

    public NvidiaGpus {
        names = List.copyOf(requireNonNull(names, "names"));
    }

    /** Reads the driver's files under {@code root} ({@code /} on a real machine). */
    public static NvidiaGpus probe(Path root) {
        List<String> found = new ArrayList<>();
        Path gpus = root.resolve("proc/driver/nvidia/gpus");
        if (Files.isDirectory(gpus)) {
            try (Stream<Path> buses = Files.list(gpus)) {
                buses.sorted().forEach(bus -> found.add(model(bus.resolve("information"))));
            } catch (IOException e) {
                found.add("NVIDIA GPU (driver folder unreadable: " + e.getMessage() + ")");
            }
        }
        Path tegra = root.resolve("etc/nv_tegra_release");
        if (Files.isRegularFile(tegra)) {
            found.add("Jetson (" + board(root) + release(tegra) + ")");
        }
        return new NvidiaGpus(found);
    }

    public boolean none() {
        return names.isEmpty();
    }

    /** Why TensorRT cannot run here, for {@code Describe}; empty when a GPU was found. */
    public String whyNone() {
        return none() ? WHY_NONE : "";
    }

    /** The "Model:" line of a GPU's information file. */
    private static String model(Path information) {
        try {
            for (String line : Files.readAllLines(information, StandardCharsets.UTF_8)) {
                if (line.startsWith("Model:")) {
                    return line.substring("Model:".length()).trim();
                }
            }
        } catch (IOException e) {
            // a GPU whose file cannot be read is still a GPU
        }
        return "NVIDIA GPU " + information.getParent().getFileName();
    }

    private static String board(Path root) {
        try {
            String model = Files.readString(root.resolve("proc/device-tree/model"),
                    StandardCharsets.UTF_8).replace("\u0000", "").trim();
            return model.isEmpty() ? "" : model + ", ";
        } catch (IOException e) {
            return "";
        }
    }

    /** "R36 (release), REVISION: 3.0, ..." becomes "R36.3.0". */
    private static String release(Path tegra) {
        try {
            String first = Files.readAllLines(tegra, StandardCharsets.UTF_8).stream()
                    .findFirst().orElse("");
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("#\\s*(R\\d+).*?REVISION:\\s*([0-9.]+)").matcher(first);
            return m.find() ? m.group(1) + "." + m.group(2) : "L4T";
        } catch (IOException e) {
            return "L4T";
        }
    }
}
