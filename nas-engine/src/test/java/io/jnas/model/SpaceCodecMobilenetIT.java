package io.jnas.model;

import org.junit.jupiter.api.Test;

/**
 * 200 random genotypes of mobilenet-224 through DJL at batch 1; an IT because building and running
 * 224x224 networks takes minutes on two cores.
 */
class SpaceCodecMobilenetIT {

    @Test
    void randomGenotypesBuildRunAndCountLikeStaticCost() {
        CodecModelCheck.check("mobilenet-224", 200, 2024);
    }
}
