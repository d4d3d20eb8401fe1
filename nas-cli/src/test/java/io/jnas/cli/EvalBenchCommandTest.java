package io.jnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnas.accuracy.TrainSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalBenchCommandTest {

    @Test
    void defaultOptionsAreTheDefaultTrainingSettings() {
        EvalBenchCommand c = new EvalBenchCommand();
        new CommandLine(c).parseArgs();
        assertEquals(TrainSettings.defaults(), c.settings());
    }
}
