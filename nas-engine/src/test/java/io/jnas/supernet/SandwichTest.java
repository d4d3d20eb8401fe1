package io.jnas.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Activation;
import io.jnas.space.SearchSpace;
import io.jnas.space.StageSpace;
import io.jnas.space.SubnetChoice;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SandwichTest {

    @Test
    void largestAndSmallestAreTheExtremesWithSqueezeExciteOnlyInTheLargest() {
        SearchSpace space = ChoiceTextTest.space();
        List<SubnetChoice> step = Sandwich.of(space, 2, 1, 0);
        assertEquals(4, step.size());
        SubnetChoice big = step.get(0);
        SubnetChoice small = step.get(1);
        for (int i = 0; i < space.stages().size(); i++) {
            StageSpace s = space.stages().get(i);
            SubnetChoice.Stage b = big.stages().get(i);
            SubnetChoice.Stage m = small.stages().get(i);
            assertEquals(s.maxDepth(), b.blocks().size());
            assertEquals(s.channels().stream().max(Integer::compare).orElseThrow(), b.channels());
            assertEquals(s.se().contains(true), b.se(), "stage " + i);
            assertEquals(s.se().contains(true) && !s.se().contains(false), m.se(), "stage " + i);
            assertEquals(space.minimal().stages().get(i).blocks().size(), m.blocks().size());
            assertEquals(space.minimal().stages().get(i).channels(), m.channels());
            for (int j = 0; j < b.blocks().size(); j++) {
                assertEquals(space.maximal().stages().get(i).blocks().get(j).kernel(),
                        b.blocks().get(j).kernel());
                assertEquals(space.maximal().stages().get(i).blocks().get(j).expand(),
                        b.blocks().get(j).expand());
            }
        }
        assertEquals(space.resolve(space.maximal()).blocks().size(),
                space.resolve(big).blocks().size());
    }

    @Test
    void everyActivationReachesLargestAndSmallestAndEachStepRepeats() {
        SearchSpace space = ChoiceTextTest.space();
        Set<Activation> inLargest = new HashSet<>();
        Set<Activation> inSmallest = new HashSet<>();
        for (int step = 0; step < 20; step++) {
            List<SubnetChoice> sandwich = Sandwich.of(space, 1, 7, step);
            assertEquals(sandwich, Sandwich.of(space, 1, 7, step));
            sandwich.get(0).stages().forEach(s -> s.blocks()
                    .forEach(b -> inLargest.add(b.activation())));
            sandwich.get(1).stages().forEach(s -> s.blocks()
                    .forEach(b -> inSmallest.add(b.activation())));
        }
        Set<Activation> all = new HashSet<>(space.stages().get(0).activation());
        assertEquals(all, inLargest);
        assertEquals(all, inSmallest);
        assertNotEquals(Sandwich.of(space, 1, 7, 0), Sandwich.of(space, 1, 8, 0));
        assertTrue(Sandwich.largest(space).stages().stream().allMatch(s -> s.blocks().stream()
                .allMatch(b -> b.activation() == Activation.RELU)));
    }
}
