package io.jnas.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a {@link RemoteFile} into a folder: streamed to a temporary file beside the target,
 * SHA-256 checked, then moved into place atomically, so a failed or tampered download never
 * leaves a file that a later run would trust. Mirrors are tried in order; a progress bar on
 * standard error shows each transfer.
 */
final class Downloader {

    private static final Logger LOG = LoggerFactory.getLogger(Downloader.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(30);

    private Downloader() {
    }

    /**
     * Downloads {@code file} to {@code folder/file.name()} unless it is there already.
     *
     * @return the path of the checked file
     * @throws MissingDataException when no mirror delivered bytes with the expected checksum
     */
    static Path fetch(RemoteFile file, Path folder) {
        Path target = folder.resolve(file.name());
        if (Files.isRegularFile(target)) {
            return target;
        }
        List<String> failures = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MissingDataException("cannot create the download folder " + folder + ": " + e, e);
        }
        for (var url : file.urls()) {
            Path tmp = null;
            try {
                LOG.info("downloading {} to {}", url, target);
                HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(url)
                        .timeout(REQUEST_TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() != 200) {
                    r.body().close();
                    failures.add(url + ": HTTP " + r.statusCode());
                    continue;
                }
                tmp = Files.createTempFile(folder, "." + file.name(), ".part");
                String actual;
                long size = r.headers().firstValueAsLong("Content-Length").orElse(-1);
                ProgressBarBuilder bar = new ProgressBarBuilder().setTaskName(file.name())
                        .setInitialMax(size).setUnit(" MB", 1 << 20).showSpeed()
                        .setConsumer(new ConsoleProgressBarConsumer(System.err));
                try (DigestInputStream in = new DigestInputStream(
                                ProgressBar.wrap(r.body(), bar), sha256());
                        OutputStream out = Files.newOutputStream(tmp)) {
                    in.transferTo(out);
                    actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
                }
                if (!actual.equals(file.sha256())) {
                    failures.add(url + ": SHA-256 must be " + file.sha256() + ", but was " + actual);
                    continue;
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
                return target;
            } catch (IOException e) {
                failures.add(url + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MissingDataException("download of " + file.name() + " interrupted", e);
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException e) {
                        LOG.warn("could not delete {}", tmp, e);
                    }
                }
            }
        }
        throw new MissingDataException("could not download " + file.name() + " (is this machine"
                + " offline?): " + String.join("; ", failures));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
