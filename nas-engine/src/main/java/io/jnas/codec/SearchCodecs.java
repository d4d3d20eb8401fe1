package io.jnas.codec;

import io.jnas.cell.CellSpace;
import io.jnas.space.SearchSpace;
import java.nio.file.Path;

/** Opens the codec of a space file, whichever kind of space it describes. */
public final class SearchCodecs {

    private SearchCodecs() {
    }

    /**
     * A {@link CellCodec} for a file with a {@code cell} key, else a {@link SpaceCodec}.
     *
     * @throws io.jnas.space.SpaceFileException naming the file, the field and the rule
     */
    public static SearchCodec<?> load(Path file) {
        return CellSpace.describedBy(file) ? CellCodec.of(CellSpace.load(file))
                : SpaceCodec.of(SearchSpace.load(file));
    }
}
