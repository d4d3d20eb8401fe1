package io.jnas.agent;

import static java.util.Objects.requireNonNull;

import io.jnas.agent.guard.MeasurementQueue;
import io.jnas.agent.guard.ProfileSettings;
import io.jnas.agent.guard.RequestValidator;
import io.jnas.agent.guard.RequestedSettings;
import io.jnas.agent.guard.WorkValidator;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.profiler.Profiler;
import io.jnas.agent.profiler.ProfilerProvider;
import io.jnas.agent.profiler.ProfilerRegistry;
import io.jnas.agent.timing.TimingHarness;
import io.jnas.arch.Architecture;
import io.jnas.cell.CellNetwork;
import io.jnas.arch.BlockSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * The agent's domain core: describes the device, and measures blocks and models one at a time
 * on its single measurement thread. Requests are validated when they arrive (a refusal is
 * thrown to the caller at once); accepted calls wait in a bounded queue.
 *
 * <pre>{@code
 * try (DeviceAgent agent = DeviceAgent.start(AgentConfig.defaults())) {
 *     agent.profileOps(List.of("stem:i1:o16:k3:s1:e1:relu:se0:28x28"), RequestedSettings.DEFAULTS,
 *             sink, () -> false);
 * }
 * }</pre>
 */
public final class DeviceAgent implements AutoCloseable {

    private final AgentConfig config;
    private final Profiler profiler;
    private final DeviceInfo info;
    private final RequestValidator validator;
    private final WorkValidator work;
    private final MeasurementQueue queue;
    private final MeasurementJob.Context context;
    private final LongAdder measured = new LongAdder();
    private final long startedNanos = System.nanoTime();
    private volatile CountDownLatch warm = new CountDownLatch(0);

    private DeviceAgent(AgentConfig config, Profiler profiler, DeviceInfo info) {
        this.config = config;
        this.profiler = profiler;
        this.info = info;
        this.validator = new RequestValidator(config.limits(), config.timing(),
                profiler.engine(), profiler.device(), config.threads(), profiler.precisions(),
                info.engines());
        this.work = new WorkValidator(config.limits());
        this.queue = new MeasurementQueue(config.limits().queueCapacity());
        this.context = new MeasurementJob.Context(new TimingHarness(), config.listener(),
                measured, queue::stopping);
    }

    /**
     * Loads the engine, opens it on the configured device and starts the measurement thread
     * (which first runs the start-up warm-up, if any).
     *
     * @throws IllegalStateException naming the engine or device that cannot run here
     */
    public static DeviceAgent start(AgentConfig config) {
        requireNonNull(config, "config");
        ProfilerRegistry registry = ProfilerRegistry.load();
        ProfilerProvider provider = registry.provider(config.engine()).orElseThrow(() ->
                new IllegalStateException("engine must be one of " + registry.names()
                        + " in this agent build, but was " + config.engine()));
        Profiler profiler = provider.open(config.device(), config.threads());
        return start(config, profiler, registry.engines(), provider.gpuSummary());
    }

    /** An agent on an opened profiler (tests of failure handling wrap the real one). */
    static DeviceAgent start(AgentConfig config, Profiler profiler, List<EngineStatus> engines,
            String gpu) {
        try {
            DeviceInfo info = describe(config, profiler, engines, gpu);
            DeviceAgent agent = new DeviceAgent(config, profiler, info);
            if (!config.startupWarmup().isZero()) {
                StartupWarmup warmup = new StartupWarmup(profiler, config.startupWarmup());
                agent.warm = warmup.done();
                agent.queue.submit(warmup);
            }
            return agent;
        } catch (RuntimeException e) {
            profiler.close();
            throw e;
        }
    }

