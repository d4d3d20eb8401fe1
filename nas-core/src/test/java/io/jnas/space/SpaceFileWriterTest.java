package io.jnas.space;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpaceFileWriterTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"mnist-small.yaml", "cifar-small.yaml", "mobilenet-224.yaml"})
    void writtenSpacesReadBackEqual(String file) throws Exception {
        SearchSpace s = SearchSpace.load(Path.of(System.getProperty("nas.home", ".."))
                .resolve("configs/spaces/" + file));
        Path out = Files.writeString(dir.resolve(file), SpaceFileWriter.toYaml(s));
        SearchSpace back = SearchSpace.load(out);
        assertEquals(s, back);
        assertEquals(s.hash(), back.hash());
    }
}
