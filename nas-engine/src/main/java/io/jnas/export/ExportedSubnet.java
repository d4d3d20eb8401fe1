package io.jnas.export;

import static java.util.Objects.requireNonNull;

import io.jnas.search.Evaluation;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One exported subnet: its rank, the evaluation it came from, its folder, what was written there,
 * and its measurements so far (per device, in the run's device order).
 *
 * @param rank 1 for the best score of the export
 * @param front the front it was chosen from (a device, or joint)
 */
public record ExportedSubnet(int rank, String front, Evaluation evaluation, Path folder,
        SubnetFiles.Written written, Map<String, DeviceMeasurement> measured) {

    public ExportedSubnet {
        requireNonNull(front, "front");
        requireNonNull(evaluation, "evaluation");
        requireNonNull(folder, "folder");
        requireNonNull(written, "written");
        measured = Collections.unmodifiableMap(new LinkedHashMap<>(measured));
    }

    /** The folder's name, {@code <rank>-<hash>} with the rank zero-padded for sorting. */
    public static String folderName(int rank, String hash) {
        return String.format(java.util.Locale.ROOT, "%02d-%s", rank, hash);
    }

    /** A copy with one more device measured (or failed). */
    public ExportedSubnet with(String device, DeviceMeasurement m) {
        Map<String, DeviceMeasurement> more = new LinkedHashMap<>(measured);
        more.put(device, m);
        return new ExportedSubnet(rank, front, evaluation, folder, written, more);
    }

    /** The same subnet in another folder (after the export folder is moved into place). */
    public ExportedSubnet in(Path newFolder) {
        return new ExportedSubnet(rank, front, evaluation, newFolder, written, measured);
    }

    public String hash() {
        return evaluation.hash();
    }
}
