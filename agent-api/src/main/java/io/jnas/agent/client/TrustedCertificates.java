package io.jnas.agent.client;

import io.jnas.text.InputFileException;
import io.jnas.text.TextFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;

/**
 * Checks a CA file before TLS uses it: a file that is missing or holds no certificate is named
 * in one line, instead of the TLS library's SslContext internals at the first call.
 *
 * <pre>{@code TrustedCertificates.check(Path.of("certs/ca.pem"));}</pre>
 */
public final class TrustedCertificates {

    private TrustedCertificates() {
    }

    /**
     * Returns how many X.509 certificates the PEM file holds (at least one).
     *
     * @throws IllegalArgumentException "{@code <file> does not exist}", "{@code <file> holds no
     *     PEM certificate}", ... (the file first, so callers can prefix it with their rule)
     */
    public static int check(Path file) {
        byte[] bytes;
        try {
            bytes = TextFile.read(file).getBytes(StandardCharsets.UTF_8);
        } catch (InputFileException e) {
            throw new IllegalArgumentException(file + " " + e.problem(), e);
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException(file + " is empty");
        }
        try {
            int n = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes)).size();
            if (n == 0) {
                throw new IllegalArgumentException(file + " holds no PEM certificate");
            }
            return n;
        } catch (CertificateException e) {
            throw new IllegalArgumentException(file + " holds no PEM certificate (expected"
                    + " -----BEGIN CERTIFICATE-----)", e);
        }
    }
}
