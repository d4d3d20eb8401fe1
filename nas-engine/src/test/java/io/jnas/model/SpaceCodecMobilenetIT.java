package io.jnas.model;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 200 random genotypes of mobilenet-224 through DJL at batch 1; an IT because building and running
 * 224x224 networks takes minutes on two cores.
 */
class SpaceCodecMobilenetIT {

    /** The spaces this test builds; {@link SpacesCoveredTest} checks them against the shipped ones. */
    static final List<String> SPACES = List.of("mobilenet-224");

    @Test
    void randomGenotypesBuildRunAndCountLikeStaticCost() {
        SPACES.forEach(s -> CodecModelCheck.check(s, 200, 2024));
    }
}
