package io.jnas.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of a run after {@code evaluations} evaluations: the strategy's population (hashes,
 * oldest first), the random generator's state and the counters. Resume replays the log and checks
 * that it reaches this same state, which catches a changed config, code or evaluator order.
 *
 * @param rngDraws draws of the run's {@link SeededRandom} so far
 * @param finished whether the run had ended when this was written
 */
public record Checkpoint(int evaluations, String strategy, long seed, long rngDraws,
        List<String> population, RunCounters counters, boolean finished) {

    public Checkpoint {
        population = List.copyOf(population);
    }

    /** Whether the state of a replay equals this one (everything but {@code finished}). */
    public boolean sameState(Checkpoint other) {
        return evaluations == other.evaluations && strategy.equals(other.strategy)
                && seed == other.seed && rngDraws == other.rngDraws
                && population.equals(other.population) && counters.equals(other.counters);
    }

    public String toJson() {
        ObjectNode n = EvaluationJson.MAPPER.createObjectNode();
        n.put("evaluations", evaluations);
        n.put("strategy", strategy);
        ObjectNode rng = n.putObject("rng");
        rng.put("algorithm", SeededRandom.ALGORITHM);
        rng.put("seed", seed);
        rng.put("draws", rngDraws);
        population.forEach(n.putArray("population")::add);
        ObjectNode c = n.putObject("counters");
        c.put("rejected", counters.rejected());
        c.put("repaired", counters.repaired());
        c.put("duplicates", counters.duplicates());
        n.put("finished", finished);
        try {
            return EvaluationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n)
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a checkpoint file; empty when there is none.
     *
     * @throws IllegalArgumentException when the file is not a checkpoint
     */
    public static Optional<Checkpoint> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = EvaluationJson.MAPPER.readTree(Files.readString(file));
            JsonNode rng = n.path("rng");
            JsonNode c = n.path("counters");
            if (!n.path("evaluations").isInt() || !rng.path("draws").canConvertToLong()
                    || !n.path("population").isArray() || !c.isObject()) {
                throw new IllegalArgumentException(file + " must be a checkpoint with evaluations,"
                        + " rng, population and counters");
            }
            if (!SeededRandom.ALGORITHM.equals(rng.path("algorithm").asText())) {
                throw new IllegalArgumentException(file + " rng.algorithm must be "
                        + SeededRandom.ALGORITHM + ", but was " + rng.path("algorithm"));
            }
            List<String> pop = new ArrayList<>();
            n.get("population").forEach(p -> pop.add(p.asText()));
            return Optional.of(new Checkpoint(n.get("evaluations").asInt(),
                    n.path("strategy").asText(), rng.path("seed").asLong(),
                    rng.path("draws").asLong(), pop, new RunCounters(c.path("rejected").asLong(),
                            c.path("repaired").asLong(), c.path("duplicates").asLong()),
                    n.path("finished").asBoolean()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
