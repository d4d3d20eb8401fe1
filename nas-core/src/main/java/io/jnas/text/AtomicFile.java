package io.jnas.text;

import io.jnas.failure.FailureText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file so that readers see the old or the new content, never a part: written to a
 * temporary file beside it, fsynced, made readable by all (0644, like any file the user writes;
 * a temporary file starts private), then moved into place. When anything fails (a full disk
 * most often) the temporary file is deleted, so no 0-byte {@code *.tmp} is left behind, and the
 * message says why: "cannot write X: no space left on device".
 *
 * <pre>{@code AtomicFile.write(Path.of("lookup-tables/cpu-x.csv"), text);}</pre>
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** {@link #write(Path, byte[])} of UTF-8 text. */
    public static void write(Path file, CharSequence text) {
        write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} to {@code file} atomically, creating its folder when missing.
     *
     * @throws UncheckedIOException "cannot write {@code file}: {@code reason}"
     */
    public static void write(Path file, byte[] bytes) {
        write(file, bytes, (ch, b) -> {
            while (b.hasRemaining()) {
                ch.write(b);
            }
        });
    }

    /** How the bytes reach the temporary file (a test puts a full disk here). */
    interface Sink {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    static void write(Path file, byte[] bytes, Sink sink) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                sink.write(ch, ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException("cannot write " + file + ": "
                    + FailureText.ioReason(e), e);
        }
    }
}
