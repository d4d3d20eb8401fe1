package io.jnas.profile;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.InputShape;
import io.jnas.space.SearchSpace;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code nas profile} reports about a search space, as a value: the min, centroid and max
 * subnets with their static cost, the choices of every stage, the number of subnets, and whether
 * each constraint can be met. Like ModelOpt's {@code mtn.profile}, before any search is run.
 *
 * <pre>{@code
 * SpaceProfile p = SpaceProfile.of(space, Constraint.parseList("flops=60M"));
 * boolean ok = p.constraints().get(0).satisfiable();
 * }</pre>
 */
public record SpaceProfile(String name, String spaceHash, InputShape input, int classes,
        SubnetProfile min, SubnetProfile centroid, SubnetProfile max, List<StageProfile> stages,
        BigInteger size, List<ConstraintCheck> constraints) {

    public SpaceProfile {
        requireNonNull(name, "name");
        stages = List.copyOf(stages);
        constraints = List.copyOf(constraints);
    }

    public static SpaceProfile of(SearchSpace space, List<Constraint> constraints) {
        SubnetProfile min = SubnetProfile.of("min", space.resolve(space.minimal()));
        SubnetProfile centroid = SubnetProfile.of("centroid", space.resolve(space.centroid()));
        SubnetProfile max = SubnetProfile.of("max", space.resolve(space.maximal()));
        List<StageProfile> stages = new ArrayList<>();
        for (int i = 0; i < space.stages().size(); i++) {
            stages.add(StageProfile.of(i, space.stages().get(i)));
        }
        List<ConstraintCheck> checks = new ArrayList<>();
        for (Constraint c : constraints) {
            long lowest = LowestCost.of(space, c.metric());
            List<String> by = new ArrayList<>();
            for (SubnetProfile s : List.of(min, centroid, max)) {
                if (c.admits(s.value(c.metric()))) {
                    by.add(s.label());
                }
            }
            checks.add(new ConstraintCheck(c, lowest, c.admits(lowest), by));
        }
        return new SpaceProfile(space.name(), space.hash(), space.input(), space.classes(), min,
                centroid, max, stages, space.size(), checks);
    }

    /** The three profiled subnets, smallest first. */
    public List<SubnetProfile> subnets() {
        return List.of(min, centroid, max);
    }

    /** True when the min subnet meets every constraint at once (so a search can start there). */
    public boolean minMeetsAll() {
        return constraints.stream().allMatch(c -> c.satisfiedBy().contains("min"));
    }
}
