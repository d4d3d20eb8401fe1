package io.jnas.search;

import static java.util.Objects.requireNonNull;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.arch.Design;
import io.jnas.cost.StaticCost;
import java.util.List;
import java.util.Map;

/**
 * A proposed genotype with everything known before its accuracy: the decoded design, its hash,
 * static cost, predicted latency per device and the constraints it breaks.
 *
 * @param latencyMs predicted latency per device, in the run's device order
 * @param violations one message per broken constraint; empty when the candidate is feasible
 */
public record Candidate(Genotype<IntegerGene> genotype, Design design, String hash,
        StaticCost cost, Map<String, Double> latencyMs, List<String> violations) {

    public Candidate {
        requireNonNull(genotype, "genotype");
        requireNonNull(design, "design");
        requireNonNull(hash, "hash");
        requireNonNull(cost, "cost");
        latencyMs = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(requireNonNull(latencyMs, "latencyMs")));
        violations = List.copyOf(violations);
    }

    /** Whether no constraint is broken. */
    public boolean feasible() {
        return violations.isEmpty();
    }
}
