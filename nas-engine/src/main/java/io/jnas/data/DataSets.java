package io.jnas.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a named data set on disk and loads it; where allowed, downloads its canonical files
 * first (SHA-256 checked).
 *
 * <pre>{@code
 * ImageDataset pool = DataSets.load("fashion-mnist", DataLocations.fromEnvironment(null, false));
 * }</pre>
 *
 * <p>The pool is the data set's training split when present; for MNIST, whose subset in the
 * repository holds only test images, the test split is the fallback (see {@link DataSetCatalog}).
 * Full data sets are found on disk or downloaded; the small subsets of the repository's
 * {@code datasets/} folder are the last resort (see {@link DataLocations}).
 */
public final class DataSets {

    private static final Logger LOG = LoggerFactory.getLogger(DataSets.class);
    /** Subsets already announced in this process: the notice is said once, not per load. */
    private static final Set<Path> ANNOUNCED = ConcurrentHashMap.newKeySet();

    private DataSets() {
    }

    /**
     * Where a data set was found: the layout and the files, in the layout's order.
     *
     * @param subsetReason null for a full data set; for the repository's small subset, why the
     *     full set is not used (said once, in one line, when the subset is loaded)
     */
    public record Found(DataSetInfo info, Layout layout, List<Path> files, String subsetReason) {

        public Found(DataSetInfo info, Layout layout, List<Path> files) {
            this(info, layout, files, null);
        }

        /** Whether these are the repository's small subset rather than the full data set. */
        public boolean subset() {
            return subsetReason != null;
        }

        public ImageDataset load() {
            return layout.reader().read(files);
        }
    }

    /**
     * Loads a data set from the first place that holds a complete layout.
     *
     * @throws IllegalArgumentException for an unknown name
     * @throws MissingDataException when no place holds it and it may not (or could not) be
     *     downloaded; the message says which files to put where
     * @throws DataFileException when a file is there but malformed
     */
    public static ImageDataset load(String name, DataLocations where) {
        Found found = locate(name, where);
        ImageDataset d = found.load();
        if (found.subset() && ANNOUNCED.add(found.files().get(0))) {
            where.notices().accept(String.format(Locale.ROOT, "data: %s: %s; using the %,d-image"
                    + " subset the repository carries (%s, see its README.md)", name,
                    found.subsetReason(), d.size(), found.files().get(0).getParent()));
        }
        return d;
    }

    /** Finds (or downloads) the files of a data set without reading them. */
    public static Found locate(String name, DataLocations where) {
        DataSetInfo info = DataSetCatalog.info(name);
        Optional<Found> found = find(info, where);
        if (found.isPresent()) {
            return found.get();
        }
        Optional<Layout> downloadable = info.layouts().stream().filter(Layout::downloadable)
                .findFirst();
        String reason;
        MissingDataException failure = null;
        if (!where.download() || downloadable.isEmpty()) {
            reason = downloadable.isEmpty() ? "the full set is not on this machine"
                    : "the full set is not on this machine and downloads are off";
        } else {
            Layout layout = downloadable.get();
            Path folder = where.downloadDirectory().resolve(info.folders().get(0));
            List<Path> files = new ArrayList<>();
            try {
                for (RemoteFile f : layout.downloads()) {
                    files.add(Downloader.fetch(f, folder));
                }
                return new Found(info, layout, files);
            } catch (MissingDataException e) {
                failure = e;
                reason = "the full set is not on this machine and could not be downloaded"
                        + " (offline?)";
            }
        }
        if (where.embedded() != null) {
            Optional<Found> subset = find(info, DataLocations.only(where.embedded()));
            if (subset.isPresent()) {
                return new Found(info, subset.get().layout(), subset.get().files(), reason);
            }
        }
        String message = missingMessage(info, where);
        throw failure == null ? new MissingDataException(message)
                : new MissingDataException(failure.getMessage() + "\n" + message, failure);
    }

    /** The first directory (in search order) holding all files of a layout (in layout order). */
    static Optional<Found> find(DataSetInfo info, DataLocations where) {
        for (Path dir : where.directories()) {
            for (Path folder : candidates(info, dir)) {
                for (Layout layout : info.layouts()) {
                    List<Path> files = new ArrayList<>();
                    for (String f : layout.files()) {
                        Path p = existing(folder, f);
                        if (p == null) {
                            break;
                        }
                        files.add(p);
                    }
                    if (files.size() == layout.files().size()) {
                        LOG.debug("{}: {} in {}", info.name(), layout.description(), folder);
                        return Optional.of(new Found(info, layout, files));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> candidates(DataSetInfo info, Path dir) {
        Set<Path> out = new LinkedHashSet<>();
        info.folders().forEach(f -> out.add(dir.resolve(f)));
        out.add(dir);
        return List.copyOf(out);
    }

    /** The file, or its uncompressed twin for a .gz name (e.g. npm's raw IDX files). */
    private static Path existing(Path folder, String name) {
        Path p = folder.resolve(name);
        if (Files.exists(p)) {
            return p;
        }
        if (name.endsWith(".gz")) {
            Path raw = folder.resolve(name.substring(0, name.length() - 3));
            if (Files.isRegularFile(raw)) {
                return raw;
            }
        }
        return null;
    }

    static String missingMessage(DataSetInfo info, DataLocations where) {
        StringBuilder sb = new StringBuilder();
        sb.append("data set '").append(info.name()).append("' was not found. Looked in:");
        for (Path dir : where.directories()) {
            sb.append("\n  ").append(dir.resolve(info.folders().get(0))).append(" and ").append(dir);
        }
        sb.append("\nPut one of these sets of files into one of those folders (or into a folder"
                + " named by --data-dir or the environment variable ").append(DataLocations.ENV)
                .append("):");
        for (Layout l : info.layouts()) {
            sb.append("\n  ").append(String.join(", ", l.files())).append("  (")
                    .append(l.description()).append(")");
            if (l.downloadable()) {
                sb.append("\n    from ").append(l.downloads().get(0).urls().get(0).resolve("."));
            }
        }
        sb.append("\nHint: ").append(info.installHint()).append('.');
        if (info.layouts().stream().anyMatch(Layout::downloadable)) {
            sb.append(where.download() ? "\nOnline, the canonical files are downloaded into "
                    : "\nWith downloads allowed and online, the canonical files are downloaded into ")
                    .append(where.downloadDirectory().resolve(info.folders().get(0)))
                    .append(" (SHA-256 checked).");
        }
        return sb.toString();
    }
}
