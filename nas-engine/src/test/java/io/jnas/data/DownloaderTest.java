package io.jnas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads over a real loopback HTTP server (never the internet). */
class DownloaderTest {

    static final byte[] PAYLOAD = "fake idx bytes".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok/", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(200, PAYLOAD.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(PAYLOAD);
            }
        });
        server.createContext("/missing/", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String base(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void checkedDownloadLandsAndIsNotFetchedTwice() throws Exception {
        RemoteFile f = RemoteFile.of("data.gz", sha256(PAYLOAD), base("/missing/"), base("/ok/"));
        Path p = Downloader.fetch(f, tmp.resolve("sets/x"));
        assertEquals(tmp.resolve("sets/x/data.gz"), p);
        assertArrayEquals(PAYLOAD, Files.readAllBytes(p));
        assertEquals(2, requests.get(), "the 404 mirror, then the good one");
        Downloader.fetch(f, tmp.resolve("sets/x"));
        assertEquals(2, requests.get(), "an existing file is not downloaded again");
    }

    @Test
    void checksumMismatchLeavesNoFileBehind() throws Exception {
        String wrong = sha256("other".getBytes(StandardCharsets.UTF_8));
        RemoteFile f = RemoteFile.of("data.gz", wrong, base("/ok/"));
        MissingDataException e = assertThrows(MissingDataException.class,
                () -> Downloader.fetch(f, tmp));
        assertTrue(e.getMessage().contains("SHA-256 must be " + wrong + ", but was "
                + sha256(PAYLOAD)), e.getMessage());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "neither the file nor a .part file may remain");
        }
    }

    @Test
    void unreachableMirrorSaysOffline() throws Exception {
        server.stop(0);
        RemoteFile f = new RemoteFile("d", List.of(URI.create(base("/ok/d"))), sha256(PAYLOAD));
        MissingDataException e = assertThrows(MissingDataException.class,
                () -> Downloader.fetch(f, tmp));
        assertTrue(e.getMessage().startsWith("could not download d (is this machine offline?): "),
                e.getMessage());
    }
}
