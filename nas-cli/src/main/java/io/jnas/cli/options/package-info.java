/**
 * What the {@code nas} commands share: the {@code -v} option mixin ({@link VerboseOption}) and
 * how a {@code --space} name or file is found ({@link SpacePaths}).
 *
 * <p>May import: picocli.
 */
package io.jnas.cli.options;
