package io.jnas.agent.server;

import static io.jnas.agent.AgentFixture.FAST;
import static io.jnas.agent.AgentFixture.FC;
import static io.jnas.agent.AgentFixture.HEAD;
import static io.jnas.agent.AgentFixture.MBCONV;
import static io.jnas.agent.AgentFixture.STEM;
import static io.jnas.agent.AgentFixture.TINY_NET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.jnas.agent.AgentFixture;
import io.jnas.rpc.HealthRequest;
import io.jnas.rpc.ModelMeasurement;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.ProfileModelRequest;
import io.jnas.rpc.ProfileOpsRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One measurement at a time: the queue, its limit, cancellation and graceful shutdown. */
class MeasurementSchedulingTest {

    private AgentFixture fixture;

    private AgentFixture start(GateListener listener, int queueCapacity) {
        fixture = AgentFixture.start(AgentFixture.config(listener, queueCapacity), null);
        return fixture;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static ProfileOpsRequest ops(List<String> keys) {
        return ProfileOpsRequest.newBuilder().addAllOpKeys(keys).setSettings(FAST).build();
    }

    @Test
    void concurrentClientsNeverGetOverlappingTimingWindows() throws Exception {
        GateListener listener = GateListener.opened();
        start(listener, 16);
        ExecutorService clients = Executors.newFixedThreadPool(5);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                calls.add(clients.submit(() -> {
                    List<OpMeasurement> got = new ArrayList<>();
                    fixture.blocking().profileOps(ops(List.of(STEM, MBCONV, HEAD, FC)))
                            .forEachRemaining(got::add);
                    return got.size();
                }));
            }
            calls.add(clients.submit(() -> {
                ModelMeasurement m = fixture.blocking().profileModel(ProfileModelRequest
                        .newBuilder().setArchitectureJson(TINY_NET).setSettings(FAST).build());
                return m.getStats().getCount() > 0 ? 1 : 0;
            }));
            int results = 0;
            for (Future<Integer> f : calls) {
                results += f.get(120, TimeUnit.SECONDS);
            }
            assertEquals(17, results);
        } finally {
            clients.shutdownNow();
        }
        List<GateListener.Window> windows = new ArrayList<>(listener.windows());
        assertEquals(17, windows.size());
        windows.sort(Comparator.comparingLong(GateListener.Window::startNanos));
        for (int i = 1; i < windows.size(); i++) {
            GateListener.Window before = windows.get(i - 1);
            GateListener.Window after = windows.get(i);
            assertTrue(before.endNanos() <= after.startNanos(), "window of " + after.subject()
                    + " opened before the window of " + before.subject() + " closed");
        }
    }

    @Test
    void aFullQueueIsResourceExhaustedAndTheQueuedCallsStillComplete() {
        GateListener gate = GateListener.closed();
        start(gate, 1);
        Collector<OpMeasurement> inHand = new Collector<>();
        fixture.async().profileOps(ops(List.of(STEM)), inHand);
        gate.awaitEntered();
        Collector<OpMeasurement> queued = new Collector<>();
        fixture.async().profileOps(ops(List.of(FC)), queued);
        assertEquals(1, fixture.blocking().health(HealthRequest.getDefaultInstance()).getQueued());

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> fixture.blocking().profileOps(ops(List.of(HEAD))).next());
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().contains("measurement queue is full: 1 calls"),
                e.getStatus().getDescription());

        gate.open();
        assertEquals(Status.Code.OK, inHand.awaitStatus().getCode());
        assertEquals(Status.Code.OK, queued.awaitStatus().getCode());
        assertEquals(List.of(STEM, FC), gate.started());
    }

    @Test
    void stopFinishesTheBlockInHandSendsItThenEndsEveryCallAsUnavailable() throws Exception {
        GateListener gate = GateListener.closed();
        start(gate, 4);
        Collector<OpMeasurement> inHand = new Collector<>();
        fixture.async().profileOps(ops(List.of(STEM, MBCONV, HEAD)), inHand);
        gate.awaitEntered();
        Collector<OpMeasurement> queued = new Collector<>();
        fixture.async().profileOps(ops(List.of(FC)), queued);

        ExecutorService stopper = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> stopped = stopper.submit(() ->
                    fixture.agent().stop(Duration.ofSeconds(60)));
            while (!fixture.agent().stopping()) {
                Thread.onSpinWait();
            }
            // the waiting call is answered at once; the one in hand continues
            assertEquals(Status.Code.UNAVAILABLE, queued.awaitStatus().getCode());
            assertEquals("agent shutting down", queued.awaitStatus().getDescription());
            gate.open();
            assertTrue(stopped.get(60, TimeUnit.SECONDS));
        } finally {
            stopper.shutdownNow();
        }
        Status end = inHand.awaitStatus();
        assertEquals(Status.Code.UNAVAILABLE, end.getCode());
        assertEquals("agent shutting down", end.getDescription());
        assertEquals(List.of(STEM), inHand.values().stream().map(OpMeasurement::getOpKey).toList());
        assertEquals(List.of(STEM), gate.started());
        assertEquals(1, fixture.agent().health().measuredBlocks());
    }

    @Test
    void clientCancellationMidStreamStopsTheWorkForThatCall() {
        GateListener listener = GateListener.opened();
        start(listener, 4);
        Collector<OpMeasurement> cancelled = new Collector<>();
        fixture.async().profileOps(ops(Collections.nCopies(40, MBCONV)),
                new ClientResponseObserver<ProfileOpsRequest, OpMeasurement>() {
                    private ClientCallStreamObserver<ProfileOpsRequest> call;

                    @Override
                    public void beforeStart(ClientCallStreamObserver<ProfileOpsRequest> c) {
                        call = c;
                    }

                    @Override
                    public void onNext(OpMeasurement value) {
                        cancelled.onNext(value);
                        call.cancel("test cancels after the first result", null);
                    }

                    @Override
                    public void onError(Throwable t) {
                        cancelled.onError(t);
                    }

                    @Override
                    public void onCompleted() {
                        cancelled.onCompleted();
                    }
                });
        assertEquals(Status.Code.CANCELLED, cancelled.awaitStatus().getCode());
        // a later call runs only after the cancelled one left the measurement thread
        fixture.blocking().profileOps(ops(List.of(FC))).forEachRemaining(m -> { });
        long mbconvs = listener.started().stream().filter(MBCONV::equals).count();
        assertTrue(mbconvs >= 1 && mbconvs <= 2, "blocks measured for the cancelled call: "
                + mbconvs + " of 40");
        assertEquals(FC, listener.started().get(listener.started().size() - 1));
    }

    @Test
    void aPassedDeadlineStopsTheBlockInHandBeforeItIsTimed() {
        GateListener gate = GateListener.closed();
        start(gate, 4);
        Collector<OpMeasurement> late = new Collector<>();
        fixture.async().withDeadlineAfter(200, TimeUnit.MILLISECONDS)
                .profileOps(ops(List.of(STEM, MBCONV)), late);
        gate.awaitEntered();
        assertEquals(Status.Code.DEADLINE_EXCEEDED, late.awaitStatus().getCode());
        gate.open();
        fixture.blocking().profileOps(ops(List.of(FC))).forEachRemaining(m -> { });
        assertEquals(List.of(STEM, FC), gate.started());
        // the block held at the gate saw the cancellation at its first round: never counted
        assertEquals(1, fixture.agent().health().measuredBlocks());
    }
}
