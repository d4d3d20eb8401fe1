/**
 * What the {@code nas} commands share: the option mixin
 * {@code --space} ({@link SpaceOption}), and how a space name or file is found
 * ({@link SpacePaths}, over {@code io.jnas.text.ProjectHome}).
 *
 * <p>May import: {@code io.jnas.text} and picocli.
 */
package io.jnas.cli.options;
