package io.jnas.model;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 200 random genotypes per small shipped space through DJL (mobilenet-224: the IT). */
class SpaceCodecModelTest {

    /** The spaces this test builds; {@link SpacesCoveredTest} checks them against the shipped ones. */
    static List<String> spaces() {
        return List.of("mnist-small", "fashion-mnist-small", "cifar-small");
    }

    @ParameterizedTest
    @MethodSource("spaces")
    void randomGenotypesBuildRunAndCountLikeStaticCost(String space) {
        CodecModelCheck.check(space, 200, 2024);
    }
}
