package io.jnas.agent.server;

import io.grpc.Context;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.jnas.agent.DeviceAgent;
import io.jnas.agent.Measurement;
import io.jnas.agent.ResultSink;
import io.jnas.agent.guard.TokenInterceptor;
import io.jnas.rpc.DescribeRequest;
import io.jnas.rpc.DeviceDescription;
import io.jnas.rpc.HealthRequest;
import io.jnas.rpc.HealthResponse;
import io.jnas.rpc.LatencyAgentGrpc;
import io.jnas.rpc.ModelMeasurement;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.ProfileModelRequest;
import io.jnas.rpc.ProfileOpsRequest;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The gRPC face of a {@link DeviceAgent}: translates requests with {@link ProtoMapper}, hands
 * them to the agent, and sends results and refusals back ({@link StatusMapper}). Holds no logic
 * of its own.
 */
public final class LatencyAgentService extends LatencyAgentGrpc.LatencyAgentImplBase {

    private final DeviceAgent agent;

    public LatencyAgentService(DeviceAgent agent) {
        this.agent = agent;
    }

    /** The service, behind a token check when {@code token} is not null. */
    public static ServerServiceDefinition definition(DeviceAgent agent, String token) {
        LatencyAgentService service = new LatencyAgentService(agent);
        return token == null ? service.bindService()
                : ServerInterceptors.intercept(service, new TokenInterceptor(token));
    }

    @Override
    public void describe(DescribeRequest request, StreamObserver<DeviceDescription> out) {
        out.onNext(ProtoMapper.description(agent.describe()));
        out.onCompleted();
    }

    @Override
    public void health(HealthRequest request, StreamObserver<HealthResponse> out) {
        out.onNext(ProtoMapper.health(agent.health()));
        out.onCompleted();
    }

    @Override
    public void profileOps(ProfileOpsRequest request, StreamObserver<OpMeasurement> out) {
        ServerCallStreamObserver<OpMeasurement> call = (ServerCallStreamObserver<OpMeasurement>) out;
        Sink<OpMeasurement> sink = new Sink<>(call, ProtoMapper::op, new AtomicBoolean());
        BooleanSupplier cancelled = cancellation(call, sink);
        try {
            agent.profileOps(request.getOpKeysList(), ProtoMapper.settings(request.getSettings()),
                    sink, cancelled);
        } catch (RuntimeException e) {
            call.onError(StatusMapper.toStatus(e));
        }
    }

    @Override
    public void profileModel(ProfileModelRequest request, StreamObserver<ModelMeasurement> out) {
        ServerCallStreamObserver<ModelMeasurement> call =
                (ServerCallStreamObserver<ModelMeasurement>) out;
        Sink<ModelMeasurement> sink = new Sink<>(call, ProtoMapper::model, new AtomicBoolean());
        BooleanSupplier cancelled = cancellation(call, sink);
        try {
            agent.profileModel(request.getArchitectureJson(),
                    ProtoMapper.settings(request.getSettings()), sink, cancelled);
        } catch (RuntimeException e) {
            call.onError(StatusMapper.toStatus(e));
        }
    }

    /**
     * True once the client cancelled, its deadline passed, or the call was closed under us: the
     * measurement thread stops working for a call nobody can receive.
     */
    private static BooleanSupplier cancellation(ServerCallStreamObserver<?> call, Sink<?> sink) {
        call.setOnCancelHandler(() -> sink.gone().set(true));
        Context context = Context.current();
        return () -> sink.gone().get() || context.isCancelled();
    }

    /** Sends measurements on a call; stays silent once the call is gone. */
    private record Sink<T>(ServerCallStreamObserver<T> call, Function<Measurement, T> mapper,
            AtomicBoolean gone) implements ResultSink<Measurement> {

        @Override
        public void next(Measurement value) {
            send(() -> call.onNext(mapper.apply(value)));
        }

        @Override
        public void completed() {
            send(call::onCompleted);
        }

        @Override
        public void failed(RuntimeException cause) {
            send(() -> call.onError(StatusMapper.toStatus(cause)));
        }

        private void send(Runnable r) {
            if (gone.get() || call.isCancelled()) {
                gone.set(true);
                return;
            }
            try {
                r.run();
            } catch (RuntimeException e) {
                // closed by the transport or an interceptor: nobody is listening any more
                gone.set(true);
            }
        }
    }
}