    /**
     * Waits for the start-up warm-up; the benchmark starts its clock after it.
     *
     * @return true when the warm-up is over
     */
    public boolean awaitStartupWarmup(Duration timeout) throws InterruptedException {
        return warm.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public DeviceInfo describe() {
        return info;
    }

    public HealthInfo health() {
        return new HealthInfo(!queue.stopping(), queue.queued(), measured.sum(),
                Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /**
     * Validates and queues a {@code ProfileOps} call; results go to {@code sink} one per key.
     *
     * @param cancelled polled between blocks and rounds; true stops the call
     * @throws io.jnas.agent.guard.RequestRejectedException when the request is refused
     */
    public void profileOps(List<String> keys, RequestedSettings requested,
            ResultSink<Measurement> sink, BooleanSupplier cancelled) {
        ProfileSettings s = validator.settings(requested);
        List<BlockSpec> blocks = work.opKeys(keys, s);
        List<MeasurementJob.Item> items = blocks.stream()
                .map(b -> new MeasurementJob.Item(b.opKey().toString(),
                        () -> profiler.newBlockWorkload(b, s.batch(), s.precision())))
                .toList();
        queue.submit(new MeasurementJob(items, conditions(s), sink, cancelled, context));
    }

    /**
     * Validates and queues a {@code ProfileModel} call: the whole network (a block-list
     * architecture, or a NAS-Bench-201 cell network when the JSON has a {@code cell} field), one
     * forward pass per timed call.
     *
     * @throws io.jnas.agent.guard.RequestRejectedException when the request is refused
     */
    public void profileModel(String architectureJson, RequestedSettings requested,
            ResultSink<Measurement> sink, BooleanSupplier cancelled) {
        ProfileSettings s = validator.settings(requested);
        MeasurementJob.Item item;
        if (WorkValidator.isCellNetwork(architectureJson)) {
            CellNetwork n = work.cellNetwork(architectureJson, s);
            item = new MeasurementJob.Item(n.hash(),
                    () -> profiler.newCellWorkload(n, s.batch(), s.precision()));
        } else {
            Architecture a = work.architecture(architectureJson, s);
            item = new MeasurementJob.Item(a.hash(),
                    () -> profiler.newModelWorkload(a, s.batch(), s.precision()));
        }
        queue.submit(new MeasurementJob(List.of(item), conditions(s), sink, cancelled, context));
    }

    private MeasurementConditions conditions(ProfileSettings s) {
        return new MeasurementConditions(s.engine(), profiler.engineVersion(), s.device(),
                s.precision(), s.batch(), s.threads(), s.timing(), info.agentVersion(),
                info.hardwareId());
    }

    /** True once {@link #stop(Duration)} or {@link #close()} began. */
    public boolean stopping() {
        return queue.stopping();
    }

    /**
     * Stops taking calls, ends the waiting ones with "agent shutting down", and waits for the
     * block in hand to be finished and sent.
     *
     * @return true when the measurement thread finished within {@code grace}
     */
    public boolean stop(Duration grace) {
        return queue.stop(grace);
    }

    /** Stops (waiting up to the configured grace) and frees the engine's native memory. */
    @Override
    public void close() {
        if (stop(config.shutdownGrace())) {
            // only once no block is in hand: closing the root manager under a running block
            // would free memory the engine is still using
            profiler.close();
        }
    }

    /** The description of an agent about to measure with {@code profiler}. */
    private static DeviceInfo describe(AgentConfig config, Profiler profiler,
            List<EngineStatus> engines, String gpu) {
        String model = profiler.gpuName().orElseGet(HostInfo::cpuModel);
        String hardwareId = config.hardwareId() != null ? config.hardwareId()
                : HostInfo.hardwareId(profiler.device().gpu() ? "cuda" : "cpu", model,
                        profiler.engine(), profiler.engineVersion(), config.threads());
        return new DeviceInfo(hardwareId, model, engines, HostInfo.cores(),
                HostInfo.physicalMemoryBytes(), gpu, AgentVersion.VERSION,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"), profiler.engine(), profiler.engineVersion(),
                profiler.device().id(), config.threads(), config.timing(), config.limits());
    }
}
