package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import io.jnas.space.SubnetChoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Subnets of a space with their standalone validation accuracy, one column per training seed:
 * the ground truth that evaluators are ranked against. Stored as a small CSV whose
 * {@code #} lines carry the recipe (space, data, budget), so the file says how it was made.
 *
 * <pre>{@code
 * ReferenceTable t = ReferenceTable.load(Path.of("benchmarks/reference/mnist-small-fashion.csv"));
 * double[] truth = t.accuracies(0);   // first seed, one per row
 * }</pre>
 *
 * @param recipe free-text lines (without the leading {@code #})
 * @param seeds the training seeds, one accuracy column each
 * @param rows the subnets, in the order they were drawn
 */
public record ReferenceTable(List<String> recipe, List<Long> seeds, List<Row> rows) {

    private static final String FIXED = "index,hash,params,macs";

    public ReferenceTable {
        recipe = List.copyOf(recipe);
        seeds = List.copyOf(seeds);
        rows = List.copyOf(rows);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("seeds must not be empty");
        }
        for (Row r : rows) {
            if (r.accuracies().length != seeds.size()) {
                throw new IllegalArgumentException("row " + r.hash() + " must have "
                        + seeds.size() + " accuracies, but had " + r.accuracies().length);
            }
        }
    }

    /**
     * One subnet: NaN where a seed was not trained.
     *
     * @param seconds training seconds of each trained seed, summed
     */
    public record Row(String hash, long params, long macs, SubnetChoice choice,
            double[] accuracies, double seconds) {
        public Row {
            requireNonNull(hash, "hash");
            requireNonNull(choice, "choice");
            accuracies = accuracies.clone();
        }

        /** A copy: one accuracy per seed, NaN where that seed was not trained. */
        @Override
        public double[] accuracies() {
            return accuracies.clone();
        }

        public OptionalDouble accuracy(int seedIndex) {
            double a = accuracies[seedIndex];
            return Double.isNaN(a) ? OptionalDouble.empty() : OptionalDouble.of(a);
        }
    }

    /** The accuracies of one seed column, in row order (NaN where not trained). */
    public double[] accuracies(int seedIndex) {
        return rows.stream().mapToDouble(r -> r.accuracies()[seedIndex]).toArray();
    }

    public ReferenceTable withRow(int index, Row row) {
        List<Row> out = new ArrayList<>(rows);
        out.set(index, row);
        return new ReferenceTable(recipe, seeds, out);
    }

    /**
     * This table with the other's accuracies where this one has none (the rows of shards
     * trained by separate processes).
     *
     * @throws IllegalArgumentException when the tables hold different subnets or seeds
     */
    public ReferenceTable joinedWith(ReferenceTable other) {
        if (!seeds.equals(other.seeds()) || rows.size() != other.rows().size()) {
            throw new IllegalArgumentException("shards must have the same seeds and rows, but had "
                    + seeds + " x " + rows.size() + " and " + other.seeds() + " x "
                    + other.rows().size());
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row a = rows.get(i);
            Row b = other.rows().get(i);
            if (!a.hash().equals(b.hash())) {
                throw new IllegalArgumentException("shards must list the same subnets, but row "
                        + i + " is " + a.hash() + " in one and " + b.hash() + " in the other");
            }
            double[] acc = a.accuracies();
            double[] more = b.accuracies();
            for (int s = 0; s < acc.length; s++) {
                if (Double.isNaN(acc[s])) {
                    acc[s] = more[s];
                }
            }
            out.add(new Row(a.hash(), a.params(), a.macs(), a.choice(), acc,
                    a.seconds() + b.seconds()));
        }
        return new ReferenceTable(recipe, seeds, out);
    }

    /** Writes the table atomically (a temporary file, then a rename). */
    public void write(Path file) {
        StringBuilder b = new StringBuilder();
        recipe.forEach(l -> b.append("# ").append(l).append('\n'));
        b.append(FIXED);
        seeds.forEach(s -> b.append(",accuracy_seed").append(s));
        b.append(",seconds,subnet\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            b.append(i).append(',').append(r.hash()).append(',').append(r.params()).append(',')
                    .append(r.macs());
            for (double a : r.accuracies()) {
                b.append(',').append(Double.isNaN(a) ? "" : String.format(Locale.ROOT, "%.4f", a));
            }
            b.append(String.format(Locale.ROOT, ",%.1f,", r.seconds()))
                    .append(ChoiceText.format(r.choice())).append('\n');
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reference table " + file, e);
        }
    }

    /**
     * Reads a table written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the file, the line and what was expected
     */
    public static ReferenceTable load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference table " + file, e);
        }
        List<String> recipe = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String at = file + " line " + (n + 1);
            if (line.startsWith("#")) {
                recipe.add(line.substring(1).strip());
            } else if (line.isBlank()) {
                continue;
            } else if (header == null) {
                header = line.split(",", -1);
                if (!line.startsWith(FIXED + ",accuracy_seed") || header.length < 7
                        || !header[header.length - 1].equals("subnet")) {
                    throw new IllegalArgumentException(at + ": header must be '" + FIXED
                            + ",accuracy_seed<S>...,seconds,subnet', but was '" + line + "'");
                }
                for (int c = 4; c < header.length - 2; c++) {
                    seeds.add(Long.parseLong(header[c].substring("accuracy_seed".length())));
                }
            } else {
                rows.add(row(line.split(",", -1), header.length, at));
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(file + " must have a header line, but had none");
        }
        return new ReferenceTable(recipe, seeds, rows);
    }

    private static Row row(String[] f, int columns, String at) {
        if (f.length != columns) {
            throw new IllegalArgumentException(at + ": must have " + columns + " fields, but had "
                    + f.length);
        }
        try {
            double[] acc = new double[columns - 6];
            for (int i = 0; i < acc.length; i++) {
                acc[i] = f[4 + i].isBlank() ? Double.NaN : Double.parseDouble(f[4 + i]);
            }
            return new Row(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]),
                    ChoiceText.parse(f[columns - 1]), acc, Double.parseDouble(f[columns - 2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(at + ": numbers must be numbers, but "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ReferenceTable" + seeds + " " + rows.size() + " rows " + Arrays.toString(
                recipe.toArray());
    }
}
