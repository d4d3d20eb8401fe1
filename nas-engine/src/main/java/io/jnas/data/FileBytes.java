package io.jnas.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a data file whole, gunzipping it when it starts with the gzip magic bytes (whatever its
 * name): the canonical files are gzipped, extracted copies are not, and both must work.
 */
final class FileBytes {

    private FileBytes() {
    }

    static byte[] read(Path file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "does not exist");
        } catch (EOFException e) {
            throw new DataFileException(file, "is a truncated gzip file (unexpected end of data)");
        } catch (ZipException e) {
            throw new DataFileException(file, "is not a valid gzip file: " + e.getMessage());
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e, e);
        }
    }

    /** A stream of the file's (decompressed) content; the caller closes it. */
    static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(raw, 1 << 16);
        }
        return raw;
    }
}
