package io.jnas.space;

import io.jnas.arch.Activation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a space back in the space-file language; reading the text gives an equal space.
 * Used to hand a space to another process (e.g. a table build in a child JVM).
 */
public final class SpaceFileWriter {

    private SpaceFileWriter() {
    }

    public static String toYaml(SearchSpace s) {
        StringBuilder sb = new StringBuilder();
        sb.append("name: \"").append(s.name().replace("\"", "\\\"")).append("\"\n");
        sb.append("input: {channels: ").append(s.input().channels()).append(", height: ")
                .append(s.input().height()).append(", width: ").append(s.input().width()).append("}\n");
        sb.append("classes: ").append(s.classes()).append('\n');
        StemSpec st = s.stem();
        sb.append("stem: {channels: ").append(st.channels()).append(", kernel: ").append(st.kernel())
                .append(", stride: ").append(st.stride()).append(", activation: ")
                .append(st.activation().id()).append("}\n");
        sb.append("stages:\n");
        for (StageSpace g : s.stages()) {
            sb.append("  - depth: ").append(g.depth()).append('\n');
            sb.append("    channels: ").append(g.channels()).append('\n');
            sb.append("    stride: ").append(g.stride()).append('\n');
            sb.append("    kernel: ").append(g.kernel()).append('\n');
            sb.append("    expand: ").append(g.expand()).append('\n');
            sb.append("    activation: ").append(ids(g.activation())).append('\n');
            sb.append("    se: ").append(g.se()).append('\n');
        }
        sb.append("head: {channels: ").append(s.head().channels()).append(", activation: ")
                .append(s.head().activation().id()).append("}\n");
        return sb.toString();
    }

    private static String ids(List<Activation> acts) {
        return acts.stream().map(Activation::id).collect(Collectors.joining(", ", "[", "]"));
    }
}
