package io.jnas.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where data sets are looked for, in order, and where downloads go.
 *
 * <p>The standard order: (1) the directory given by a flag ({@code --data-dir}), (2) the
 * environment variable {@code NAS_DATASETS}, (3) {@code /usr/share/datasets} (where Debian's
 * {@code dataset-fashion-mnist} installs), (4) {@code ../shared/datasets} next to the repository
 * (the CI data), (5) the download cache {@code ~/.cache/jnas/datasets}. Downloads go to the flag
 * directory, else {@code NAS_DATASETS}, else the cache. In each directory a data set is looked
 * for in its own folder (e.g. {@code fashion-mnist/}) and then in the directory itself.
 *
 * @param download whether missing files may be fetched from their canonical URLs
 */
public record DataLocations(List<Path> directories, Path downloadDirectory, boolean download) {

    /** The environment variable naming a data directory. */
    public static final String ENV = "NAS_DATASETS";
    /** The system-wide data directory of Debian's dataset packages. */
    public static final Path SYSTEM = Path.of("/usr/share/datasets");

    public DataLocations {
        directories = List.copyOf(directories);
        requireNonNull(downloadDirectory, "downloadDirectory");
    }

    /**
     * The standard search order.
     *
     * @param flag the directory given on the command line, or null
     * @param env the environment (only {@value #ENV} is read)
     * @param repoRoot the repository root, or null when unknown
     * @param home the user's home directory (for the download cache)
     */
    public static DataLocations standard(Path flag, Map<String, String> env, Path repoRoot,
            Path home, boolean download) {
        List<Path> dirs = new ArrayList<>();
        Path envDir = env.get(ENV) == null || env.get(ENV).isBlank() ? null : Path.of(env.get(ENV));
        if (flag != null) {
            dirs.add(flag);
        }
        if (envDir != null) {
            dirs.add(envDir);
        }
        dirs.add(SYSTEM);
        if (repoRoot != null) {
            dirs.add(repoRoot.toAbsolutePath().normalize().resolve("../shared/datasets").normalize());
        }
        Path cache = home.resolve(".cache/jnas/datasets");
        dirs.add(cache);
        Path target = flag != null ? flag : envDir != null ? envDir : cache;
        return new DataLocations(dirs.stream().distinct().toList(), target, download);
    }

    /**
     * The standard order for this process: {@code NAS_DATASETS} from the environment, the
     * repository root from the system property {@code nas.repo.root} (set by the launcher and
     * the build) or else the working directory.
     */
    public static DataLocations fromEnvironment(Path flag, boolean download) {
        String root = System.getProperty("nas.repo.root");
        return standard(flag, System.getenv(), Path.of(root != null ? root : "."),
                Path.of(System.getProperty("user.home")), download);
    }

    /** Only the given directories, no downloads: for tests and explicit setups. */
    public static DataLocations only(Path... dirs) {
        return new DataLocations(List.of(dirs), dirs.length == 0 ? Path.of(".") : dirs[0], false);
    }
}
