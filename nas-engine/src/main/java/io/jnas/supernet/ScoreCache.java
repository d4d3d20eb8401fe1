package io.jnas.supernet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of a fidelity run by evaluator label and subnet hash, appended to a CSV as they are
 * computed, so a rerun (a longer reference, another evaluator) does not train the same subnets
 * again. {@link #NONE} remembers nothing.
 */
public final class ScoreCache {

    /** Keeps nothing: every score is computed. */
    public static final ScoreCache NONE = new ScoreCache(null);

    private final Path file;
    private final Map<String, double[]> scores = new HashMap<>();

    private ScoreCache(Path file) {
        this.file = file;
    }

    /**
     * The cache in {@code file} (created when absent).
     *
     * @throws IllegalArgumentException naming the line that is not label,hash,score,seconds
     */
    public static ScoreCache load(Path file) {
        ScoreCache c = new ScoreCache(file);
        if (Files.exists(file)) {
            try {
                int n = 0;
                for (String line : Files.readAllLines(file)) {
                    n++;
                    String[] f = line.split(",");
                    if (f.length != 4) {
                        throw new IllegalArgumentException(file + " line " + n + " must be"
                                + " label,hash,score,seconds, but was '" + line + "'");
                    }
                    c.scores.put(f[0] + "|" + f[1], new double[] {Double.parseDouble(f[2]),
                            Double.parseDouble(f[3])});
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return c;
    }

    /** {score, seconds}, or null when not known. */
    double[] get(String label, String hash) {
        return scores.get(label + "|" + hash);
    }

    void put(String label, String hash, double score, double seconds) {
        scores.put(label + "|" + hash, new double[] {score, seconds});
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, String.format(Locale.ROOT, "%s,%s,%s,%.4f%n",
                    label.replace(',', ';'), hash, score, seconds), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }
}
