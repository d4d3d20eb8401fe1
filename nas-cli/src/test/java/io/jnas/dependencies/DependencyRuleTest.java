package io.jnas.dependencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The project's dependency directions, checked over every source file of every module, so they
 * keep holding as code is added:
 *
 * <p>These rules read the source text, tests included; {@link PackageRulesTest} checks the
 * compiled main classes against the "May import" rule of each package-info file.
 *
 * <ul>
 *   <li>search code (Jenetics, codec, fitness, Pareto) never touches DJL, gRPC, the generated
 *       protobuf classes or our DJL model package: it reasons about architectures, not tensors
 *       or sockets;</li>
 *   <li>the agent and the shared language never use Jenetics;</li>
 *   <li>generated protobuf classes ({@code io.jnas.rpc}) are used by one mapper package per
 *       side only: {@code io.jnas.agent.server} for the server, {@code io.jnas.agent.client}
 *       for every client (the engine's fleet is an adapter over that client);</li>
 *   <li>the generated ONNX message classes ({@code io.jnas.onnx.proto}) are used by the ONNX
 *       writer ({@code io.jnas.onnx}) only: everyone else sees {@code OnnxModel};</li>
 *   <li>the shared language (nas-core) never uses gRPC: a failed agent call is worded in
 *       agent-api ({@code StatusWords}).</li>
 * </ul>
 */
class DependencyRuleTest {

    /**
     * Packages that hold search code (with their sub-packages: fitness, surrogate), even before
     * they import Jenetics.
     */
    static final List<String> SEARCH_PACKAGES = List.of("io.jnas.search", "io.jnas.codec");
    static final Set<String> RPC_MAPPERS =
            Set.of("io.jnas.agent.server", "io.jnas.agent.client");

    static final List<DependencyRule> RULES = List.of(
            new DependencyRule("search code never uses DJL or gRPC",
                    // tests may cross: one checks decoded genotypes against built DJL models
                    f -> f.main() && (SEARCH_PACKAGES.stream().anyMatch(f::inPackage)
                            || f.firstUse("io.jenetics") != null),
                    List.of("ai.djl", "io.grpc", "io.jnas.rpc", "io.jnas.model")),
            new DependencyRule("the agent and the shared language never use Jenetics",
                    f -> f.module().equals("latency-agent") || f.module().equals("nas-core"),
                    List.of("io.jenetics")),
            new DependencyRule("generated protobuf classes stop at one mapper package per side",
                    f -> f.main() && !RPC_MAPPERS.contains(f.packageName())
                            && !f.inPackage("io.jnas.rpc"),
                    List.of("io.jnas.rpc")),
            new DependencyRule("generated ONNX classes stay inside the ONNX writer",
                    f -> f.main() && !f.inPackage("io.jnas.onnx"),
                    List.of("io.jnas.onnx.proto")),
            // nas-core's pom has no gRPC: a failure's words for gRPC live in agent-api
            new DependencyRule("the shared language never uses gRPC",
                    f -> f.main() && f.module().equals("nas-core"), List.of("io.grpc")));

    static Path root() {
        return Path.of(System.getProperty("nas.home", "..")).toAbsolutePath().normalize();
    }

    @Test
    void theSourceTreeKeepsEveryRule() {
        List<JavaSource> files = JavaSource.scan(root());
        assertTrue(files.stream().filter(f -> f.module().equals("nas-core") && f.main()).count() > 10,
                "the scan must see nas-core's sources under " + root());
        assertTrue(files.stream().anyMatch(f -> f.module().equals("nas-engine") && f.main()),
                "the scan must see nas-engine's sources under " + root());
        List<String> violations = new ArrayList<>();
        RULES.forEach(r -> violations.addAll(r.violations(files)));
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageTheRulesNameHasSources() {
        List<JavaSource> files = JavaSource.scan(root());
        List<String> named = new ArrayList<>(SEARCH_PACKAGES);
        named.addAll(RPC_MAPPERS);
        for (String p : named) {
            assertTrue(files.stream().anyMatch(f -> f.main() && f.packageName().equals(p)),
                    "a rule names package " + p + ", but no main source file is in it");
        }
    }

    @Test
    void searchCodeThatImportsDjlIsCaught() {
        JavaSource f = JavaSource.of("nas-engine/src/main/java/io/jnas/search/Bad.java",
                "nas-engine", true, """
                package io.jnas.search;

                import io.jenetics.Genotype;
                import ai.djl.nn.Block;
                """);
        assertEquals(List.of("nas-engine/src/main/java/io/jnas/search/Bad.java breaks 'search code"
                        + " never uses DJL or gRPC': uses ai.djl (line 4: import ai.djl.nn.Block;)"),
                RULES.get(0).violations(List.of(f)));
    }

    @Test
    void anyFileUsingJeneticsCountsAsSearchCodeAndFullyQualifiedNamesCount() {
        JavaSource f = JavaSource.of("X.java", "nas-engine", true, """
                package io.jnas.other;
                class X {
                    io.jenetics.Genotype<?> g;
                    io.grpc.ManagedChannel channel;
                }
                """);
        List<String> v = RULES.get(0).violations(List.of(f));
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).contains("uses io.grpc (line 4"), v.get(0));
    }

    @Test
    void theAgentUsingJeneticsIsCaught() {
        JavaSource f = JavaSource.of("latency-agent/src/main/java/io/jnas/agent/A.java",
                "latency-agent", true, "package io.jnas.agent;\nimport static io.jenetics.Foo.bar;\n");
        assertEquals(1, RULES.get(1).violations(List.of(f)).size());
    }

    @Test
    void gRpcInTheSharedLanguageIsCaughtAndInTheApiAllowed() {
        String body = "import io.grpc.Status;\n";
        JavaSource core = JavaSource.of("F.java", "nas-core", true,
                "package io.jnas.failure;\n" + body);
        JavaSource api = JavaSource.of("S.java", "agent-api", true,
                "package io.jnas.agent.client;\n" + body);
        assertEquals(List.of("F.java breaks 'the shared language never uses gRPC': uses io.grpc"
                + " (line 2: import io.grpc.Status;)"), RULES.get(4).violations(List.of(core, api)));
    }

    @Test
    void generatedClassesOutsideTheMappersAreCaughtAndInsideAllowed() {
        String body = "import io.jnas.rpc.OpMeasurement;\n";
        JavaSource outside = JavaSource.of("A.java", "nas-engine", true,
                "package io.jnas.table;\n" + body);
        JavaSource fleet = JavaSource.of("B.java", "nas-engine", true,
                "package io.jnas.fleet;\n" + body);
        JavaSource agentMapper = JavaSource.of("C.java", "latency-agent", true,
                "package io.jnas.agent.server;\n" + body);
        JavaSource test = JavaSource.of("D.java", "nas-engine", false,
                "package io.jnas.table;\n" + body);
        JavaSource client = JavaSource.of("E.java", "agent-api", true,
                "package io.jnas.agent.client;\n" + body);
        List<String> v = RULES.get(2).violations(List.of(outside, fleet, agentMapper, test,
                client));
        // the engine's fleet goes through the client since it became an adapter over it
        assertEquals(List.of("A.java breaks 'generated protobuf classes stop at one mapper package"
                + " per side': uses io.jnas.rpc (line 2: import io.jnas.rpc.OpMeasurement;)",
                "B.java breaks 'generated protobuf classes stop at one mapper package"
                + " per side': uses io.jnas.rpc (line 2: import io.jnas.rpc.OpMeasurement;)"), v);
    }

    @Test
    void commentsAndStringsAreNotDependencies() {
        JavaSource f = JavaSource.of("E.java", "nas-engine", true, """
                package io.jnas.search;
                /** Unlike {@link ai.djl.nn.Block}, this needs no engine. */
                class E {
                    // io.grpc.Status is not used here
                    String s = "ai.djl.nn.Block";
                    String t = \"""
                        io.grpc.Server
                        \""";
                    char c = '"';
                    Object djl = ai.djl.Model.class;
                }
                """);
        List<String> v = RULES.get(0).violations(List.of(f));
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).contains("line 10: Object djl = ai.djl.Model.class;"), v.get(0));
    }
}
