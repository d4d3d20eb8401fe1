package io.jnas.run;

import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.search.Evaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The append-only history of a run, one JSON line per evaluation, each line forced to disk
 * before the run goes on, so a {@code kill -9} loses at most the evaluation in progress. A last
 * line cut short by a kill (no line break) is dropped when the log is read and cut off when it is
 * reopened for appending.
 *
 * <pre>{@code
 * EvaluationLog.Contents old = EvaluationLog.read(file);
 * try (EvaluationLog log = EvaluationLog.open(file, old.validBytes())) {
 *     log.append(evaluation);
 * }
 * }</pre>
 */
public final class EvaluationLog implements AutoCloseable {

    /**
     * What a log holds.
     *
     * @param validBytes length of the whole lines (where appending resumes)
     * @param tornTail whether a cut-short last line was dropped
     */
    public record Contents(List<Evaluation> evaluations, long validBytes, boolean tornTail) {
        public Contents {
            evaluations = List.copyOf(evaluations);
        }
    }

    private final FileChannel channel;
    private final Path file;
    private final boolean forceEachLine;

    private EvaluationLog(Path file, FileChannel channel, boolean forceEachLine) {
        this.file = file;
        this.channel = channel;
        this.forceEachLine = forceEachLine;
    }

    /**
     * Reads a log of block-list architectures; a missing file is an empty log.
     *
     * @throws IllegalArgumentException when a whole line is not a valid evaluation, or the
     *     indices are not 0, 1, 2, ...
     */
    public static Contents read(Path file) {
        return read(file, Architecture::fromJson);
    }

    /**
     * Reads a log whose designs {@code designs} reads (the run's {@code SearchCodec::read}); a
     * missing file is an empty log.
     *
     * @throws IllegalArgumentException when a whole line is not a valid evaluation, or the
     *     indices are not 0, 1, 2, ...
     */
    public static Contents read(Path file, Function<String, ? extends Design> designs) {
        if (!Files.exists(file)) {
            return new Contents(List.of(), 0, false);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Evaluation> out = new ArrayList<>();
        int start = 0;
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String text = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                try {
                    Evaluation e = EvaluationJson.fromLine(text, designs);
                    if (e.index() != out.size()) {
                        throw new IllegalArgumentException("index must be " + out.size()
                                + ", but was " + e.index());
                    }
                    out.add(e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + line
                            + " is not a valid evaluation (" + e.getMessage()
                            + "); the log is damaged");
                }
                start = i + 1;
                line++;
            }
        }
        return new Contents(out, start, start < bytes.length);
    }

    /** Opens a log for appending after its first {@code validBytes} bytes (the rest is cut). */
    public static EvaluationLog open(Path file, long validBytes) {
        return open(file, validBytes, true);
    }

    /**
     * Opens a log for appending; with {@code forceEachLine} false, lines are forced to disk only
     * when the log is closed (for runs that are cheap to repeat, such as table replays, where an
     * fsync per evaluation would cost more than the evaluation).
     */
    public static EvaluationLog open(Path file, long validBytes, boolean forceEachLine) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            ch.truncate(validBytes);
            ch.position(validBytes);
            ch.force(true);
            return new EvaluationLog(file, ch, forceEachLine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + " for appending", e);
        }
    }

    /** Appends one line and forces it to disk. */
    public void append(Evaluation e) {
        byte[] line = (EvaluationJson.toLine(e) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            if (forceEachLine) {
                channel.force(false);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to " + file, ex);
        }
    }

    @Override
    public void close() {
        try {
            if (!forceEachLine && channel.isOpen()) {
                channel.force(false);
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
