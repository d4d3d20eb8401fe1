/**
 * Reports as self-contained HTML pages: {@link io.jnas.report.Chart} values (line and scatter
 * charts of named series) drawn by Apache ECharts with its SVG renderer, the library's script
 * inlined so that a page works offline, and {@link io.jnas.report.RunReport}, the page of one
 * search run ({@code runs/<name>/report.html}).
 *
 * <p>May import: {@code io.jnas.run}, {@code io.jnas.search}, {@code io.jnas.arch} and Jackson.
 * Never DJL, gRPC or Jenetics: a report reads results, it computes none.
 */
package io.jnas.report;
