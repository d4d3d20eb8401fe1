package io.jnas.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Just enough of the tar format to read the data set archives in place (no extraction step):
 * ustar and GNU headers, GNU long names ({@code L}) and pax {@code path} records; regular files
 * are passed on, everything else skipped.
 */
final class TarReader {

    /** Receives each regular file; {@code content} is fully read. */
    @FunctionalInterface
    interface EntryHandler {
        void accept(String name, byte[] content) throws IOException;
    }

    /** Decides from the name alone whether a file's bytes are needed (the rest are skipped). */
    @FunctionalInterface
    interface EntryFilter {
        boolean wanted(String name);
    }

    private static final int BLOCK = 512;

    private TarReader() {
    }

    /** Reads a (gzipped or plain) tar file and hands each wanted regular file to the handler. */
    static void read(Path archive, EntryFilter filter, EntryHandler handler) throws IOException {
        try (InputStream in = FileBytes.open(archive)) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (true) {
                if (!readFully(in, header)) {
                    return;
                }
                if (isZero(header)) {
                    return;
                }
                String name = longName != null ? longName : name(header);
                longName = null;
                long size = size(archive, header);
                char type = (char) header[156];
                long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                if (type == 'L' || type == 'x') {
                    byte[] data = readBytes(archive, in, size);
                    skip(archive, in, padded - size);
                    longName = type == 'L' ? cString(data, 0, data.length) : paxPath(data);
                    continue;
                }
                boolean regular = type == '0' || type == '\0' || type == '7';
                if (regular && filter.wanted(name)) {
                    byte[] data = readBytes(archive, in, size);
                    skip(archive, in, padded - size);
                    handler.accept(name, data);
                } else {
                    skip(archive, in, padded);
                }
            }
        }
    }

    private static String name(byte[] h) {
        String n = cString(h, 0, 100);
        boolean ustar = "ustar".equals(cString(h, 257, 6).trim());
        String prefix = ustar ? cString(h, 345, 155) : "";
        return prefix.isEmpty() ? n : prefix + "/" + n;
    }

    private static long size(Path archive, byte[] h) throws IOException {
        if ((h[124] & 0x80) != 0) {
            long v = 0;
            for (int i = 125; i < 136; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v;
        }
        String s = cString(h, 124, 12).trim();
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new DataFileException(archive, "is not a tar archive: entry size must be octal,"
                    + " but was '" + s + "'");
        }
    }

    private static String paxPath(byte[] data) {
        for (String record : new String(data, StandardCharsets.UTF_8).split("\n")) {
            int eq = record.indexOf(" path=");
            if (eq >= 0) {
                return record.substring(eq + 6);
            }
        }
        return null;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readFully(InputStream in, byte[] b) throws IOException {
        int n = in.readNBytes(b, 0, b.length);
        if (n == 0) {
            return false;
        }
        if (n < b.length) {
            throw new java.io.EOFException("truncated tar header");
        }
        return true;
    }

    private static byte[] readBytes(Path archive, InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE - 16) {
            throw new DataFileException(archive, "holds an entry of " + size
                    + " bytes; entries must be < 2 GiB");
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new DataFileException(archive, "is truncated inside an entry");
        }
        return data;
    }

    private static void skip(Path archive, InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new DataFileException(archive, "is truncated inside an entry");
                }
                s = 1;
            }
            left -= s;
        }
    }
}
