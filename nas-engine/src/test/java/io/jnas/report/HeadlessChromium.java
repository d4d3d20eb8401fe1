package io.jnas.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code chromium}, run headless on a page: the DOM after its scripts ran, the
 * console messages it printed, and a screenshot. Missing on CI ({@code CI=true}) is a failure
 * that says how to install it; missing locally skips the test, saying why.
 */
public final class HeadlessChromium {

    /** What the browser made of a page. */
    public record Rendered(String dom, List<String> console) {
    }

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, or a failed (CI) or skipped (locally) test when it is not installed. */
    public static HeadlessChromium require() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String why = "chromium is not on the PATH (apt-get install chromium); .ci/run installs"
                    + " it";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why + ", and CI=true: the report's rendering test must"
                        + " run on CI");
            }
            System.out.println("skipped: " + why);
            Assumptions.abort(why);
        }
        return new HeadlessChromium(found.get());
    }

    private static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Loads the page, lets its scripts run, and returns the DOM and console messages. */
    public Rendered render(Path page, Path workDir) throws IOException, InterruptedException {
        Path dom = workDir.resolve("dom.html");
        Path log = workDir.resolve("chromium.log");
        run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", url(page)), dom, log);
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
            }
        }
        return new Rendered(Files.readString(dom, StandardCharsets.UTF_8), console);
    }

    /** A PNG of the page at the given window size. */
    public void screenshot(Path page, Path png, int width, int height, Path workDir)
            throws IOException, InterruptedException {
        run(List.of("--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                url(page)), workDir.resolve("screenshot.out"), workDir.resolve("screenshot.log"));
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("chromium wrote no screenshot to " + png + "; see "
                    + workDir.resolve("screenshot.log"));
        }
    }

    private void run(List<String> args, Path stdout, Path stderr)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir="
                + stdout.resolveSibling("chromium-profile").toAbsolutePath()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + p.exitValue() + ": " + cmd
                    + "\n" + Files.readString(stderr));
        }
    }

    private static String url(Path page) {
        return page.toAbsolutePath().toUri().toString();
    }
}
