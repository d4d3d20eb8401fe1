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

    @Test
    void quantilesInterpolate() {
        double[] s = {1, 2, 3, 4};
        assertEquals(2.5, EvalBenchCommand.quantile(s, 0.5));
        assertEquals(1.3, EvalBenchCommand.quantile(s, 0.1), 1e-12);
        assertEquals(4, EvalBenchCommand.quantile(s, 1));
    }
}
