package io.jnas.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetChoice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChoiceTextTest {

    static SearchSpace space() {
        return SearchSpace.load(Path.of(System.getProperty("nas.home", ".."),
                "configs/spaces/mnist-small.yaml"));
    }

    @Test
    void roundTripsRandomSubnetsWithoutCommas() {
        SearchSpace s = space();
        for (SubnetChoice c : RandomSubnets.distinct(s, 50, 1)) {
            String text = ChoiceText.format(c);
            assertTrue(!text.contains(",") && !text.contains("\n"), text);
            assertEquals(c, ChoiceText.parse(text));
        }
    }

    @Test
    void readsTheDocumentedForm() {
        SubnetChoice c = ChoiceText.parse("c24:k7e6silu/k3e1relu6;c40se:k5e3leaky_relu");
        assertEquals(24, c.stages().get(0).channels());
        assertEquals(1, c.stages().get(0).blocks().get(1).expand());
        assertTrue(c.stages().get(1).se());
        assertEquals("leaky_relu", c.stages().get(1).blocks().get(0).activation().id());
    }

    @Test
    void badTextNamesThePart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChoiceText.parse("c24:k7e6silu;x40:k3e3relu"));
        assertEquals("subnet stage must look like 'c24se:k3e6relu/k5e3silu', but was 'x40:k3e3relu'",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ChoiceText.parse("c24:k7e6swish"));
        assertTrue(e.getMessage().startsWith("activation must be one of"), e.getMessage());
    }
}
