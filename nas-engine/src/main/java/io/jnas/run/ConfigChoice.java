package io.jnas.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run-config key whose value is one of a fixed set of names ({@link Strategy},
 * {@link PredictorKind}, {@link FitnessKind}, {@link MnasnetMode}): each enum constant knows the
 * name it has in YAML and on the command line.
 */
public interface ConfigChoice {

    /** The name of this choice in a run config (what {@code config.yaml} holds). */
    String key();

    /** The YAML names of an enum's constants, in declaration order. */
    static <E extends Enum<E> & ConfigChoice> List<String> keys(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(e.key());
        }
        return List.copyOf(out);
    }

    /**
     * The constant of a YAML name.
     *
     * @throws IllegalArgumentException "{@code what} must be one of ..., but was '...'"
     */
    static <E extends Enum<E> & ConfigChoice> E of(Class<E> type, String what, String key) {
        return find(type, key).orElseThrow(() -> new IllegalArgumentException(what
                + " must be one of " + String.join(", ", keys(type)) + ", but was '" + key + "'"));
    }

    /** The constant of a YAML name, if one has it. */
    static <E extends Enum<E> & ConfigChoice> Optional<E> find(Class<E> type, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
