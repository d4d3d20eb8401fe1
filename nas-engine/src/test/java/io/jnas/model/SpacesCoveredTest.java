package io.jnas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnas.search.Spaces;
import io.jnas.space.SearchSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fails when a space is shipped that the codec+DJL tests do not cover. */
class SpacesCoveredTest {

    @Test
    void codecModelTestsCoverEveryShippedSpace() {
        assertEquals(List.of("cifar-small", "fashion-mnist-small", "mnist-small", "mobilenet-224"),
                Spaces.shipped());
        // cell spaces: CellCodecTest decodes every cell of each, CellModelBuilderTest builds them
        assertEquals(List.of("nb201", "nb201-mini"), Spaces.shippedCells());
    }

    /**
     * The main job's space and the tests' digits space differ in name only, so the lookup tables
     * list both (every block key of one is a key of the other).
     */
    @Test
    void fashionMnistSmallIsTheTwinOfMnistSmall() {
        SearchSpace fashion = Spaces.load("fashion-mnist-small");
        SearchSpace digits = Spaces.load("mnist-small");
        assertEquals(new SearchSpace(fashion.name(), digits.input(), digits.classes(),
                digits.stem(), digits.stages(), digits.head()), fashion);
    }
}
