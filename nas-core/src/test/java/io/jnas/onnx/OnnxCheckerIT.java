package io.jnas.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellOp;
import io.jnas.cell.CellSpace;
import io.jnas.model.CellModelBuilder;
import io.jnas.model.DjlRuntime;
import io.jnas.model.InputStandardization;
import io.jnas.model.ModelBuilder;
import io.jnas.space.SearchSpace;
import io.jnas.space.Spaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second, independent reader: the ONNX project's own checker ({@code onnx.checker.check_model}
 * with {@code full_check}, which also runs strict shape inference) over the smallest and largest
 * network of every shipped space (as the plain graph and as exported for deployment, with a
 * uint8 input and the standardisation in the graph), every block key they contain, and the
 * network of each
 * shipped cell space with one op on every edge, for each op of the space. Needs a Python 3 with the
 * {@code onnx} package (Debian: {@code apt-get install python3-onnx}); skipped with a message
 * where there is none.
 */
class OnnxCheckerIT {

    private static final String CHECK = """
            import sys, onnx
            for p in sys.argv[1:]:
                onnx.checker.check_model(onnx.load(p), full_check=True)
            print("checked", len(sys.argv) - 1)
            """;

    @TempDir
    Path dir;

    @Test
    void theOnnxCheckerAcceptsNetworksBlocksAndCellNetworks() throws Exception {
        Optional<String> python = pythonWithOnnx();
        if (python.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must have python3 with the onnx package (.ci/run installs"
                    + " python3-onnx), but neither python3 nor /usr/bin/python3 imports onnx");
        }
        assumeTrue(python.isPresent(), "no python3 with the onnx package (apt-get install"
                + " python3-onnx): the ONNX checker test is skipped");
        DjlRuntime.configure(1);
        List<String> files = new ArrayList<>();
        Set<BlockSpec> blocks = new LinkedHashSet<>();
        try (NDManager m = NDManager.newBaseManager()) {
            for (String file : Spaces.SHIPPED) {
                SearchSpace space = Spaces.load(file);
                for (Architecture a : List.of(space.resolve(space.minimal()),
                        space.resolve(space.maximal()))) {
                    SequentialBlock net = ModelBuilder.build(a);
                    net.initialize(m, DataType.FLOAT32, ModelBuilder.inputShape(a, 1));
                    Path p = dir.resolve("net" + files.size() + ".onnx");
                    OnnxExporter.export(a, net).writeTo(p);
                    files.add(p.toString());
                    // as exported for deployment: uint8 input, Cast/Sub/Div in front, metadata
                    Path q = dir.resolve("deployable" + files.size() + ".onnx");
                    OnnxExporter.exportDeployable(a, net, standardization(a.input().channels()),
                            Map.of("labels", "a\nb")).writeTo(q);
                    files.add(q.toString());
                    blocks.addAll(a.blocks());
                }
            }
            for (String file : Spaces.SHIPPED_CELLS) {
                CellSpace space = CellSpace.load(Spaces.shipped(file));
                for (CellOp op : space.ops()) {
                    CellNetwork n = space.network(Cell.uniform(op));
                    SequentialBlock net = CellModelBuilder.build(n);
                    net.initialize(m, DataType.FLOAT32, CellModelBuilder.inputShape(n, 1));
                    Path p = dir.resolve("cells" + files.size() + ".onnx");
                    OnnxExporter.export(n, net).writeTo(p);
                    files.add(p.toString());
                    Path q = dir.resolve("cells-deployable" + files.size() + ".onnx");
                    OnnxExporter.exportDeployable(n, net, standardization(3), Map.of())
                            .writeTo(q);
                    files.add(q.toString());
                }
            }
            for (BlockSpec b : blocks) {
                Block block = ModelBuilder.buildBlock(b);
                block.initialize(m, DataType.FLOAT32, ModelBuilder.inputShape(b, 1));
                Path p = dir.resolve("block" + files.size() + ".onnx");
                OnnxExporter.exportBlock(b, block).writeTo(p);
                files.add(p.toString());
            }
        }
        List<String> cmd = new ArrayList<>(List.of(python.get(), "-c", CHECK));
        cmd.addAll(files);
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, proc.waitFor(), "onnx.checker output:\n" + out);
        assertEquals("checked " + files.size(), out.strip());
    }

    private static InputStandardization standardization(int channels) {
        float[] mean = new float[channels];
        float[] std = new float[channels];
        for (int c = 0; c < channels; c++) {
            mean[c] = 0.3f + 0.1f * c;
            std[c] = 0.25f;
        }
        return InputStandardization.of(mean, std);
    }

    /** The first of python3 on the PATH and Debian's /usr/bin/python3 that imports onnx. */
    static Optional<String> pythonWithOnnx() {
        for (String exe : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(exe, "-c", "import onnx").redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(exe);
                }
            } catch (IOException e) {
                // not installed under this name; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
