/**
 * What the {@code nas} commands share: the {@code -v} option mixin ({@link VerboseOption}) and
 * how a {@code --space} name or file is found ({@link SpacePaths}, over
 * {@code io.jnas.data.ProjectHome}).
 *
 * <p>May import: {@code io.jnas.data} and picocli.
 */
package io.jnas.cli.options;
