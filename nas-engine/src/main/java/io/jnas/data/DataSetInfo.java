package io.jnas.data;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the registry knows about a named data set: the folder names it may sit in, its sample
 * shape and classes, the layouts to look for (in order of preference) and how to install it.
 */
public record DataSetInfo(String name, List<String> folders, int channels, int height, int width,
        int classes, List<Layout> layouts, String installHint) {

    public DataSetInfo {
        requireNonNull(name, "name");
        folders = List.copyOf(folders);
        layouts = List.copyOf(layouts);
        requireNonNull(installHint, "installHint");
    }

    /** Sample shape as "CxHxW". */
    public String shape() {
        return channels + "x" + height + "x" + width;
    }
}
