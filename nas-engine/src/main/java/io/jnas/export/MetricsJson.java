package io.jnas.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.accuracy.TrainResult;
import io.jnas.cell.CellNetwork;
import io.jnas.fleet.MeasurementProtocol;
import io.jnas.fleet.ModelLatency;
import io.jnas.run.RunConfig;
import io.jnas.search.Evaluation;
import java.util.Optional;

/**
 * The {@code metrics.json} of an exported subnet: where it came from, its score at search time
 * and after a fine-tune, params and FLOPs (nas-core's static count, StaticCost for block lists
 * and CellCost for cell networks, and the ONNX graph's),
 * predicted latency per device, measured latency per device with its full protocol, and the
 * error of the prediction.
 */
final class MetricsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricsJson() {
    }

    static String of(RunConfig run, ExportedSubnet s, Optional<Finetuner> finetuner) {
        Evaluation e = s.evaluation();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("rank", s.rank());
        root.put("hash", e.hash());
        root.put("run", run.name());
        root.put("space", run.space());
        root.put("front", s.front());
        root.put("evaluation_index", e.index());
        accuracy(root.putObject("accuracy"), run, e, s.written().finetune(), finetuner);
        weights(root.putObject("weights"), run, e.design() instanceof CellNetwork,
                s.written().finetune(), finetuner);
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
        root.put("predictor", run.predictor());
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
                error.putObject(device).put("predicted_ms", p).put("measured_ms", l.medianMs())
                        .put("error_ms", p - l.medianMs())
                        .put("relative_error", (p - l.medianMs()) / l.medianMs());
            });
        });
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void accuracy(ObjectNode n, RunConfig run, Evaluation e,
            Optional<TrainResult> tuned, Optional<Finetuner> finetuner) {
        n.put("evaluator", run.evaluator());
        n.put("search", e.accuracy());
        n.put("search_meaning", run.evaluator().equals("train")
                ? "validation accuracy after the search's brief training"
                : run.evaluator() + " score (a zero-cost proxy, not an accuracy)");
        if (tuned.isPresent()) {
            TrainResult r = tuned.get();
            n.put("finetuned", r.accuracy());
            n.putObject("finetune").put("data_set", finetuner.orElseThrow().dataSet())
                    .put("settings", finetuner.get().settings().describe())
                    .put("steps", r.steps()).put("diverged", r.diverged())
                    .put("restarts_with_lower_learning_rate", finetuner.get().retries())
                    .put("seconds", r.seconds());
        } else {
            n.putNull("finetuned");
        }
    }

    private static void weights(ObjectNode n, RunConfig run, boolean cells,
            Optional<TrainResult> tuned, Optional<Finetuner> finetuner) {
        n.put("file", SubnetFiles.PARAMS_FILE);
        n.put("format", "DJL parameters: Model.newInstance(\"" + SubnetFiles.MODEL_NAME
                + "\"), setBlock(" + (cells
                        ? "CellModelBuilder.build(CellNetwork.fromJson(architecture.json))"
                        : "ModelBuilder.build(architecture)") + "), load(folder, \""
                + SubnetFiles.MODEL_NAME + "\")");
        n.put("trained", tuned.isPresent());
        n.put("note", tuned.isPresent()
                ? "fine-tuned on " + finetuner.orElseThrow().dataSet() + ": "
                + finetuner.get().settings().describe()
                : "initialized with seed " + run.seed() + ", NOT trained: " + (cells
                        ? "cell networks cannot be fine-tuned by nas export yet"
                        : "export with --finetune to train the subnet"));
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
