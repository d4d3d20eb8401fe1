#!/usr/bin/env python3
"""Cuts the small data subsets the repository carries (datasets/) from the full data sets.

Run once by a maintainer; the program and the tests only read the result. Standard library only,
so any python3 runs it. Every subset is stratified (the same number of images per class) and
seeded (random.Random(SEED)), so re-running it on the same sources writes the same bytes: gzip
and tar headers carry no time stamp.

    scripts/cut-datasets.py --fashion DIR --mnist DIR --digits FILE --cifar10 FILE --out datasets

Sources: DIR holds the IDX .gz files (Fashion-MNIST: Debian's dataset-fashion-mnist;
MNIST: the t10k test split); FILE is digits.csv.gz (scikit-learn) or cifar10-jpg.tar.gz.
"""
import argparse
import gzip
import hashlib
import io
import random
import shutil
import struct
import tarfile
from pathlib import Path

SEED = 20261204


def read_idx(images, labels):
    with gzip.open(images, "rb") as f:
        magic, n, rows, cols = struct.unpack(">IIII", f.read(16))
        assert magic == 0x803, images
        pixels = f.read(n * rows * cols)
    with gzip.open(labels, "rb") as f:
        magic, m = struct.unpack(">II", f.read(8))
        assert magic == 0x801 and m == n, labels
        labs = f.read(n)
    size = rows * cols
    return [(pixels[i * size:(i + 1) * size], labs[i]) for i in range(n)], rows, cols


def stratified(indices_by_class, per_class, rng):
    """per_class indices of each class, drawn without replacement, in original order."""
    chosen = []
    for c in sorted(indices_by_class):
        chosen.extend(rng.sample(indices_by_class[c], per_class))
    return sorted(chosen)


def gz_bytes(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as g:
        g.write(data)
    return buf.getvalue()


def write_idx(out_dir, prefix, samples, rows, cols):
    out_dir.mkdir(parents=True, exist_ok=True)
    images = struct.pack(">IIII", 0x803, len(samples), rows, cols) + b"".join(s[0] for s in samples)
    labels = struct.pack(">II", 0x801, len(samples)) + bytes(s[1] for s in samples)
    (out_dir / f"{prefix}-images-idx3-ubyte.gz").write_bytes(gz_bytes(images))
    (out_dir / f"{prefix}-labels-idx1-ubyte.gz").write_bytes(gz_bytes(labels))


def cut_idx(src_dir, src_prefix, out_dir, out_prefix, per_class, rng):
    samples, rows, cols = read_idx(src_dir / f"{src_prefix}-images-idx3-ubyte.gz",
                                   src_dir / f"{src_prefix}-labels-idx1-ubyte.gz")
    by_class = {}
    for i, (_, label) in enumerate(samples):
        by_class.setdefault(label, []).append(i)
    chosen = stratified(by_class, per_class, rng)
    write_idx(out_dir, out_prefix, [samples[i] for i in chosen], rows, cols)


def cut_cifar(archive, out_file, per_class, rng):
    # Two streaming passes: random access into a gzipped tar re-reads it from the start.
    names = {}
    with tarfile.open(archive, "r|gz") as tar:
        for m in tar:
            parts = m.name.split("/")
            if m.isfile() and len(parts) == 3 and parts[0] in per_class:
                names.setdefault((parts[0], parts[1]), []).append(m.name)
    chosen = set()
    for (split, cls) in sorted(names):
        chosen.update(rng.sample(sorted(names[(split, cls)]), per_class[split]))
    data = {}
    with tarfile.open(archive, "r|gz") as tar:
        for m in tar:
            if m.name in chosen:
                data[m.name] = tar.extractfile(m).read()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as out:
        dirs = sorted({n.rsplit("/", 1)[0] for n in chosen} | {n.split("/", 1)[0] for n in chosen})
        for d in dirs:
            info = tarfile.TarInfo(d)
            info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, 0
            out.addfile(info)
        for name in sorted(chosen):
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data[name]), 0o644, 0
            out.addfile(info, io.BytesIO(data[name]))
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_bytes(gz_bytes(buf.getvalue()))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--fashion", type=Path, required=True)
    p.add_argument("--mnist", type=Path, required=True)
    p.add_argument("--digits", type=Path, required=True)
    p.add_argument("--cifar10", type=Path, required=True)
    p.add_argument("--out", type=Path, default=Path("datasets"))
    a = p.parse_args()
    rng = random.Random(SEED)
    cut_idx(a.fashion, "train", a.out / "fashion-mnist", "train", 900, rng)
    cut_idx(a.fashion, "t10k", a.out / "fashion-mnist", "t10k", 200, rng)
    cut_idx(a.mnist, "t10k", a.out / "mnist", "t10k", 300, rng)
    (a.out / "digits").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(a.digits, a.out / "digits" / "digits.csv.gz")
    cut_cifar(a.cifar10, a.out / "cifar10" / "cifar10-jpg.tar.gz", {"train": 100, "test": 100}, rng)
    lines = []
    for f in sorted(a.out.rglob("*.gz")):
        digest = hashlib.sha256(f.read_bytes()).hexdigest()
        lines.append(f"{digest}  {f.relative_to(a.out).as_posix()}")
    (a.out / "SHA256SUMS").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
