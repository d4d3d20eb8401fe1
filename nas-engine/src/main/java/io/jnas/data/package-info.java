/**
 * Image classification data: an immutable in-memory {@link io.jnas.data.ImageDataset}, loaders
 * for the formats people have on disk (IDX for MNIST and Fashion-MNIST, CSV rows, CIFAR-10
 * binary batches and JPEG folders), a seeded train/validation {@link io.jnas.data.Split}, and
 * the {@link io.jnas.data.DataSets} registry that finds (or, when asked, downloads and checks)
 * the files of a named data set, {@link io.jnas.data.TestSplits} (the published test split beside
 * them) and {@link io.jnas.data.ClassLabels} (what each label means).
 *
 * <p>Plain Java only: this package never imports DJL, so loading and splitting data is testable
 * without a native engine; the accuracy evaluators turn samples into tensors.
 *
 * <p>May import: {@code io.jnas.failure}, {@code io.jnas.text} and progressbar.
 */
package io.jnas.data;
