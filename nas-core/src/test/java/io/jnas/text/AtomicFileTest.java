package io.jnas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void writesReadableByAllAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/table.csv");

        AtomicFile.write(file, "a,b\n");

        assertEquals("a,b\n", Files.readString(file));
        assertEquals("rw-r--r--",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), list(file.getParent()));
    }

    /**
     * A full disk, injected where the bytes are written: the JDK reports ENOSPC from
     * {@code FileChannel.write} as an IOException with the system's message, which is what the
     * sink throws after writing part of the content (as a real full disk does).
     */
    @Test
    void fullDiskSaysSoAndLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("config.yaml"), "old\n");

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> AtomicFile.write(file, "new content\n".getBytes(), (ch, bytes) -> {
                    ch.write(bytes.slice(0, 4));
                    throw new IOException("No space left on device");
                }));

        assertEquals("cannot write " + file + ": no space left on device", e.getMessage());
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
