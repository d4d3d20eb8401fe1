package io.jnas.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The ECharts library (Apache-2.0, from the {@code org.webjars.npm:echarts} jar on the class
 * path), inlined into every page so that a report opens offline and from any folder.
 */
final class EChartsScript {

    static final String VERSION = "5.3.1";
    private static final String RESOURCE = "META-INF/resources/webjars/echarts/" + VERSION
            + "/dist/echarts.min.js";
    private static String text;

    private EChartsScript() {
    }

    /** The minified library, read once. */
    static synchronized String text() {
        if (text == null) {
            try (InputStream in = EChartsScript.class.getClassLoader()
                    .getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " must be on the class path (the"
                            + " org.webjars.npm:echarts:" + VERSION + " jar), but is not");
                }
                // a "</script" inside the library would end the inlining element early
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("</script", "<\\/script");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
        return text;
    }
}
