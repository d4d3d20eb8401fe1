package io.jnas.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void readsDecimalAndBinarySuffixesAndDropsTheFraction() {
        assertEquals(Optional.of(250_000L), Quantity.parse("250k", false));
        assertEquals(Optional.of(1_500_000L), Quantity.parse(" 1.5M ", false));
        assertEquals(Optional.of(1_572_864L), Quantity.parse("1.5Mi", false));
        assertEquals(Optional.of(1L), Quantity.parse("1.9", false));
        assertEquals(Optional.of(2L << 20), Quantity.parse("2MiB", true));
    }

    @Test
    void refusesWhatIsNotAQuantity() {
        assertEquals(Optional.empty(), Quantity.parse("2MB", false));
        assertEquals(Optional.empty(), Quantity.parse("-5M", false));
        assertEquals(Optional.empty(), Quantity.parse("12q", true));
        assertThrows(ArithmeticException.class, () -> Quantity.parse("99999999999G", false));
    }
}
