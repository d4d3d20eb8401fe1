package io.jnas.agent.server;

import static io.jnas.agent.AgentFixture.FAST;
import static io.jnas.agent.AgentFixture.FC;
import static io.jnas.agent.AgentFixture.TINY_NET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.jnas.agent.AgentFixture;
import io.jnas.arch.Activation;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.BlockType;
import io.jnas.arch.InputShape;
import io.jnas.rpc.HealthRequest;
import io.jnas.rpc.LatencyAgentGrpc.LatencyAgentBlockingStub;
import io.jnas.rpc.MeasurementSettings;
import io.jnas.rpc.ProfileModelRequest;
import io.jnas.rpc.ProfileOpsRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad requests, each with the status and the part of the message it must get, all sent to one
 * agent (behind a token) that must still answer {@code Health} afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadRequestCorpusTest {

    private static final String TOKEN = "corpus-token-7f3a";
    private AgentFixture fixture;
    private int sent;

    @BeforeAll
    void start() {
        fixture = AgentFixture.start(AgentFixture.config(), TOKEN);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private LatencyAgentBlockingStub stub() {
        return fixture.withAuthorization("Bearer " + TOKEN);
    }

    static Stream<Arguments> corpus() {
        List<Arguments> c = new ArrayList<>();
        // op keys
        ops(c, "no keys", List.of(), FAST, Code.INVALID_ARGUMENT, "op_keys must hold at least one");
        ops(c, "1001 keys", Collections.nCopies(1001, FC), FAST, Code.INVALID_ARGUMENT,
                "op_keys must hold at most 1000 keys per call, but held 1001");
        ops(c, "empty key", List.of(""), FAST, Code.INVALID_ARGUMENT, "op_keys[0]: op key must look");
        ops(c, "garbage key", List.of("hello"), FAST, Code.INVALID_ARGUMENT, "but was 'hello'");
        ops(c, "second key bad", List.of(FC, "fc:i16"), FAST, Code.INVALID_ARGUMENT, "op_keys[1]:");
        ops(c, "unknown block type", List.of("conv:i8:o8:k3:s1:e1:relu:se0:8x8"), FAST,
                Code.INVALID_ARGUMENT, "block type must be one of");
        ops(c, "unknown activation", List.of("mbconv:i8:o8:k3:s1:e3:swishy:se0:8x8"), FAST,
                Code.INVALID_ARGUMENT, "activation must be one of");
        ops(c, "zero channels", List.of("stem:i0:o8:k3:s1:e1:relu:se0:8x8"), FAST,
                Code.INVALID_ARGUMENT, "inChannels must be in [1, 4096], but was 0");
        ops(c, "too many channels", List.of("stem:i1:o5000:k3:s1:e1:relu:se0:8x8"), FAST,
                Code.INVALID_ARGUMENT, "outChannels must be in [1, 4096], but was 5000");
        ops(c, "too tall", List.of("stem:i1:o8:k3:s1:e1:relu:se0:2000x8"), FAST,
                Code.INVALID_ARGUMENT, "inHeight must be in [1, 1024], but was 2000");
        ops(c, "zero width", List.of("stem:i1:o8:k3:s1:e1:relu:se0:8x0"), FAST,
                Code.INVALID_ARGUMENT, "inWidth must be in [1, 1024], but was 0");
        ops(c, "even kernel", List.of("stem:i1:o8:k4:s1:e1:relu:se0:8x8"), FAST,
                Code.INVALID_ARGUMENT, "kernel must be odd, but was 4");
        ops(c, "stride 5", List.of("stem:i1:o8:k3:s5:e1:relu:se0:8x8"), FAST,
                Code.INVALID_ARGUMENT, "stride must be in [1, 4], but was 5");
        ops(c, "expand 17", List.of("mbconv:i8:o8:k3:s1:e17:relu:se0:8x8"), FAST,
                Code.INVALID_ARGUMENT, "expand must be in [1, 16], but was 17");
        ops(c, "overlong number", List.of("stem:i999999:o8:k3:s1:e1:relu:se0:8x8"), FAST,
                Code.INVALID_ARGUMENT, "op key must look like");
        ops(c, "fc with activation", List.of("fc:i16:o10:k1:s1:e1:relu:se0:1x1"), FAST,
                Code.INVALID_ARGUMENT, "fc block must have kernel 1");
        ops(c, "control characters", List.of("stem:i1\u0000\u001b[2J"), FAST,
                Code.INVALID_ARGUMENT, "op key must look like");
        ops(c, "100k-character key", List.of("x".repeat(100_000)), FAST, Code.INVALID_ARGUMENT,
                "...'");
        ops(c, "block too big for memory",
                List.of("mbconv:i256:o256:k7:s1:e16:relu:se0:1024x1024"), FAST,
                Code.INVALID_ARGUMENT, "op_keys[0] needs an estimated");
        ops(c, "too much work", List.of("mbconv:i64:o64:k3:s1:e6:relu:se0:112x112"),
                FAST.toBuilder().setRepetitions(1000).setRounds(100).build(),
                Code.INVALID_ARGUMENT, "estimated work of op_keys (1 blocks) must be <= 2000 GMACs");
        // settings
        ops(c, "negative batch", List.of(FC), FAST.toBuilder().setBatch(-1).build(),
                Code.INVALID_ARGUMENT, "settings.batch must be in [1, 256], but was -1");
        ops(c, "batch 257", List.of(FC), FAST.toBuilder().setBatch(257).build(),
                Code.INVALID_ARGUMENT, "settings.batch must be in [1, 256], but was 257");
        ops(c, "negative warm-up", List.of(FC), FAST.toBuilder().setWarmup(-1).build(),
                Code.INVALID_ARGUMENT, "settings.warmup must be in [0, 1000], but was -1");
        ops(c, "warm-up 1001", List.of(FC), FAST.toBuilder().setWarmup(1001).build(),
                Code.INVALID_ARGUMENT, "settings.warmup must be in [0, 1000], but was 1001");
        ops(c, "negative repetitions", List.of(FC), FAST.toBuilder().setRepetitions(-3).build(),
                Code.INVALID_ARGUMENT, "settings.repetitions must be in [1, 1000], but was -3");
        ops(c, "repetitions 5000", List.of(FC), FAST.toBuilder().setRepetitions(5000).build(),
                Code.INVALID_ARGUMENT, "settings.repetitions must be in [1, 1000], but was 5000");
        ops(c, "rounds 101", List.of(FC), FAST.toBuilder().setRounds(101).build(),
                Code.INVALID_ARGUMENT, "settings.rounds must be in [1, 100], but was 101");
        ops(c, "negative max_cv", List.of(FC), FAST.toBuilder().setMaxCv(-0.1).build(),
                Code.INVALID_ARGUMENT, "settings.max_cv must be in (0, 10.0]");
        ops(c, "NaN max_cv", List.of(FC), FAST.toBuilder().setMaxCv(Double.NaN).build(),
                Code.INVALID_ARGUMENT, "but was NaN");
        ops(c, "max_remeasure 11", List.of(FC), FAST.toBuilder().setMaxRemeasure(11).build(),
                Code.INVALID_ARGUMENT, "settings.max_remeasure must be in [0, 10], but was 11");
        ops(c, "dtype int8", List.of(FC), FAST.toBuilder().setDtype("int8").build(),
                Code.INVALID_ARGUMENT, "settings.dtype must be one of float32, float16, but was");
        ops(c, "float16 on cpu", List.of(FC), FAST.toBuilder().setDtype("float16").build(),
                Code.FAILED_PRECONDITION, "settings.dtype float16 is not supported on cpu");
        ops(c, "unknown engine", List.of(FC), FAST.toBuilder().setEngine("tensorflow").build(),
                Code.INVALID_ARGUMENT, "settings.engine must be one of pytorch, onnxruntime,"
                        + " tensorrt, but was 'tensorflow'");
        ops(c, "engine not here", List.of(FC), FAST.toBuilder().setEngine("onnxruntime").build(),
                Code.FAILED_PRECONDITION, "settings.engine onnxruntime is not available on this"
                        + " agent: this agent measures with pytorch");
        // the reason (no GPU, no TensorRT, or "measures with pytorch") is TensorRtUnavailableTest's
        ops(c, "engine not on this agent", List.of(FC),
                FAST.toBuilder().setEngine("tensorrt").build(), Code.FAILED_PRECONDITION,
                "settings.engine tensorrt is not available on this agent: ");
        ops(c, "unknown device", List.of(FC), FAST.toBuilder().setDevice("tpu").build(),
                Code.INVALID_ARGUMENT, "settings.device must be cpu, cuda or cuda:N, but was 'tpu'");
        ops(c, "device not here", List.of(FC), FAST.toBuilder().setDevice("cuda").build(),
                Code.FAILED_PRECONDITION, "settings.device must be this agent's device cpu, but"
                        + " was cuda:0");
        ops(c, "other thread count", List.of(FC), FAST.toBuilder().setThreads(4).build(),
                Code.FAILED_PRECONDITION, "settings.threads must be 0 or this agent's fixed"
                        + " thread count 1, but was 4");
        ops(c, "negative threads", List.of(FC), FAST.toBuilder().setThreads(-1).build(),
                Code.INVALID_ARGUMENT, "settings.threads must be >= 0");
        // architectures
        model(c, "empty architecture", "", FAST, Code.INVALID_ARGUMENT,
                "architecture_json must not be empty");
        model(c, "not JSON", "{", FAST, Code.INVALID_ARGUMENT,
                "architecture_json: architecture JSON is not valid JSON");
        model(c, "JSON array", "[]", FAST, Code.INVALID_ARGUMENT,
                "architecture JSON must be an object");
        model(c, "nested 5000 deep", "[".repeat(5000) + "]".repeat(5000), FAST,
                Code.INVALID_ARGUMENT, "architecture_json:");
        model(c, "unknown field", TINY_NET.replace("\"classes\"", "\"extra\":1,\"classes\""), FAST,
                Code.INVALID_ARGUMENT, "unknown field 'extra'");
        model(c, "broken chain", TINY_NET.replace("\"in\":8,\"out\":16", "\"in\":9,\"out\":16"),
                FAST, Code.INVALID_ARGUMENT, "blocks[2] input must be 8x8x8");
        model(c, "classes overflow", TINY_NET.replace("\"classes\":10", "\"classes\":1e20"),
                FAST, Code.INVALID_ARGUMENT, "architecture.classes must be an integer");
        model(c, "600 blocks", deepNet(600), FAST, Code.INVALID_ARGUMENT,
                "architecture_json must have at most 512 blocks, but had 603");
        model(c, "over a megabyte", " ".repeat(1 << 20) + TINY_NET, FAST, Code.INVALID_ARGUMENT,
                "architecture_json must be at most 1048576 characters");
        model(c, "model too big for memory", wideNet(224), FAST.toBuilder().setBatch(256).build(),
                Code.INVALID_ARGUMENT, "architecture_json needs an estimated");
        model(c, "model with bad batch", TINY_NET, FAST.toBuilder().setBatch(300).build(),
                Code.INVALID_ARGUMENT, "settings.batch must be in [1, 256], but was 300");
        model(c, "model on another device", TINY_NET, FAST.toBuilder().setDevice("cuda:1").build(),
                Code.FAILED_PRECONDITION, "but was cuda:1");
        // authentication
        auth(c, "no token", null, "authorization metadata must be 'Bearer <agent token>', but was"
                + " missing");
        auth(c, "wrong token", "Bearer nope", "did not match");
        auth(c, "wrong scheme", "Basic " + TOKEN, "did not match");
        auth(c, "token with trailing space", "Bearer " + TOKEN + " ", "did not match");
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Order(1)
    void badRequestGetsItsStatusAndAMessageNamingTheField(String name,
            Consumer<BadRequestCorpusTest> request, Code code, String fragment) {
        sent++;
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> request.accept(this));
        assertEquals(code, e.getStatus().getCode(), e.getStatus().toString());
        String description = String.valueOf(e.getStatus().getDescription());
        assertTrue(description.contains(fragment), "expected '" + fragment + "' in: "
                + description);
        assertTrue(description.length() < 600, "message too long: " + description.length());
    }

    @Test
    @Order(2)
    void agentStillAnswersHealthAndMeasuresAfterAllOfThem() {
        assertTrue(sent >= 30, "corpus must hold at least 30 requests, but held " + sent);
        assertEquals("SERVING", stub().health(HealthRequest.getDefaultInstance()).getStatus());
        assertEquals(0, fixture.agent().health().measuredBlocks());
        assertEquals(FC, stub().profileOps(ProfileOpsRequest.newBuilder().addOpKeys(FC)
                .setSettings(FAST).build()).next().getOpKey());
    }

    private static void ops(List<Arguments> c, String name, List<String> keys,
            MeasurementSettings s, Code code, String fragment) {
        Consumer<BadRequestCorpusTest> call = t -> t.stub().profileOps(ProfileOpsRequest
                .newBuilder().addAllOpKeys(keys).setSettings(s).build()).next();
        c.add(Arguments.of(name, call, code, fragment));
    }

    private static void model(List<Arguments> c, String name, String json,
            MeasurementSettings s, Code code, String fragment) {
        Consumer<BadRequestCorpusTest> call = t -> t.stub().profileModel(ProfileModelRequest
                .newBuilder().setArchitectureJson(json).setSettings(s).build());
        c.add(Arguments.of(name, call, code, fragment));
    }

    private static void auth(List<Arguments> c, String name, String header, String fragment) {
        Consumer<BadRequestCorpusTest> call = t -> (header == null ? t.fixture.blocking()
                : t.fixture.withAuthorization(header)).health(HealthRequest.getDefaultInstance());
        c.add(Arguments.of(name, call, Code.UNAUTHENTICATED, fragment));
    }

    /** A valid network with {@code depth} tiny blocks between stem and head. */
    private static String deepNet(int depth) {
        List<BlockSpec> blocks = new ArrayList<>();
        blocks.add(new BlockSpec(BlockType.STEM, -1, 1, 8, 3, 1, 1, Activation.RELU, false, 4, 4));
        for (int i = 0; i < depth; i++) {
            blocks.add(new BlockSpec(BlockType.MBCONV, 0, 8, 8, 3, 1, 1, Activation.RELU, false,
                    4, 4));
        }
        blocks.add(new BlockSpec(BlockType.HEAD, 1, 8, 16, 1, 1, 1, Activation.RELU, false, 4, 4));
        blocks.add(new BlockSpec(BlockType.CLASSIFIER, 1, 16, 10, 1, 1, 1, null, false, 1, 1));
        return new Architecture(new InputShape(1, 4, 4), 10, blocks).toJson();
    }

    /** A valid network at a large input size. */
    private static String wideNet(int size) {
        List<BlockSpec> blocks = List.of(
                new BlockSpec(BlockType.STEM, -1, 1, 8, 3, 1, 1, Activation.RELU, false, size, size),
                new BlockSpec(BlockType.HEAD, 1, 8, 16, 1, 1, 1, Activation.RELU, false, size, size),
                new BlockSpec(BlockType.CLASSIFIER, 1, 16, 10, 1, 1, 1, null, false, 1, 1));
        return new Architecture(new InputShape(1, size, size), 10, blocks).toJson();
    }
}
