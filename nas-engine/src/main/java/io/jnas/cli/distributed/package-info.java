/**
 * The commands of distributed evaluation: {@code nas worker} and the options of
 * {@code nas search} that send evaluations to workers ({@code --db}, {@code --workers}).
 */
package io.jnas.cli.distributed;
