package io.jnas.supernet;

import io.jnas.arch.Activation;
import io.jnas.space.SubnetChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A subnet choice as one short line without commas, for CSV cells and progress output: stages
 * separated by {@code ;}, each {@code c<channels>[se]:} followed by its blocks separated by
 * {@code /}, each block {@code k<kernel>e<expand><activation>}.
 *
 * <pre>{@code
 * String s = ChoiceText.format(choice);   // "c24:k7e6silu/k3e1relu;c40se:k5e3relu;c64:k3e6hardswish"
 * SubnetChoice back = ChoiceText.parse(s);
 * }</pre>
 */
public final class ChoiceText {

    private static final Pattern STAGE = Pattern.compile("c(\\d+)(se)?:(.+)");
    private static final Pattern BLOCK = Pattern.compile("k(\\d+)e(\\d+)([a-z][a-z_0-9]*)");

    private ChoiceText() {
    }

    public static String format(SubnetChoice choice) {
        return choice.stages().stream()
                .map(s -> "c" + s.channels() + (s.se() ? "se" : "") + ":" + s.blocks().stream()
                        .map(b -> "k" + b.kernel() + "e" + b.expand() + b.activation().id())
                        .collect(Collectors.joining("/")))
                .collect(Collectors.joining(";"));
    }

    /**
     * Reads {@link #format}'s output back.
     *
     * @throws IllegalArgumentException naming the part that does not follow the format
     */
    public static SubnetChoice parse(String text) {
        List<SubnetChoice.Stage> stages = new ArrayList<>();
        for (String part : text.strip().split(";")) {
            Matcher m = STAGE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("subnet stage must look like"
                        + " 'c24se:k3e6relu/k5e3silu', but was '" + part + "'");
            }
            List<SubnetChoice.Block> blocks = new ArrayList<>();
            for (String b : m.group(3).split("/")) {
                Matcher bm = BLOCK.matcher(b);
                if (!bm.matches()) {
                    throw new IllegalArgumentException("subnet block must look like 'k3e6relu',"
                            + " but was '" + b + "'");
                }
                Activation a = Activation.parse(bm.group(3)).orElseThrow(() ->
                        new IllegalArgumentException("activation must be one of "
                                + Activation.names() + ", but was '" + bm.group(3) + "'"));
                blocks.add(new SubnetChoice.Block(Integer.parseInt(bm.group(1)),
                        Integer.parseInt(bm.group(2)), a));
            }
            stages.add(new SubnetChoice.Stage(Integer.parseInt(m.group(1)), m.group(2) != null,
                    blocks));
        }
        return new SubnetChoice(stages);
    }
}
