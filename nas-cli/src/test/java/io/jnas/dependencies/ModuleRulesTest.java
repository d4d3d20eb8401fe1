package io.jnas.dependencies;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which module may use which, on the compiled main classes of each (ArchUnit): nas-engine is a
 * library that talks to agents through agent-api only, so none of its classes, nor those of
 * nas-core and agent-api, uses a class of latency-agent (the agent's server, profilers, engines,
 * its CLI) or of nas-cli. The packages {@code io.jnas.agent.*} span agent-api and latency-agent,
 * so the rule is about the classes each module's jar or folder holds, not about package names.
 * nas-engine's pom checks the same on the dependency graph (maven-enforcer: no latency-agent,
 * Netty, TensorRT or ONNX Runtime in compile or runtime scope).
 */
class ModuleRulesTest {

    static JavaClasses classesOf(Class<?> anyClassOfTheModule) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrls(List.of(anyClassOfTheModule.getProtectionDomain().getCodeSource()
                        .getLocation()));
    }

    static DescribedPredicate<JavaClass> classOf(String module, JavaClasses classes) {
        Set<String> names = classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
        return DescribedPredicate.describe("classes of " + module, c -> names.contains(c.getName()));
    }

    static final DescribedPredicate<JavaClass> AGENT =
            classOf("latency-agent", classesOf(io.jnas.agent.DeviceAgent.class));
    static final DescribedPredicate<JavaClass> CLI =
            classOf("nas-cli", classesOf(io.jnas.cli.NasCommand.class));

    static ArchRule usesNoClassOf(DescribedPredicate<JavaClass> forbidden) {
        return noClasses().should().dependOnClassesThat(forbidden)
                .because("nas-engine is a library: the application (nas-cli) composes it with"
                        + " the agent");
    }

    @Test
    void theEngineCoreAndApiUseNoClassOfTheAgentOrTheCli() {
        for (Class<?> module : List.of(io.jnas.run.SearchRun.class,
                io.jnas.arch.Architecture.class, io.jnas.agent.client.AgentClient.class)) {
            JavaClasses classes = classesOf(module);
            assertTrue(classes.size() > 10, "the classes of " + module + "'s module are seen");
            assertEquals(List.of(), usesNoClassOf(AGENT.or(CLI)).evaluate(classes)
                    .getFailureReport().getDetails(), "module of " + module.getName());
        }
    }

    @Test
    void aUseOfTheAgentIsFound() {
        // the command line composes engine and agent (nas agent, CliFailures): the rule sees it
        assertTrue(usesNoClassOf(AGENT).evaluate(classesOf(io.jnas.cli.NasCommand.class))
                .hasViolation());
    }
}
