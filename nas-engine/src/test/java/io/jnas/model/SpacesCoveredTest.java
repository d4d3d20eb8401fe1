package io.jnas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jnas.search.Spaces;
import io.jnas.space.SearchSpace;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Fails when a block-list space is shipped that no codec+DJL check builds: every shipped space
 * must be one that {@link SpaceCodecModelTest} or {@link SpaceCodecMobilenetIT} runs through
 * {@link CodecModelCheck}, and those name only shipped spaces. (Cell spaces need no list:
 * {@code CellCodecTest} walks {@link Spaces#shippedCells()} itself.)
 */
class SpacesCoveredTest {

    @Test
    void codecModelChecksCoverEveryShippedSpace() {
        Set<String> covered = new TreeSet<>(SpaceCodecModelTest.spaces());
        covered.addAll(SpaceCodecMobilenetIT.SPACES);
        assertEquals(new TreeSet<>(Spaces.shipped()), covered,
                "shipped block-list spaces vs those the codec+DJL checks build");
    }

    @Test
    void noSpaceIsBuiltTwice() {
        List<String> fast = SpaceCodecModelTest.spaces();
        SpaceCodecMobilenetIT.SPACES.forEach(s -> assertFalse(fast.contains(s), s));
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
