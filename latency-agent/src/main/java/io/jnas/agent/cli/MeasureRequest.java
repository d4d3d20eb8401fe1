package io.jnas.agent.cli;

import io.jnas.agent.guard.RequestedSettings;
import io.jnas.options.MeasureOptions;

/** The settings a client command asks an agent for: its {@link MeasureOptions}, else defaults. */
final class MeasureRequest {

    private MeasureRequest() {
    }

    static RequestedSettings of(MeasureOptions m) {
        return new RequestedSettings("", "", m.batch(), "", 0, m.warmup(), m.repetitions(),
                m.rounds(), m.maxCv(), m.maxRemeasure());
    }
}
