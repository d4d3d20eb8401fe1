package io.jnas.data;

import io.jnas.text.ProjectHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import static java.util.Objects.requireNonNull;

/**
 * Where data sets are looked for, in order, where downloads go, and the subsets the repository
 * carries as the last resort.
 *
 * <p>The standard order: (1) the directory given by a flag ({@code --data-dir}), (2) the
 * environment variable {@code NAS_DATASETS}, (3) {@code /usr/share/datasets} (where Debian's
 * {@code dataset-fashion-mnist} installs), (4) the download cache {@code ~/.cache/jnas/datasets}.
 * When none holds a data set and downloads are allowed, its canonical files are downloaded into
 * the flag directory, else {@code NAS_DATASETS}, else the cache (SHA-256 checked). When that
 * fails too (offline), (5) the small subset in the repository's {@code datasets/} folder is used,
 * and {@code notices} is told so in one line. In each directory a data set is looked for in its
 * own folder (e.g. {@code fashion-mnist/}) and then in the directory itself.
 *
 * @param directories the full data sets' directories, searched in order
 * @param downloadDirectory where downloads go
 * @param download whether missing files may be fetched from their canonical URLs
 * @param embedded the repository's folder of small subsets, or null when there is none
 * @param notices told, in one line, when a data set comes from {@code embedded}
 */
public record DataLocations(List<Path> directories, Path downloadDirectory, boolean download,
        Path embedded, Consumer<String> notices) {

    /** The environment variable naming a data directory. */
    public static final String ENV = "NAS_DATASETS";
    /** The system property (or, upper-cased, environment variable) that forbids downloads. */
    public static final String OFFLINE = "nas.offline";
    /** The system-wide data directory of Debian's dataset packages. */
    public static final Path SYSTEM = Path.of("/usr/share/datasets");
    /** The repository's folder of small data subsets, relative to the repository root. */
    public static final String EMBEDDED = "datasets";

    public DataLocations {
        directories = List.copyOf(directories);
        requireNonNull(downloadDirectory, "downloadDirectory");
        requireNonNull(notices, "notices");
    }

    /**
     * The standard search order.
     *
     * @param flag the directory given on the command line, or null
     * @param env the environment (only {@value #ENV} is read)
     * @param repoRoot the repository root (its {@value #EMBEDDED} folder is the last resort), or
     *     null when unknown
     * @param home the user's home directory (for the download cache)
     * @param notices where the one-line notice about an embedded subset goes
     */
    public static DataLocations standard(Path flag, Map<String, String> env, Path repoRoot,
            Path home, boolean download, Consumer<String> notices) {
        List<Path> dirs = new ArrayList<>();
        Path envDir = env.get(ENV) == null || env.get(ENV).isBlank() ? null : Path.of(env.get(ENV));
        if (flag != null) {
            dirs.add(flag);
        }
        if (envDir != null) {
            dirs.add(envDir);
        }
        dirs.add(SYSTEM);
        Path cache = home.resolve(".cache/jnas/datasets");
        dirs.add(cache);
        Path target = flag != null ? flag : envDir != null ? envDir : cache;
        Path embedded = repoRoot == null ? null
                : repoRoot.toAbsolutePath().normalize().resolve(EMBEDDED);
        return new DataLocations(dirs.stream().distinct().toList(), target, download, embedded,
                notices);
    }

    /**
     * The standard order for this process: {@code NAS_DATASETS} from the environment; the
     * checkout of {@link ProjectHome} (the launcher's {@code nas.home}), else the working
     * directory; downloads only when
     * asked and neither the property {@value #OFFLINE} nor the variable {@code NAS_OFFLINE} is
     * {@code true}; notices on standard error.
     */
    public static DataLocations fromEnvironment(Path flag, boolean download) {
        boolean offline = Boolean.getBoolean(OFFLINE)
                || "true".equalsIgnoreCase(System.getenv("NAS_OFFLINE"));
        return standard(flag, System.getenv(), ProjectHome.root(),
                Path.of(System.getProperty("user.home")), download && !offline,
                System.err::println);
    }

    /**
     * The standard order for this process as an options map asks for it: {@code data-dir} (the
     * flag directory) and {@code download} ({@code true} unless {@code false}), the keys of
     * {@code evaluator-options} and {@code nas supernet --option}.
     */
    public static DataLocations fromOptions(Map<String, String> options) {
        String dir = options.get("data-dir");
        return fromEnvironment(dir == null ? null : Path.of(dir),
                !"false".equalsIgnoreCase(options.getOrDefault("download", "true").trim()));
    }

    /** Only the given directories: no downloads, no embedded subsets (tests, explicit setups). */
    public static DataLocations only(Path... dirs) {
        return new DataLocations(List.of(dirs), dirs.length == 0 ? Path.of(".") : dirs[0], false,
                null, notice -> { });
    }
}
