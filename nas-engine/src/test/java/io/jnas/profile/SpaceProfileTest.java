package io.jnas.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnas.cost.StaticCost;
import io.jnas.space.SearchSpace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceProfileTest {

    @Test
    void subnetsCarryTheStaticCostOfMinCentroidAndMax() {
        SearchSpace space = TestSpaces.load("mnist-small.yaml");
        SpaceProfile p = SpaceProfile.of(space, List.of());
        StaticCost min = StaticCost.of(space.resolve(space.minimal()));
        StaticCost max = StaticCost.of(space.resolve(space.maximal()));
        assertEquals(min.params(), p.min().params());
        assertEquals(min.flops(), p.min().flops());
        assertEquals(min.peakActivationBytes(), p.min().peakActivationBytes());
        assertEquals(max.macs(), p.max().macs());
        assertEquals(space.resolve(space.centroid()).hash(), p.centroid().hash());
        assertTrue(p.min().flops() < p.centroid().flops());
        assertTrue(p.centroid().flops() < p.max().flops());
    }

    @Test
    void countsChoicesPerStageAndTheWholeSpace() {
        SpaceProfile p = SpaceProfile.of(TestSpaces.tiny(), List.of());
        assertEquals(BigInteger.valueOf(11520), p.size());
        StageProfile s0 = p.stages().get(0);
        assertEquals(List.of(1, 2), s0.depth());
        assertEquals(List.of("relu", "silu"), s0.activation());
        assertEquals(8, s0.blockChoices());
        assertEquals(BigInteger.valueOf(288), s0.subnets());
        assertEquals(BigInteger.valueOf(40), p.stages().get(1).subnets());
        assertEquals("2/2/2/2/2/2", s0.choiceCounts());
        assertEquals("2/2/1/2/2/1", p.stages().get(1).choiceCounts());
    }

    @Test
    void aConstraintIsSatisfiableWhenTheLowestCostInTheSpaceMeetsIt() {
        SearchSpace space = TestSpaces.load("mnist-small.yaml");
        SpaceProfile base = SpaceProfile.of(space, List.of());
        long minFlops = base.min().flops();
        long lowestFlops = LowestCost.of(space, CostMetric.FLOPS);
        SpaceProfile p = SpaceProfile.of(space, List.of(
                new Constraint(CostMetric.FLOPS, base.centroid().flops()),
                new Constraint(CostMetric.FLOPS, lowestFlops),
                new Constraint(CostMetric.FLOPS, lowestFlops - 1),
                new Constraint(CostMetric.PARAMS, 10_000_000)));

        ConstraintCheck centroid = p.constraints().get(0);
        assertTrue(centroid.satisfiable());
        assertEquals(List.of("min", "centroid"), centroid.satisfiedBy());
        assertEquals(lowestFlops, centroid.lowest());
        assertTrue(lowestFlops <= minFlops);

        assertTrue(p.constraints().get(1).satisfiable(), "a limit equal to the lowest is met");
        ConstraintCheck tooTight = p.constraints().get(2);
        assertFalse(tooTight.satisfiable());
        assertEquals(List.of(), tooTight.satisfiedBy());
        assertEquals(List.of("min", "centroid", "max"), p.constraints().get(3).satisfiedBy());
        assertFalse(p.minMeetsAll());
    }

    @Test
    void textAndJsonCarryTheSameFigures() throws Exception {
        SearchSpace space = TestSpaces.load("cifar-small.yaml");
        SpaceProfile p = SpaceProfile.of(space, Constraint.parseList("flops=60M,memory=1MiB"));
        JsonNode json = new ObjectMapper().readTree(ProfileJson.write(p));
        assertEquals("cifar-small", json.get("space").asText());
        assertEquals(p.size().toString(), json.get("size").asText());
        assertEquals(p.max().params(), json.get("subnets").get("max").get("params").asLong());
        assertEquals(p.min().peakActivationBytes(),
                json.get("subnets").get("min").get("peakActivationBytes").asLong());
        assertEquals(4, json.get("stages").size());
        assertEquals("memory", json.get("constraints").get(1).get("metric").asText());
        assertEquals(1_048_576, json.get("constraints").get(1).get("limit").asLong());
        assertEquals(p.constraints().get(0).satisfiable(),
                json.get("constraints").get(0).get("satisfiable").asBoolean());

        StringWriter text = new StringWriter();
        ProfileText.write(p, new PrintWriter(text));
        assertTrue(text.toString().contains("Size: " + p.size() + " subnets"), text.toString());
        assertTrue(text.toString().contains("flops <= 60M"), text.toString());
        assertTrue(text.toString().contains("memory <= 1.05MB"), text.toString());
    }

    @Test
    void formatsCountsBytesAndHugeSizes() {
        assertEquals("999", ProfileText.count(999));
        assertEquals("1.5M", ProfileText.count(1_500_000));
        assertEquals("15.5K", ProfileText.count(15_487));
        assertEquals("201KB", ProfileText.bytes(200_704));
        assertEquals("512 B", ProfileText.bytes(512));
        assertEquals("~6.33e11", ProfileText.approx(new BigInteger("633143008512")));
        assertEquals("~3.93e31",
                ProfileText.approx(new BigInteger("39307756686460077149452857210624")));
        assertEquals("~7e0", ProfileText.approx(BigInteger.valueOf(7)));
    }
}
