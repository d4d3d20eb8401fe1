package io.jnas.profile;

import java.util.List;

/**
 * Whether a space can meet one constraint.
 *
 * @param lowest the lowest value of the metric over the whole space (exact, see
 *     {@link LowestCost})
 * @param satisfiable true when some subnet meets the constraint ({@code lowest <= limit})
 * @param satisfiedBy which of the profiled subnets (min, centroid, max) meet it
 */
public record ConstraintCheck(Constraint constraint, long lowest, boolean satisfiable,
        List<String> satisfiedBy) {

    public ConstraintCheck {
        satisfiedBy = List.copyOf(satisfiedBy);
    }
}
