package io.jnas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnas.search.Spaces;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fails when a space is shipped that the codec+DJL tests do not cover. */
class SpacesCoveredTest {

    @Test
    void codecModelTestsCoverEveryShippedSpace() {
        assertEquals(List.of("cifar-small", "mnist-small", "mobilenet-224"), Spaces.shipped());
        // cell spaces: CellCodecTest decodes every cell of each, CellModelBuilderTest builds them
        assertEquals(List.of("nb201", "nb201-mini"), Spaces.shippedCells());
    }
}
