package io.jnas.data;

import java.util.List;
import java.util.Map;

/**
 * The names of a data set's classes in label order: what an exported model's output index
 * means. Kept beside {@link DataSetCatalog}, whose data sets they name.
 *
 * <pre>{@code
 * String name = ClassLabels.of("fashion-mnist").get(9);   // "Ankle boot"
 * }</pre>
 */
public final class ClassLabels {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7",
            "8", "9");

    /** Zalando's names (github.com/zalandoresearch/fashion-mnist, "Labels"). */
    private static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover",
            "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private static final Map<String, List<String>> BY_DATA_SET = Map.of(
            "fashion-mnist", FASHION,
            "mnist", DIGITS,
            "digits", DIGITS,
            "cifar10", Cifar10Loader.CLASSES);

    private ClassLabels() {
    }

    /**
     * @throws IllegalArgumentException naming the known data sets when {@code dataSet} is not one
     */
    public static List<String> of(String dataSet) {
        List<String> labels = BY_DATA_SET.get(DataSetCatalog.info(dataSet).name());
        if (labels == null) {
            throw new IllegalArgumentException("data set '" + dataSet + "' must have class labels"
                    + " in ClassLabels, but has none (known: " + BY_DATA_SET.keySet() + ")");
        }
        return labels;
    }
}
