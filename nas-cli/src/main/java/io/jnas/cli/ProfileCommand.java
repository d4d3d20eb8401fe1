package io.jnas.cli;

import io.jnas.cell.CellSpace;
import io.jnas.cli.options.SpaceOption;
import io.jnas.codec.CellCodec;
import io.jnas.options.VerboseOption;
import io.jnas.profile.CellProfile;
import io.jnas.profile.Constraint;
import io.jnas.profile.ProfileJson;
import io.jnas.profile.ProfileText;
import io.jnas.profile.SpaceProfile;
import io.jnas.space.SearchSpace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nas profile}: what a search space holds and costs, before any search is run. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {
            "Profiles a search space: the min, centroid and max subnet with params, FLOPs and"
                    + " peak activation memory, the choices per stage, the number of subnets, and"
                    + " whether each constraint can be met.",
            "Exit codes: 0 ok, 2 bad space file or bad option."})
public final class ProfileCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    SpaceOption space;

    @Option(names = "--constraint", paramLabel = "KEY=VALUE", split = ",",
            converter = ConstraintConverter.class,
            description = "Upper bounds, comma-separated or repeated: flops, macs, params, memory"
                    + " (peak activation bytes); suffix K, M, G (x1000) or Ki, Mi, Gi (x1024),"
                    + " e.g. flops=60M,params=1.5M,memory=2MB.")
    List<Constraint> constraints = List.of();

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path file = space.file();
        if (CellSpace.describedBy(file)) {
            CellProfile cells = CellProfile.of(CellCodec.of(CellSpace.load(file)), constraints);
            if (json) {
                out.println(cells.json());
                out.flush();
            } else {
                cells.write(out);
            }
            return 0;
        }
        SearchSpace s = SearchSpace.load(file);
        SpaceProfile profile = SpaceProfile.of(s, constraints);
        if (json) {
            out.println(ProfileJson.write(profile));
            out.flush();
        } else {
            ProfileText.write(profile, out);
        }
        return 0;
    }

    /** Turns one {@code key=value} into a constraint; picocli reports failures as usage errors. */
    static final class ConstraintConverter implements CommandLine.ITypeConverter<Constraint> {
        @Override
        public Constraint convert(String value) {
            try {
                return Constraint.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
