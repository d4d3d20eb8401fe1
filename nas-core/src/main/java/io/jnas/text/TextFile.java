package io.jnas.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file the project takes as input: UTF-8 only, a leading byte-order mark dropped
 * (editors on Windows add one, and it would otherwise stick invisibly to the first header or
 * key), and a byte that is not UTF-8 named by its offset and line instead of the JDK's "Input
 * length = 1".
 *
 * <pre>{@code String text = TextFile.read(Path.of("tables/pixel3.csv"));}</pre>
 */
public final class TextFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextFile() {
    }

    /**
     * The file's text, without a UTF-8 byte-order mark.
     *
     * @throws InputFileException when the file is missing, unreadable, a folder, or not UTF-8
     */
    public static String read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputFileException(file, "is a folder, not a file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, "does not exist");
        } catch (AccessDeniedException e) {
            throw new InputFileException(file, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new InputFileException(file, "cannot be read: " + e.getMessage());
        }
        return decode(file, bytes);
    }

    /**
     * Bytes as UTF-8 text, without a leading byte-order mark.
     *
     * @throws InputFileException naming the first byte that is not UTF-8 (offset from 0, line
     *     from 1)
     */
    public static String decode(Path file, byte[] bytes) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new InputFileException(file, "is not valid UTF-8 (byte " + at + ", line "
                    + lineAt(bytes, at) + "): save it as UTF-8");
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new InputFileException(file, "is not valid UTF-8 (ends inside a character)");
        }
        return out.flip().toString();
    }

    /** Whether the bytes start with a UTF-8 byte-order mark. */
    static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1]
                && bytes[2] == BOM[2];
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
