/**
 * Distributed accuracy evaluation on JobRunr with PostgreSQL storage: each evaluation is a job
 * ({@link io.jnas.distributed.EvaluationRequest}), workers are JobRunr background servers with
 * one worker thread ({@link io.jnas.distributed.Worker}), results land in a table of their own
 * with one row per (run, architecture) ({@link io.jnas.distributed.ResultsTable}), and the
 * search submits batches and waits for them, or, asynchronously, single jobs whose results it
 * takes as they come ({@link io.jnas.distributed.RemoteEvaluation}). Where evaluations run
 * (flags or run-config keys) is a {@link io.jnas.distributed.Placement}.
 * Retries, heartbeats and orphaned jobs are JobRunr's; nothing here queues or schedules.
 *
 * <p>May import: {@code io.jnas.run}, {@code io.jnas.failure}, {@code io.jnas.accuracy},
 * {@code io.jnas.codec}, {@code io.jnas.arch}, {@code io.jnas.cost}, {@code io.jnas.cell},
 * {@code io.jnas.space}, {@code io.jnas.agent.guard}, {@code io.jnas.agent.profiler},
 * {@code io.jnas.agent.timing}, JobRunr, PostgreSQL, Jackson and Jenetics. Never DJL directly.
 */
package io.jnas.distributed;
