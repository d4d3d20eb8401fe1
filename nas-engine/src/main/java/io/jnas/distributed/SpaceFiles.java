package io.jnas.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The space files of jobs on a worker: a job carries its run's space file as text (the worker
 * may be another machine), written once per distinct text to
 * {@code $TMPDIR/jnas-spaces/<sha-256 prefix>.yaml} so evaluators open it as a search run does.
 */
final class SpaceFiles {

    private final Path dir = Path.of(System.getProperty("java.io.tmpdir"), "jnas-spaces");

    /**
     * The file holding {@code text}.
     *
     * @throws IllegalArgumentException when the job carried no space
     */
    Path file(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the job must carry its run's space file, but had"
                    + " none");
        }
        Path f = dir.resolve(sha256(text) + ".yaml");
        if (Files.exists(f)) {
            return f;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "space", ".part");
            Files.writeString(tmp, text);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the job's space file to " + dir, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
