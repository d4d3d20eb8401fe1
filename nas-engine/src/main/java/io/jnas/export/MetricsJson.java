package io.jnas.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.cell.CellNetwork;
import io.jnas.fleet.MeasurementProtocol;
import io.jnas.fleet.ModelLatency;
import io.jnas.run.RunConfig;
import io.jnas.search.Evaluation;

/**
 * The {@code metrics.json} of an exported subnet: where it came from, its score at search time
 * and its accuracy on test images, how its weights were made (data, budget, recipe, or
 * "untrained"), the input its files take (machine-readable), its class labels, params and FLOPs (nas-core's static count, StaticCost for block lists
 * and CellCost for cell networks, and the ONNX graph's),
 * predicted latency per device, measured latency per device with its full protocol, and the
 * error of the prediction.
 */
final class MetricsJson {

    static final String FILE = "metrics.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricsJson() {
    }

    static String of(RunConfig run, ExportedSubnet s, ExportPlan plan) {
        Evaluation e = s.evaluation();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("rank", s.rank());
        root.put("hash", e.hash());
        root.put("run", run.name());
        root.put("space", run.space());
        root.put("front", s.front());
        root.put("evaluation_index", e.index());
        SubnetFiles.Written w = s.written();
        accuracy(root.putObject("accuracy"), run, e, w, plan);
        TrainingJson.training(root.putObject("training"), w, plan);
        TrainingJson.input(root.putObject("input"), e.design(), w.standardization());
        plan.labels(e.design()).forEach(root.putArray("classes")::add);
        weights(root.putObject("weights"), e.design() instanceof CellNetwork, w);
        root.put("params", e.params());
        root.put("macs", e.macs());
        root.put("flops", e.flops());
        root.put("memory_bytes", e.memoryBytes());
        OnnxFile.Facts onnx = s.written().onnx();
        boolean cells = e.design() instanceof CellNetwork;
        root.putObject("onnx").put("file", onnx.file()).put("ir_version", onnx.irVersion())
                .put("opset", onnx.opset()).put("nodes", onnx.nodes()).put("bytes", onnx.bytes())
                .put("params", onnx.params()).put("macs", onnx.macs()).put("flops", onnx.flops())
                .put("static_count", cells ? "CellCost" : "StaticCost")
                .put("params_match_static_count", onnx.params() == e.params())
                .put("macs_match_static_count", onnx.macs() == e.macs());
        root.put("predictor", run.predictor().key());
        ObjectNode predicted = root.putObject("predicted_latency_ms");
        e.latencyMs().forEach(predicted::put);
        ObjectNode measured = root.putObject("measured_latency");
        ObjectNode error = root.putObject("latency_error");
        s.measured().forEach((device, m) -> {
            ObjectNode n = measured.putObject(device).put("agent", m.agent());
            m.error().ifPresent(why -> n.put("error", why));
            m.latency().ifPresent(l -> {
                measuredNode(n, l);
                double p = e.latencyMs(device);
                ObjectNode en = error.putObject(device).put("predicted_ms", p).put("measured_ms", l.medianMs())
                        .put("error_ms", p - l.medianMs())
                        .put("relative_error", (p - l.medianMs()) / l.medianMs());
                m.band().ifPresent(b -> en.put("band_p10_ms", b.p10Ms())
                        .put("band_p90_ms", b.p90Ms()).put("inside_band", b.contains(l.medianMs()))
                        .put("remeasured", m.remeasured()).put("note", m.note()));
            });
        });
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void accuracy(ObjectNode n, RunConfig run, Evaluation e,
            SubnetFiles.Written w, ExportPlan plan) {
        n.put("evaluator", run.evaluator());
        n.put("search", e.accuracy());
        n.put("search_meaning", run.evaluator().equals("train")
                ? "validation accuracy after the search's brief training"
                : plan.start().trained() ? "validation accuracy of the weights inherited from"
                        + " the supernet (BatchNorm recalibrated), before any fine-tuning"
                : run.evaluator() + " score (a zero-cost proxy or a recorded figure, not this"
                        + " export's accuracy)");
        if (w.testAccuracy().isPresent()) {
            n.put("test", w.testAccuracy().getAsDouble());
            n.put("test_on", plan.data().orElseThrow().testSource());
        } else {
            n.putNull("test");
            n.put("test_on", "no data set: an untrained export of a run that names none");
        }
        n.put("test_meaning", (w.training().isPresent() ? ""
                : plan.start().trained() ? "inherited weights, not fine-tuned: "
                : "UNTRAINED weights: ")
                + "accuracy of the exported weights on test images never trained on");
        w.training().ifPresent(t -> n.put("validation", t.result().accuracy()));
    }

    private static void weights(ObjectNode n, boolean cells, SubnetFiles.Written w) {
        n.put("file", SubnetFiles.PARAMS_FILE);
        n.put("format", "DJL parameters of the network alone (it expects standardized input):"
                + " Model.newInstance(\"" + SubnetFiles.MODEL_NAME + "\"), setBlock(" + (cells
                        ? "CellModelBuilder.build(CellNetwork.fromJson(architecture.json))"
                        : "ModelBuilder.build(architecture)") + "), load(folder, \""
                + SubnetFiles.MODEL_NAME + "\"); SubnetFiles.load(folder) does this and puts"
                + " the input standardisation in front, so that model takes raw pixels");
        n.put("trained", w.training().isPresent());
        n.put("inherited_trained_weights", w.startTrained());
        n.put("starting_weights", w.startingWeights());
    }

    private static void measuredNode(ObjectNode n, ModelLatency l) {
        n.put("median_ms", l.medianMs()).put("p10_ms", l.p10Ms()).put("p90_ms", l.p90Ms())
                .put("cv", l.cv()).put("count", l.count()).put("unstable", l.unstable());
        MeasurementProtocol p = l.protocol();
        n.putObject("protocol").put("engine", p.engine()).put("engine_version", p.engineVersion())
                .put("device", p.device()).put("hardware_id", p.hardwareId())
                .put("dtype", p.dtype()).put("batch", p.batch()).put("threads", p.threads())
                .put("warmup", p.warmup()).put("repetitions", p.repetitions())
                .put("rounds", p.rounds()).put("agent_version", p.agentVersion())
                .put("text", p.toString());
    }
}
