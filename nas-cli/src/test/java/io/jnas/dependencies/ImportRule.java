package io.jnas.dependencies;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The "May import" rule that one package states in its {@code package-info.java}, read from the
 * sentence that starts with {@code May import:} and ends at the first full stop, e.g.
 *
 * <pre>
 * &lt;p&gt;May import: {&#64;code io.jnas.arch}, {&#64;code io.jnas.cost}, Jenetics and Commons Math.
 * </pre>
 *
 * <p>Each item is either a package of ours (exactly that package, not its sub-packages) or a
 * library from {@link #LIBRARIES}; anything else is an error, so a rule cannot name something
 * that does not exist. The JDK and SLF4J (logging) are allowed everywhere.
 *
 * @param packageName the package the rule is about
 * @param source the package-info file, relative to the checkout
 * @param packages our packages it may import
 * @param libraries the library names it may import (keys of {@link #LIBRARIES})
 */
record ImportRule(String packageName, String source, Set<String> packages, Set<String> libraries) {

    /** Library names as the package-info files spell them, and the packages they stand for. */
    static final Map<String, List<String>> LIBRARIES = vocabulary();

    /** What every package may use without saying so. */
    static final List<String> ALWAYS = List.of("java..", "javax..", "jdk..", "com.sun.management..",
            "org.slf4j..");

    private static final Pattern SENTENCE = Pattern.compile("May import:(.*?)\\.(\\s|$)");
    private static final Pattern OURS = Pattern.compile("io\\.jnas(\\.[a-z0-9]+)+");
    private static final Pattern TAG = Pattern.compile("\\{@(?:code|link)\\s+([^}]*)}");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;",
            Pattern.MULTILINE);

    ImportRule {
        requireNonNull(packageName, "packageName");
        requireNonNull(source, "source");
        packages = Set.copyOf(packages);
        libraries = Set.copyOf(libraries);
    }

    /** ArchUnit package patterns of everything this rule allows, its own package included. */
    List<String> allowedPatterns() {
        List<String> p = new ArrayList<>(ALWAYS);
        p.add(packageName);
        p.addAll(packages);
        libraries.forEach(l -> LIBRARIES.get(l).forEach(x -> p.add(x + "..")));
        return p;
    }

    /**
     * Reads the rule of one package-info file.
     *
     * @throws IllegalArgumentException when the file states no rule or names something unknown
     */
    static ImportRule parse(String source, String text) {
        Matcher pkg = PACKAGE.matcher(text);
        if (!pkg.find()) {
            throw new IllegalArgumentException(source + " must declare a package");
        }
        String prose = text.replaceAll("(?m)^\\s*/?\\*+/?", " ").replaceAll("\\s+", " ");
        prose = TAG.matcher(prose).replaceAll("$1");
        Matcher m = SENTENCE.matcher(prose);
        if (!m.find()) {
            throw new IllegalArgumentException(source + " must state a 'May import: ...' sentence"
                    + " (our packages as {@code io.jnas.x}, libraries as one of "
                    + LIBRARIES.keySet() + ")");
        }
        List<String> ours = new ArrayList<>();
        List<String> libs = new ArrayList<>();
        for (String item : m.group(1).split(",|\\band\\b")) {
            String name = item.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (OURS.matcher(name).matches()) {
                ours.add(name);
            } else if (LIBRARIES.containsKey(name)) {
                libs.add(name);
            } else {
                throw new IllegalArgumentException(source + ": 'May import' items must be"
                        + " packages io.jnas.x or one of " + LIBRARIES.keySet() + ", but was '"
                        + name + "'");
            }
        }
        return new ImportRule(pkg.group(1), source, Set.copyOf(ours), Set.copyOf(libs));
    }

    /**
     * The rules of every {@code package-info.java} under {@code <module>/src/main/java}; a file
     * whose rule cannot be read adds its message to {@code problems} instead.
     */
    static Map<String, ImportRule> scan(Path root, List<String> problems) {
        Map<String, ImportRule> rules = new TreeMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path f : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(ImportRule::walk).filter(p -> p.endsWith("package-info.java"))
                    .sorted().toList()) {
                try {
                    ImportRule r = parse(root.relativize(f).toString(), Files.readString(f));
                    rules.put(r.packageName(), r);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> vocabulary() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("the JDK", List.of());
        m.put("Jackson", List.of("com.fasterxml.jackson"));
        m.put("SnakeYAML", List.of("org.yaml.snakeyaml"));
        m.put("DJL", List.of("ai.djl"));
        m.put("ONNX Runtime", List.of("ai.onnxruntime"));
        m.put("gRPC", List.of("io.grpc"));
        m.put("protobuf", List.of("com.google.protobuf"));
        m.put("Jenetics", List.of("io.jenetics"));
        m.put("Commons Math", List.of("org.apache.commons.math3"));
        m.put("XGBoost", List.of("ml.dmlc.xgboost4j"));
        m.put("JobRunr", List.of("org.jobrunr"));
        m.put("PostgreSQL", List.of("org.postgresql", "com.zaxxer.hikari", "io.zonky"));
        m.put("picocli", List.of("picocli"));
        m.put("progressbar", List.of("me.tongfei.progressbar"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
