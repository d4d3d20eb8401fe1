package io.jnas.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * One way a data set can lie in its folder: the files that must all be present and how to read
 * them. A layout with {@code downloads} (same names as {@code files}) can be fetched.
 */
public record Layout(String description, List<String> files, List<RemoteFile> downloads,
        Reader reader) {

    /** Reads the layout's files (in the order of {@code files}) into one data set. */
    @FunctionalInterface
    public interface Reader {
        ImageDataset read(List<Path> files);
    }

    public Layout {
        requireNonNull(description, "description");
        files = List.copyOf(files);
        downloads = List.copyOf(downloads);
        requireNonNull(reader, "reader");
        if (!downloads.isEmpty()
                && !downloads.stream().map(RemoteFile::name).toList().equals(files)) {
            throw new IllegalArgumentException("downloads must name the files " + files);
        }
    }

    public boolean downloadable() {
        return !downloads.isEmpty();
    }
}
