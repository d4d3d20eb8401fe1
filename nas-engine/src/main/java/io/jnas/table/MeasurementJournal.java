package io.jnas.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Durable log of the measurements of a table being built: each entry is appended and synced to
 * disk as it arrives, so a build killed at any moment loses nothing it was told, and a resumed
 * build measures nothing twice. File: {@code <tables>/<hardware-id>.journal.csv}.
 *
 * <pre>{@code
 * try (MeasurementJournal j = MeasurementJournal.open(dir, metadata)) {
 *     j.append(entry);
 * }
 * }</pre>
 */
public final class MeasurementJournal implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;

    private MeasurementJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    public static Path fileOf(Path dir, String hardwareId) {
        return dir.resolve(hardwareId + ".journal.csv");
    }

    /** Opens the journal of a hardware id, creating it with this metadata if it does not exist. */
    public static MeasurementJournal open(Path dir, TableMetadata metadata) {
        Path file = fileOf(dir, metadata.hardwareId());
        try {
            if (!Files.exists(file)) {
                // the header goes in whole or not at all
                StringBuilder header = new StringBuilder();
                LookupTableWriter.header(header, metadata);
                LookupTableWriter.writeAtomically(file, header);
            } else {
                read(file); // refuse to append to a corrupt journal
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new MeasurementJournal(file, ch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal " + file, e);
        }
    }

    /** The journal's measurements so far (a torn last row is dropped). */
    public static LookupTable read(Path file) {
        return LookupTableReader.readJournal(file);
    }

    /** Appends one measurement and syncs it to disk before returning. */
    public synchronized void append(LatencyEntry e) {
        StringBuilder sb = new StringBuilder(160);
        LookupTableWriter.row(sb, e);
        try {
            ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(false);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to journal " + file, ex);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
