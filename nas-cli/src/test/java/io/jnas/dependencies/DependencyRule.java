package io.jnas.dependencies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One direction the project's dependencies must not take: files matched by {@code applies}
 * must not name any type under the {@code forbidden} package prefixes.
 *
 * <pre>{@code
 * new DependencyRule("the agent never uses Jenetics",
 *         f -> f.module().equals("latency-agent"), List.of("io.jenetics"));
 * }</pre>
 */
record DependencyRule(String name, Predicate<JavaSource> applies, List<String> forbidden) {

    DependencyRule {
        forbidden = List.copyOf(forbidden);
    }

    /** One message per file and forbidden prefix it uses, naming the first line that does. */
    List<String> violations(List<JavaSource> files) {
        List<String> out = new ArrayList<>();
        for (JavaSource f : files) {
            if (!applies.test(f)) {
                continue;
            }
            for (String prefix : forbidden) {
                String use = f.firstUse(prefix);
                if (use != null) {
                    out.add(f.path() + " breaks '" + name + "': uses " + prefix + " (" + use + ")");
                }
            }
        }
        return out;
    }
}
