package io.jnas.space;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Space files for tests: the shipped ones under configs/spaces and the tiny test space. */
public final class Spaces {

    public static final List<String> SHIPPED =
            List.of("mnist-small.yaml", "cifar-small.yaml", "mobilenet-224.yaml");

    private Spaces() {
    }

    public static Path shipped(String name) {
        return Path.of(System.getProperty("nas.repo.root", "..")).resolve("configs/spaces/" + name);
    }

    public static SearchSpace load(String name) {
        return SearchSpace.load(shipped(name));
    }

    public static SearchSpace tiny() {
        try {
            return SearchSpace.load(Path.of(Spaces.class.getResource("/spaces/tiny.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every subnet of a space, by brute force: only for tiny spaces. */
    public static List<SubnetChoice> enumerate(SearchSpace space) {
        List<SubnetChoice> out = new ArrayList<>();
        extend(space, 0, new ArrayList<>(), out);
        return out;
    }

    private static void extend(SearchSpace space, int stage, List<SubnetChoice.Stage> prefix,
            List<SubnetChoice> out) {
        if (stage == space.stages().size()) {
            out.add(new SubnetChoice(prefix));
            return;
        }
        StageSpace s = space.stages().get(stage);
        for (int c : s.channels()) {
            for (boolean se : s.se()) {
                for (int d : s.depth()) {
                    for (List<SubnetChoice.Block> blocks : blockLists(s, d)) {
                        prefix.add(new SubnetChoice.Stage(c, se, blocks));
                        extend(space, stage + 1, prefix, out);
                        prefix.remove(prefix.size() - 1);
                    }
                }
            }
        }
    }

    private static List<List<SubnetChoice.Block>> blockLists(StageSpace s, int depth) {
        List<List<SubnetChoice.Block>> lists = new ArrayList<>();
        lists.add(List.of());
        for (int j = 0; j < depth; j++) {
            List<List<SubnetChoice.Block>> next = new ArrayList<>();
            for (List<SubnetChoice.Block> l : lists) {
                for (int k : s.kernel()) {
                    for (int e : s.expand()) {
                        for (var a : s.activation()) {
                            List<SubnetChoice.Block> m = new ArrayList<>(l);
                            m.add(new SubnetChoice.Block(k, e, a));
                            next.add(m);
                        }
                    }
                }
            }
            lists = next;
        }
        return lists;
    }
}
