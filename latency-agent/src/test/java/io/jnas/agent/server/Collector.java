package io.jnas.agent.server;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Collects a call's messages and its end, for async stubs. */
class Collector<T> implements StreamObserver<T> {

    private final List<T> values = new ArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Status status;

    @Override
    public synchronized void onNext(T value) {
        values.add(value);
    }

    @Override
    public void onError(Throwable t) {
        status = Status.fromThrowable(t);
        done.countDown();
    }

    @Override
    public void onCompleted() {
        status = Status.OK;
        done.countDown();
    }

    /** The call's final status, waiting for it. */
    Status awaitStatus() {
        try {
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("call did not end within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return status;
    }

    synchronized List<T> values() {
        return List.copyOf(values);
    }
}
