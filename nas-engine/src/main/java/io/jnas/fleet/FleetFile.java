package io.jnas.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnas.agent.client.TrustedCertificates;
import io.jnas.text.InputFileException;
import io.jnas.text.TextFile;
import io.jnas.text.YamlFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a fleet file ({@code configs/fleets/*.yaml}): the agents a table build or a search uses.
 *
 * <pre>{@code
 * agents:
 *   - name: this-cpu
 *     address: local              # in-process agent on this machine's CPU
 *   - name: jetson-1
 *     address: 192.0.2.7:50051
 *     token_file: ~/.jnas/jetson.token
 *     tls_ca: certs/ca.pem        # plaintext when absent
 *     timeout_s: 120
 * }</pre>
 */
public final class FleetFile {

    private static final List<String> AGENT_KEYS =
            List.of("name", "address", "token", "token_file", "tls_ca", "timeout_s");

    private FleetFile() {
    }

    /**
     * The agents of a fleet file.
     *
     * @throws IllegalArgumentException naming the file and the field when it is not usable
     */
    public static List<AgentEntry> load(Path file) {
        JsonNode root;
        try {
            root = YamlFile.read(file);
        } catch (InputFileException e) {
            throw fail(file, "", e.problem());
        }
        if (root == null || !root.isObject()) {
            throw fail(file, "", "must be a mapping with the key 'agents'");
        }
        root.fieldNames().forEachRemaining(k -> {
            if (!k.equals("agents")) {
                throw fail(file, k, "is not a known key; expected agents");
            }
        });
        JsonNode agents = root.get("agents");
        if (agents == null || !agents.isArray() || agents.isEmpty()) {
            throw fail(file, "agents", "must be a non-empty list of agents");
        }
        List<AgentEntry> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < agents.size(); i++) {
            AgentEntry a = agent(file, agents.get(i), "agents[" + i + "]");
            if (!names.add(a.name())) {
                throw fail(file, "agents[" + i + "].name", "must be unique, but '" + a.name()
                        + "' appears twice");
            }
            out.add(a);
        }
        return out;
    }

    private static AgentEntry agent(Path file, JsonNode n, String at) {
        if (n == null || !n.isObject()) {
            throw fail(file, at, "must be a mapping with name and address");
        }
        n.fieldNames().forEachRemaining(k -> {
            if (!AGENT_KEYS.contains(k)) {
                throw fail(file, at + "." + k, "is not a known key; expected one of "
                        + String.join(", ", AGENT_KEYS));
            }
        });
        String name = text(file, n, at, "name");
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw fail(file, at + ".name", "must be 1-64 letters, digits, '.', '_' or '-', but was '"
                    + name + "'");
        }
        String address = text(file, n, at, "address");
        if (!address.equals(AgentEntry.LOCAL) && !address.matches("(\\[[0-9a-fA-F:]+]|[A-Za-z0-9.-]+):\\d{1,5}")) {
            throw fail(file, at + ".address", "must be 'local' or host:port, but was '" + address + "'");
        }
        if (!address.equals(AgentEntry.LOCAL)) {
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            if (port < 1 || port > 65535) {
                throw fail(file, at + ".address", "port must be in [1, 65535], but was " + port);
            }
        }
        if (n.has("token") && n.has("token_file")) {
            throw fail(file, at, "must have token or token_file, not both");
        }
        Optional<String> token = Optional.empty();
        if (n.has("token")) {
            token = Optional.of(text(file, n, at, "token"));
        } else if (n.has("token_file")) {
            Path tf = resolve(file, text(file, n, at, "token_file"));
            try {
                token = Optional.of(TextFile.read(tf).strip());
            } catch (InputFileException e) {
                throw fail(file, at + ".token_file", "must be a readable file, but "
                        + e.getMessage());
            }
        }
        Optional<Path> ca = n.has("tls_ca") ? Optional.of(resolve(file, text(file, n, at, "tls_ca")))
                : Optional.empty();
        ca.ifPresent(p -> {
            try {
                TrustedCertificates.check(p);
            } catch (IllegalArgumentException e) {
                throw fail(file, at + ".tls_ca", "must be a readable PEM file of certificates,"
                        + " but " + e.getMessage());
            }
        });
        Duration timeout = Duration.ofSeconds(120);
        if (n.has("timeout_s")) {
            JsonNode t = n.get("timeout_s");
            if (!t.isInt() || t.intValue() < 1 || t.intValue() > 86_400) {
                throw fail(file, at + ".timeout_s", "must be an integer in [1, 86400], but was " + t);
            }
            timeout = Duration.ofSeconds(t.intValue());
        }
        return new AgentEntry(name, address, token, ca, timeout);
    }

    private static Path resolve(Path fleetFile, String p) {
        String expanded = p.startsWith("~/") ? System.getProperty("user.home") + p.substring(1) : p;
        Path path = Path.of(expanded);
        Path dir = fleetFile.toAbsolutePath().getParent();
        return path.isAbsolute() ? path : dir.resolve(path);
    }

    private static String text(Path file, JsonNode n, String at, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw fail(file, at + "." + key, "must be a non-empty string, but was "
                    + (v == null ? "missing" : v.toString()));
        }
        return v.asText();
    }

    private static IllegalArgumentException fail(Path file, String field, String problem) {
        return new IllegalArgumentException(file + ": " + (field.isEmpty() ? "" : field + " ")
                + problem);
    }
}
