package io.jnas.cli;

import io.jnas.table.LatencyEntry;
import io.jnas.table.LookupTable;
import io.jnas.table.TableMetadata;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nas tables show}: what a table holds and how it was measured. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a table's protocol, its size, its spread and its slowest blocks.")
public final class TablesShowCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TABLE", description = "A table file, e.g. lookup-tables/<hardware-id>.csv")
    Path table;

    @Option(names = "--top", defaultValue = "5", description = "Slowest blocks to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LookupTable t = LookupTable.load(table);
        TableMetadata m = t.metadata();
        out.printf("%s: %d blocks measured on %s%n", table, t.size(), m.hardwareId());
        out.printf("protocol: %s%n", m.protocol());
        out.printf("agent %s, created %s, spaces: %s%n", m.agentVersion(), m.created(),
                String.join(", ", m.spaces()));
        double[] cvs = t.entries().stream().mapToDouble(LatencyEntry::cv).sorted().toArray();
        long unstable = t.entries().stream().filter(LatencyEntry::unstable).count();
        long remeasured = t.entries().stream().filter(e -> e.remeasured() > 0).count();
        if (cvs.length > 0) {
            out.printf(Locale.ROOT, "spread (cv): median %.3f, p90 %.3f, max %.3f; %d re-measured,"
                    + " %d still unstable%n", cvs[cvs.length / 2], cvs[(int) (cvs.length * 0.9)],
                    cvs[cvs.length - 1], remeasured, unstable);
        }
        List<LatencyEntry> slow = t.entries().stream()
                .sorted(Comparator.comparingDouble(LatencyEntry::medianMs).reversed()).limit(top).toList();
        out.println("slowest blocks:");
        slow.forEach(e -> out.printf(Locale.ROOT, "  %-48s %9.4f ms (p10 %.4f, p90 %.4f)%n", e.key(),
                e.medianMs(), e.p10Ms(), e.p90Ms()));
        return 0;
    }
}
