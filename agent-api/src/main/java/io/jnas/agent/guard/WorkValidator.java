package io.jnas.agent.guard;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.OpKey;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSkeleton;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses op keys and architectures from a request and checks their sizes, their estimated
 * memory and the total work of the call against {@link RequestLimits}, before anything is built.
 */
public final class WorkValidator {

    /** Longest architecture JSON accepted: far above any real network, far below a flood. */
    static final int MAX_JSON_CHARS = 1 << 20;

    private final RequestLimits limits;

    public WorkValidator(RequestLimits limits) {
        this.limits = requireNonNull(limits, "limits");
    }

    /**
     * The blocks of a {@code ProfileOps} request, in order.
     *
     * @throws RequestRejectedException naming the key at fault ({@code op_keys[3]})
     */
    public List<BlockSpec> opKeys(List<String> keys, ProfileSettings s) {
        if (keys.isEmpty()) {
            throw RequestRejectedException.invalid("op_keys must hold at least one key, but was"
                    + " empty");
        }
        if (keys.size() > limits.maxKeysPerCall()) {
            throw RequestRejectedException.invalid("op_keys must hold at most "
                    + limits.maxKeysPerCall() + " keys per call, but held " + keys.size()
                    + " (split the request)");
        }
        List<BlockSpec> blocks = new ArrayList<>(keys.size());
        double work = 0;
        for (int i = 0; i < keys.size(); i++) {
            String field = "op_keys[" + i + "]";
            BlockSpec b;
            try {
                b = OpKey.parse(keys.get(i)).toBlockSpec();
            } catch (IllegalArgumentException e) {
                throw RequestRejectedException.invalid(field + ": "
                        + SafeText.printable(e.getMessage()));
            }
            checkBlock(field, b, s);
            blocks.add(b);
            work += WorkEstimate.macs(b, s.batch());
        }
        checkWork("op_keys (" + keys.size() + " blocks)", work, s);
        return blocks;
    }

    /**
     * The architecture of a {@code ProfileModel} request.
     *
     * @throws RequestRejectedException naming {@code architecture_json} and what is wrong
     */
    public Architecture architecture(String json, ProfileSettings s) {
        if (json == null || json.isBlank()) {
            throw RequestRejectedException.invalid("architecture_json must not be empty");
        }
        if (json.length() > MAX_JSON_CHARS) {
            throw RequestRejectedException.invalid("architecture_json must be at most "
                    + MAX_JSON_CHARS + " characters, but was " + json.length());
        }
        Architecture a;
        try {
            a = Architecture.fromJson(json);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RequestRejectedException.invalid("architecture_json: "
                    + SafeText.printable(e.getMessage()));
        }
        if (a.blocks().size() > limits.maxBlocksPerModel()) {
            throw RequestRejectedException.invalid("architecture_json must have at most "
                    + limits.maxBlocksPerModel() + " blocks, but had " + a.blocks().size());
        }
        for (int i = 0; i < a.blocks().size(); i++) {
            checkSizes("architecture_json blocks[" + i + "]", a.blocks().get(i));
        }
        double bytes = WorkEstimate.bytes(a, s.batch(), s.precision());
        if (bytes > limits.maxMemoryBytes()) {
            throw RequestRejectedException.invalid("architecture_json needs an estimated "
                    + WorkEstimate.human(bytes) + " of memory at settings.batch " + s.batch()
                    + ", but at most " + WorkEstimate.human(limits.maxMemoryBytes())
                    + " is allowed");
        }
        checkWork("architecture_json", WorkEstimate.macs(a, s.batch()), s);
        return a;
    }

    /**
     * Whether the JSON of a {@code ProfileModel} request is a NAS-Bench-201 cell network (an
     * object with a {@code cell} field) rather than a block list; malformed JSON is not, and the
     * block-list path reports it.
     */
    public static boolean isCellNetwork(String json) {
        return json != null && json.length() <= MAX_JSON_CHARS
                && CellNetwork.isCellNetworkJson(json);
    }

    /**
     * The cell network of a {@code ProfileModel} request.
     *
     * @throws RequestRejectedException naming {@code architecture_json} and what is wrong
     */
    public CellNetwork cellNetwork(String json, ProfileSettings s) {
        CellNetwork n;
        try {
            n = CellNetwork.fromJson(json);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RequestRejectedException.invalid("architecture_json: "
                    + SafeText.printable(e.getMessage()));
        }
        CellSkeleton k = n.skeleton();
        int channels = Math.max(k.input().channels(), Collections.max(k.channels()));
        if (channels > limits.maxChannels()) {
            throw RequestRejectedException.invalid("architecture_json channels must be <= "
                    + limits.maxChannels() + ", but was " + channels);
        }
        if (Math.max(k.input().height(), k.input().width()) > limits.maxSpatial()) {
            throw RequestRejectedException.invalid("architecture_json input height and width"
                    + " must be <= " + limits.maxSpatial() + ", but was " + k.input());
        }
        int blocks = k.stages() * k.cellsPerStage() + k.stages() + 3;
        if (blocks > limits.maxBlocksPerModel()) {
            throw RequestRejectedException.invalid("architecture_json must have at most "
                    + limits.maxBlocksPerModel() + " blocks, but had " + blocks);
        }
        double bytes = WorkEstimate.bytes(n, s.batch(), s.precision());
        if (bytes > limits.maxMemoryBytes()) {
            throw RequestRejectedException.invalid("architecture_json needs an estimated "
                    + WorkEstimate.human(bytes) + " of memory at settings.batch " + s.batch()
                    + ", but at most " + WorkEstimate.human(limits.maxMemoryBytes())
                    + " is allowed");
        }
        checkWork("architecture_json", WorkEstimate.macs(n, s.batch()), s);
        return n;
    }

    private void checkBlock(String field, BlockSpec b, ProfileSettings s) {
        checkSizes(field, b);
        double bytes = WorkEstimate.bytes(b, s.batch(), s.precision());
        if (bytes > limits.maxMemoryBytes()) {
            throw RequestRejectedException.invalid(field + " needs an estimated "
                    + WorkEstimate.human(bytes) + " of memory at settings.batch " + s.batch()
                    + ", but at most " + WorkEstimate.human(limits.maxMemoryBytes())
                    + " is allowed");
        }
    }

    private void checkSizes(String field, BlockSpec b) {
        int channels = Math.max(b.inChannels(), b.outChannels());
        if (channels > limits.maxChannels()) {
            throw RequestRejectedException.invalid(field + " channels must be <= "
                    + limits.maxChannels() + ", but was " + channels);
        }
        int size = Math.max(b.inHeight(), b.inWidth());
        if (size > limits.maxSpatial()) {
            throw RequestRejectedException.invalid(field + " input height and width must be <= "
                    + limits.maxSpatial() + ", but was " + b.inHeight() + "x" + b.inWidth());
        }
    }

    private void checkWork(String what, double macsPerCall, ProfileSettings s) {
        double gmacs = macsPerCall * s.timing().maxCalls() / 1e9;
        if (gmacs > limits.maxWorkGmacs()) {
            throw RequestRejectedException.invalid(String.format(Locale.ROOT,
                    "estimated work of %s must be <= %.0f GMACs, but was %.1f GMACs (%.3f GMACs"
                            + " per call at settings.batch %d x %d calls with re-measurements);"
                            + " lower the batch, the calls or the keys per call",
                    what, limits.maxWorkGmacs(), gmacs, macsPerCall / 1e9, s.batch(),
                    s.timing().maxCalls()));
        }
    }
}
