package io.jnas.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine form of {@code nas profile --json}. Field names are a contract for scripts: exact
 * integers everywhere (memory in bytes), the space size as a decimal string (it overflows a JSON
 * number's safe range) next to its base-10 logarithm.
 */
public final class ProfileJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileJson() {
    }

    public static String write(SpaceProfile p) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("space", p.name());
        root.put("spaceHash", p.spaceHash());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("channels", p.input().channels());
        input.put("height", p.input().height());
        input.put("width", p.input().width());
        root.put("input", input);
        root.put("classes", p.classes());
        root.put("size", p.size().toString());
        root.put("sizeLog10", Math.log10(p.size().doubleValue()));
        Map<String, Object> subnets = new LinkedHashMap<>();
        for (SubnetProfile s : p.subnets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hash", s.hash());
            m.put("params", s.params());
            m.put("macs", s.macs());
            m.put("flops", s.flops());
            m.put("peakActivationBytes", s.peakActivationBytes());
            m.put("blocks", s.blocks());
            m.put("summary", s.summary());
            subnets.put(s.label(), m);
        }
        root.put("subnets", subnets);
        List<Object> stages = new ArrayList<>();
        for (StageProfile s : p.stages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", s.index());
            m.put("stride", s.stride());
            m.put("depth", s.depth());
            m.put("channels", s.channels());
            m.put("kernel", s.kernel());
            m.put("expand", s.expand());
            m.put("activation", s.activation());
            m.put("se", s.se());
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("depth", s.depth().size());
            counts.put("channels", s.channels().size());
            counts.put("kernel", s.kernel().size());
            counts.put("expand", s.expand().size());
            counts.put("activation", s.activation().size());
            counts.put("se", s.se().size());
            m.put("choiceCounts", counts);
            m.put("blockChoices", s.blockChoices());
            m.put("subnets", s.subnets().toString());
            stages.add(m);
        }
        root.put("stages", stages);
        List<Object> constraints = new ArrayList<>();
        for (ConstraintCheck c : p.constraints()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", c.constraint().metric().id());
            m.put("limit", c.constraint().limit());
            m.put("lowest", c.lowest());
            m.put("satisfiable", c.satisfiable());
            m.put("satisfiedBy", c.satisfiedBy());
            constraints.add(m);
        }
        root.put("constraints", constraints);
        root.put("minMeetsAll", p.minMeetsAll());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profile JSON cannot be written", e);
        }
    }
}
