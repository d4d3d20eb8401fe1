package io.jnas.fleet;

import io.jnas.arch.OpKey;
import io.jnas.table.LatencyEntry;
import io.jnas.table.MeasurementJournal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** One hardware's keys measured by its agents: one worker thread per agent pulling chunks. */
final class ShardedRun {

    private final String hardwareId;
    private final TableBuilder.Options options;
    private final MeasurementJournal journal;
    private final ConcurrentLinkedQueue<List<OpKey>> chunks = new ConcurrentLinkedQueue<>();
    private final Set<OpKey> pending;
    private final List<LatencyEntry> results = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger alive = new AtomicInteger();

    ShardedRun(String hardwareId, List<OpKey> todo, TableBuilder.Options options,
            MeasurementJournal journal) {
        this.hardwareId = hardwareId;
        this.options = options;
        this.journal = journal;
        this.pending = Collections.synchronizedSet(new HashSet<>(todo));
        for (int i = 0; i < todo.size(); i += options.chunkSize()) {
            chunks.add(List.copyOf(todo.subList(i, Math.min(todo.size(), i + options.chunkSize()))));
        }
    }

    /** Runs until every key is measured or every agent failed; returns the agents that failed. */
    List<String> execute(List<FleetAgent> agents) {
        alive.set(agents.size());
        List<Thread> workers = new ArrayList<>();
        for (FleetAgent a : agents) {
            Thread t = Thread.ofPlatform().name("table-" + a.entry().name()).start(() -> work(a));
            workers.add(t);
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TableBuildException("table build of " + hardwareId + " was interrupted");
            }
        }
        return List.copyOf(failures);
    }

    boolean complete() {
        return pending.isEmpty();
    }

    List<LatencyEntry> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    private void work(FleetAgent agent) {
        try {
            while (!pending.isEmpty()) {
                List<OpKey> chunk = chunks.poll();
                if (chunk == null) {
                    // others hold the last chunks; wait in case one fails and hands its keys back
                    if (alive.get() <= 0) {
                        return;
                    }
                    Thread.sleep(20);
                    continue;
                }
                if (!measure(agent, chunk)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            alive.decrementAndGet();
        }
    }

    /** Measures a chunk on one agent with retries; false when the agent is given up. */
    private boolean measure(FleetAgent agent, List<OpKey> chunk) throws InterruptedException {
        int tries = 0;
        while (true) {
            List<OpKey> left = chunk.stream().filter(pending::contains).toList();
            if (left.isEmpty()) {
                return true;
            }
            try {
                agent.profileOps(left, options.settings(), e -> accept(agent, e));
                List<OpKey> missing = left.stream().filter(pending::contains).toList();
                if (missing.isEmpty()) {
                    return true;
                }
                throw new AgentException(agent.entry() + " ended its stream without measuring "
                        + missing.size() + " keys", true, null);
            } catch (AgentException e) {
                tries++;
                if (!e.retryable() || tries > options.maxRetries()) {
                    String why = agent.entry() + ": " + e.getMessage();
                    failures.add(why);
                    options.progress().agentFailed(hardwareId, agent.entry().name(), e.getMessage());
                    List<OpKey> rest = chunk.stream().filter(pending::contains).toList();
                    if (!rest.isEmpty()) {
                        chunks.add(rest); // another agent of this hardware takes them
                    }
                    return false;
                }
                Thread.sleep(options.backoff().toMillis() << (tries - 1));
            }
        }
    }

    private void accept(FleetAgent agent, LatencyEntry e) {
        if (!pending.contains(e.key())) {
            return; // not asked for, or already measured by an agent that was given up too late
        }
        journal.append(e); // durable before it counts
        if (pending.remove(e.key())) {
            results.add(e);
            options.progress().measured(hardwareId, agent.entry().name());
        }
    }
}
