package io.jnas.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 200 random genotypes per small shipped space through DJL (mobilenet-224: the IT). */
class SpaceCodecModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"mnist-small", "fashion-mnist-small", "cifar-small"})
    void randomGenotypesBuildRunAndCountLikeStaticCost(String space) {
        CodecModelCheck.check(space, 200, 2024);
    }
}
