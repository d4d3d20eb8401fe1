/** {@code nas export}: the command line of {@link io.jnas.export.ExportRun}. */
package io.jnas.cli.export;
