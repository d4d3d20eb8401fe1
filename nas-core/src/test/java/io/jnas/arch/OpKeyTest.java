package io.jnas.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnas.space.SearchSpace;
import io.jnas.space.Spaces;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"mnist-small.yaml", "cifar-small.yaml", "mobilenet-224.yaml"})
    void everyKeyOfRandomSubnetsRoundTripsThroughItsText(String file) {
        SearchSpace space = Spaces.load(file);
        Random rng = new Random(29);
        for (int i = 0; i < 50; i++) {
            Architecture a = space.resolve(space.sample(rng));
            for (BlockSpec b : a.blocks()) {
                OpKey k = b.opKey();
                assertEquals(k, OpKey.parse(k.toString()));
                assertEquals(k.toString(), OpKey.parse(k.toString()).toString());
                // the key forgets only the stage
                assertEquals(b, withStage(k.toBlockSpec(), b.stage()));
            }
        }
    }

    private static BlockSpec withStage(BlockSpec b, int stage) {
        return new BlockSpec(b.type(), stage, b.inChannels(), b.outChannels(), b.kernel(), b.stride(),
                b.expand(), b.activation(), b.se(), b.inHeight(), b.inWidth());
    }

    @Test
    void canonicalTextOfEachBlockType() {
        assertEquals("mbconv:i16:o24:k5:s2:e6:hardswish:se1:28x28",
                OpKey.parse("mbconv:i16:o24:k5:s2:e6:hardswish:se1:28x28").toString());
        OpKey fc = OpKey.parse("fc:i128:o10:k1:s1:e1:none:se0:1x1");
        assertEquals(BlockType.CLASSIFIER, fc.type());
        assertEquals(null, fc.activation());
        assertEquals("stem:i3:o16:k3:s2:e1:leaky_relu:se0:224x224",
                new OpKey(BlockType.STEM, 3, 16, 3, 2, 1, Activation.LEAKY_RELU, false, 224, 224)
                        .toString());
    }

    @Test
    void theStageIsNotPartOfTheKey() {
        BlockSpec a = new BlockSpec(BlockType.MBCONV, 1, 16, 16, 3, 1, 3, Activation.RELU, false, 14, 14);
        BlockSpec b = new BlockSpec(BlockType.MBCONV, 2, 16, 16, 3, 1, 3, Activation.RELU, false, 14, 14);
        assertEquals(a.opKey(), b.opKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mbconv:i16:o24:k5:s2:e6:relu:se1               | op key must look like 'mbconv:i16:o24:k3:s1:e6:relu:se0:28x28', but was 'mbconv:i16:o24:k5:s2:e6:relu:se1'
            MBCONV:i16:o24:k5:s2:e6:relu:se1:28x28         | op key must look like 'mbconv:i16:o24:k3:s1:e6:relu:se0:28x28', but was 'MBCONV:i16:o24:k5:s2:e6:relu:se1:28x28'
            conv:i16:o24:k5:s2:e6:relu:se1:28x28           | op key block type must be one of stem, mbconv, head, fc, but was 'conv'
            mbconv:i16:o24:k5:s2:e6:swish2:se1:28x28       | op key activation must be one of relu, relu6, hardswish, silu, gelu, mish, leaky_relu, prelu, but was 'swish2'
            mbconv:i16:o24:k4:s2:e6:relu:se1:28x28         | kernel must be odd, but was 4
            mbconv:i0:o24:k3:s2:e6:relu:se1:28x28          | inChannels must be in [1, 4096], but was 0
            mbconv:i16:o99999:k3:s2:e6:relu:se1:28x28      | outChannels must be in [1, 4096], but was 99999
            mbconv:i16:o24:k3:s9:e6:relu:se1:28x28         | stride must be in [1, 4], but was 9
            mbconv:i16:o24:k3:s1:e6:relu:se1:2000x28       | inHeight must be in [1, 1024], but was 2000
            mbconv:i4096:o24:k3:s1:e16:relu:se1:8x8        | inChannels * expand must be <= 16384, but was 65536
            stem:i3:o16:k3:s2:e6:relu:se0:32x32            | stem block must have expand 1 and no se, but was expand 6, se false
            head:i16:o64:k3:s1:e1:relu:se0:7x7             | head block must have kernel 1 and stride 1
            fc:i16:o10:k1:s1:e1:relu:se0:1x1               | fc block must have kernel 1, stride 1, expand 1, no activation, no se and input 1x1, but had kernel 1, stride 1, expand 1, activation relu, se false, input 1x1
            mbconv:i16:o24:k3:s1:e6:none:se0:8x8           | mbconv block must have an activation, but had none
            """)
    void badKeysAreRejectedWithAClearMessage(String key, String message) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> OpKey.parse(key));
        assertEquals(message, e.getMessage());
    }
}
