package io.jnas.agent.profiler.tensorrt;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import io.jnas.agent.timing.Workload;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * The ONNX file loaded by DJL's TensorRT engine (which builds the TensorRT engine from it) on
 * {@code Device.gpu(i)}; one call is one {@code predict} with its output copied to the host.
 */
final class DjlTrtWorkload implements Workload {

    private final Path dir;
    private final Shape shape;
    private final ZooModel<NDList, NDList> model;
    private final Predictor<NDList, NDList> predictor;
    private final Random random = new Random(0);
    private NDArray input;

    DjlTrtWorkload(Path dir, Path onnx, Shape shape, int gpu) {
        this.dir = dir;
        this.shape = shape;
        try {
            model = Criteria.builder().setTypes(NDList.class, NDList.class)
                    .optModelPath(onnx).optEngine(DjlTensorRt.ENGINE_NAME)
                    .optDevice(Device.gpu(gpu)).build().loadModel();
        } catch (IOException | ModelNotFoundException | MalformedModelException e) {
            throw new IllegalStateException("DJL's TensorRT engine could not load " + onnx
                    + ": " + e.getMessage(), e);
        }
        predictor = model.newPredictor();
    }

    @Override
    public void newInput() {
        if (input != null) {
            input.close();
        }
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        input = model.getNDManager().create(values, shape);
    }

    @Override
    public void beforeCall() {
    }

    @Override
    public void call() {
        try {
            predictor.predict(new NDList(input)).get(0).toFloatArray();
        } catch (TranslateException e) {
            throw new IllegalStateException("TensorRT inference failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterCall() {
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
        TrtexecWorkload.deleteFolder(dir);
    }
}
