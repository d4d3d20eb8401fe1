package io.jnas.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.space.SearchSpace;
import io.jnas.space.Spaces;
import io.jnas.space.SubnetChoice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArchitectureJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<String> shipped() {
        return Spaces.SHIPPED;
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void randomSubnetsRoundTripExactly(String file) {
        SearchSpace space = Spaces.load(file);
        Random rng = new Random(17);
        for (int i = 0; i < 100; i++) {
            Architecture a = space.resolve(space.sample(rng));
            String json = a.toJson();
            Architecture back = Architecture.fromJson(json);
            assertEquals(a, back);
            assertEquals(json, back.toJson());
            assertEquals(a.hash(), back.hash());
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void readingIgnoresFieldOrderAndWhitespace(String file) throws Exception {
        SearchSpace space = Spaces.load(file);
        Architecture a = space.resolve(space.sample(new Random(3)));
        JsonNode shuffled = shuffle(MAPPER.readTree(a.toJson()), new Random(5));
        String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(shuffled);
        assertNotEquals(a.toJson(), pretty);
        assertEquals(a, Architecture.fromJson(pretty));
        assertEquals(a.toJson(), Architecture.fromJson(pretty).toJson());
    }

    /** The same JSON with the fields of every object in a random order. */
    private static JsonNode shuffle(JsonNode n, Random rng) {
        if (n.isObject()) {
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, rng);
            Collections.reverse(names);
            ObjectNode o = MAPPER.createObjectNode();
            names.forEach(f -> o.set(f, shuffle(n.get(f), rng)));
            return o;
        }
        if (n.isArray()) {
            var arr = MAPPER.createArrayNode();
            n.forEach(e -> arr.add(shuffle(e, rng)));
            return arr;
        }
        return n;
    }

    @Test
    void equalArchitecturesHashEqualAndDifferentOnesDiffer() {
        SearchSpace space = Spaces.load("cifar-small.yaml");
        Map<SubnetChoice, String> hashByChoice = new HashMap<>();
        Random rng = new Random(23);
        for (int i = 0; i < 1000; i++) {
            SubnetChoice choice = space.sample(rng);
            String hash = space.resolve(choice).hash();
            assertEquals(16, hash.length());
            String earlier = hashByChoice.putIfAbsent(choice, hash);
            if (earlier != null) {
                assertEquals(earlier, hash, "the same subnet resolved twice hashed differently");
            }
        }
        assertEquals(hashByChoice.size(), Set.copyOf(hashByChoice.values()).size(),
                "different subnets must have different hashes");
    }

    @Test
    void canonicalFormHasFixedOrderAndNoWhitespace() {
        Architecture a = Spaces.tiny().resolve(Spaces.tiny().minimal());
        String json = a.toJson();
        assertEquals(-1, json.indexOf(' '));
        assertEquals(0, json.indexOf("{\"input\":{\"channels\":1,\"height\":8,\"width\":8},"
                + "\"classes\":10,\"blocks\":[{\"type\":\"stem\",\"stage\":-1,\"in\":1,\"out\":8,"
                + "\"kernel\":3,\"stride\":1,\"expand\":1,\"activation\":\"relu\",\"se\":false,"
                + "\"h\":8,\"w\":8}"));
    }

    private static final String STEM = "{\"type\":\"stem\",\"stage\":-1,\"in\":1,\"out\":8,"
            + "\"kernel\":3,\"stride\":1,\"expand\":1,\"activation\":\"relu\",\"se\":false,\"h\":8,"
            + "\"w\":8}";
    private static final String HEAD = "{\"type\":\"head\",\"stage\":1,\"in\":8,\"out\":16,"
            + "\"kernel\":1,\"stride\":1,\"expand\":1,\"activation\":\"relu\",\"se\":false,\"h\":8,"
            + "\"w\":8}";
    private static final String FC = "{\"type\":\"fc\",\"stage\":1,\"in\":16,\"out\":10,"
            + "\"kernel\":1,\"stride\":1,\"expand\":1,\"activation\":null,\"se\":false,\"h\":1,"
            + "\"w\":1}";

    /** A small valid architecture in canonical form: stem, head, classifier. */
    static String validJson() {
        return "{\"input\":{\"channels\":1,\"height\":8,\"width\":8},\"classes\":10,\"blocks\":["
                + STEM + "," + HEAD + "," + FC + "]}";
    }

    static Stream<Arguments> badJson() {
        String stem = STEM;
        String head = HEAD;
        String input = "\"input\":{\"channels\":1,\"height\":8,\"width\":8}";
        String ok = validJson();
        return Stream.of(
                Arguments.of("{", "architecture JSON is not valid JSON at line 1, column 2:"
                        + " Unexpected end-of-input: expected close marker for Object"),
                Arguments.of("{\"input\": tru}", "architecture JSON is not valid JSON at line 1,"
                        + " column 14: Unrecognized token 'tru': was expecting (JSON String, Number,"
                        + " Array, Object or token 'null', 'true' or 'false')"),
                Arguments.of("[]", "architecture JSON must be an object"),
                Arguments.of(ok.replace("\"classes\":10", "\"classes\":10,\"name\":\"x\""),
                        "architecture has unknown field 'name'"),
                Arguments.of(ok.replace(input + ",", ""), "architecture.input must be an object"),
                Arguments.of(ok.replace("\"height\":8,", ""),
                        "input.height must be an integer, but was null"),
                Arguments.of(ok.replace("\"classes\":10", "\"classes\":\"10\""),
                        "architecture.classes must be an integer, but was \"10\""),
                Arguments.of(ok.replace("\"blocks\":[", "\"blocks\":{\"a\":[").replace("]}", "]}}"),
                        "architecture.blocks must be an array"),
                Arguments.of(ok.replace(stem, "3"), "blocks[0] must be an object"),
                Arguments.of(ok.replace("\"type\":\"stem\"", "\"type\":\"conv\""),
                        "blocks[0].type must be one of stem, mbconv, head, fc, but was 'conv'"),
                Arguments.of(ok.replace("\"activation\":\"relu\",\"se\":false,\"h\":8,\"w\":8}," + head,
                        "\"activation\":\"swish2\",\"se\":false,\"h\":8,\"w\":8}," + head),
                        "blocks[0].activation must be one of relu, relu6, hardswish, silu, gelu,"
                                + " mish, leaky_relu, prelu, but was \"swish2\""),
                Arguments.of(ok.replaceFirst("\"se\":false", "\"se\":0"),
                        "blocks[0].se must be true or false"),
                Arguments.of(ok.replaceFirst("\"kernel\":3", "\"kernel\":4"),
                        "blocks[0]: kernel must be odd, but was 4"),
                Arguments.of(ok.replaceFirst("\"out\":8", "\"out\":9"),
                        "blocks[1] input must be 9x8x8 (the previous output), but was 8x8x8"),
                Arguments.of(ok.replace("\"classes\":10", "\"classes\":12"),
                        "last block must be an fc block with 12 outputs, but was " + fcSpec()),
                Arguments.of(ok.replaceFirst("\"w\":8", "\"w\":8,\"x\":1"),
                        "blocks[0] has unknown field 'x'"),
                Arguments.of(ok.replace("\"activation\":null", "\"activation\":\"relu\""),
                        "blocks[2]: fc block must have kernel 1, stride 1, expand 1, no activation,"
                                + " no se and input 1x1, but had kernel 1, stride 1, expand 1,"
                                + " activation relu, se false, input 1x1"));
    }

    private static String fcSpec() {
        return new BlockSpec(BlockType.CLASSIFIER, 1, 16, 10, 1, 1, 1, null, false, 1, 1).toString();
    }

    @ParameterizedTest
    @MethodSource("badJson")
    void badJsonIsRejectedWithAClearMessage(String json, String message) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Architecture.fromJson(json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theValidBaseOfTheBadCorpusReads() {
        Architecture a = Architecture.fromJson(validJson());
        assertEquals(3, a.blocks().size());
        assertEquals(validJson(), a.toJson());
    }
}
