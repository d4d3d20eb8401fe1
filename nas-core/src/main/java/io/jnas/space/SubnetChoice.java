package io.jnas.space;

import io.jnas.arch.Activation;
import java.util.List;

/**
 * The values chosen for each stage of a space: what a genotype decodes to before it becomes an
 * {@link io.jnas.arch.Architecture} through {@link SearchSpace#resolve(SubnetChoice)}.
 */
public record SubnetChoice(List<Stage> stages) {

    public SubnetChoice {
        stages = List.copyOf(stages);
    }

    /** One stage: its channels, squeeze-excite, and one entry per block (the depth). */
    public record Stage(int channels, boolean se, List<Block> blocks) {
        public Stage {
            blocks = List.copyOf(blocks);
        }
    }

    /** One block's kernel, expansion ratio and activation. */
    public record Block(int kernel, int expand, Activation activation) {
    }
}
