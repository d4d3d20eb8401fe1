package io.jnas.codec;

import io.jnas.cell.CellSpace;
import io.jnas.space.SearchSpace;
import io.jnas.text.ProjectHome;
import java.nio.file.Path;

/** Opens the codec of a space file, whichever kind of space it describes. */
public final class SearchCodecs {

    private SearchCodecs() {
    }

    /**
     * A {@link CellCodec} for a file with a {@code cell} key, else a {@link SpaceCodec}; a
     * relative file is found by {@link ProjectHome} (here, else in the checkout).
     *
     * @throws io.jnas.space.SpaceFileException naming the file, the field and the rule
     */
    public static SearchCodec<?> load(Path file) {
        // a run config names its space relative to the checkout (configs/spaces/...)
        file = ProjectHome.resolve(file);
        return CellSpace.describedBy(file) ? CellCodec.of(CellSpace.load(file))
                : SpaceCodec.of(SearchSpace.load(file));
    }
}
