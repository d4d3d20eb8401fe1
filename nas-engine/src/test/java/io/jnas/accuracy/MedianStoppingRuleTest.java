package io.jnas.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianStoppingRuleTest {

    @Test
    void nobodyStopsBeforeEnoughCandidates() {
        MedianStoppingRule r = new MedianStoppingRule(3);
        assertFalse(r.shouldStop(1, 0.9));
        assertFalse(r.shouldStop(1, 0.8));
        assertFalse(r.shouldStop(1, 0.1), "only 2 earlier candidates");
        assertEquals(3, r.seen(1));
    }

    @Test
    void belowTheMedianOfEarlierCandidatesStops() {
        MedianStoppingRule r = new MedianStoppingRule(3);
        r.shouldStop(1, 0.5);
        r.shouldStop(1, 0.7);
        r.shouldStop(1, 0.6); // median 0.6
        assertTrue(r.shouldStop(1, 0.55));
        assertFalse(r.shouldStop(1, 0.6), "above the median .575 of .5 .55 .6 .7");
        assertTrue(r.shouldStop(1, 0.59), "below the median .6 of .5 .55 .6 .6 .7");
        assertFalse(r.shouldStop(1, 0.6), "equal to the median continues");
    }

    @Test
    void checkpointsAreSeparate() {
        MedianStoppingRule r = new MedianStoppingRule(1);
        r.shouldStop(1, 0.9);
        assertFalse(r.shouldStop(2, 0.1), "nothing recorded at checkpoint 2 yet");
        assertTrue(r.shouldStop(1, 0.1));
    }

    @Test
    void medianOfEvenAndOdd() {
        assertEquals(2.0, MedianStoppingRule.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, MedianStoppingRule.median(List.of(4.0, 1.0, 2.0, 3.0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MedianStoppingRule(0));
        assertEquals("minCandidates must be >= 1, but was 0", e.getMessage());
    }

    @Test
    void wouldStopJudgesWithoutRecordingAndRecordTakesAFinishedCandidate() {
        MedianStoppingRule r = new MedianStoppingRule(1);
        assertFalse(r.wouldStop(1, 0.1), "nobody recorded yet");
        assertFalse(r.wouldStop(1, 0.1), "judging does not record");
        assertEquals(0, r.seen(1));
        r.record(List.of(0.5, 0.6));
        assertEquals(1, r.seen(1));
        assertEquals(1, r.seen(2));
        assertTrue(r.wouldStop(1, 0.4));
        assertFalse(r.wouldStop(2, 0.6), "equal to the median continues");
    }
}
