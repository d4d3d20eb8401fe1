package io.jnas.agent.profiler.tensorrt;

import ai.djl.engine.Engine;

/**
 * DJL's TensorRT engine ({@code ai.djl.tensorrt:tensorrt} 0.33.0, the newest served): whether
 * its natives load here. They are built for x86_64 against TensorRT 8.x
 * ({@code libnvinfer.so.8}, {@code libnvonnxparser.so.8}), so they load on an x86_64 machine
 * with TensorRT 8 on the library path and nowhere else (not on Jetson: no aarch64 natives;
 * not with TensorRT 10). Loading is tried once per JVM, only after a GPU has been seen.
 */
final class DjlTensorRt {

    static final String ENGINE_NAME = "TensorRT";

    private static Probe outcome;

    /**
     * What loading the engine gave.
     *
     * @param version the engine's version, null when it did not load
     * @param whyNot why it did not load; empty when it did
     */
    record Probe(String version, String whyNot) {
    }

    private DjlTensorRt() {
    }

    /** Loads the engine once per JVM and says what happened. */
    static synchronized Probe probe() {
        if (outcome == null) {
            String r = load();
            outcome = r.startsWith("ok:") ? new Probe(r.substring(3), "")
                    : new Probe(null, r.substring(3));
        }
        return outcome;
    }

    private static String load() {
        if (!"amd64".equals(System.getProperty("os.arch"))
                && !"x86_64".equals(System.getProperty("os.arch"))) {
            return "no:DJL's TensorRT natives exist for x86_64 only, this is "
                    + System.getProperty("os.arch");
        }
        try {
            return "ok:" + Engine.getEngine(ENGINE_NAME).getVersion();
        } catch (RuntimeException | LinkageError e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return "no:DJL's TensorRT engine did not load (it needs TensorRT 8.x on the library"
                    + " path): " + root.getMessage();
        }
    }
}
