/**
 * Reading the project's input files the same way everywhere: {@link io.jnas.text.TextFile}
 * (strict UTF-8, a byte-order mark dropped, a bad byte named by offset and line) and
 * {@link io.jnas.text.YamlFile} (one YAML document, no anchors or aliases, no duplicate keys).
 * Every space, run config, fleet and table reader goes through them, so one bad byte or one
 * {@code *alias} gets the same message whatever the file is for. Failures are
 * {@link io.jnas.text.InputFileException}s that readers wrap in their own file:field format.
 *
 * <p>May import: {@code io.jnas.failure}, Jackson and SnakeYAML. Must not import DJL, gRPC or
 * Jenetics.
 */
package io.jnas.text;
