#!/usr/bin/env python3
"""Write a small ImageFolder of real Fashion-MNIST images as grayscale 28x28 PNGs.

Source: Zalando's Fashion-MNIST (MIT licence), as installed by Debian's package
`dataset-fashion-mnist` in /usr/share/datasets/fashion-mnist (the four idx .gz files).

Layout written (beside this script, by default):
    fashion_images/train/<class_name>/NNNNN.png   the first 40 images of each class
                                                 in the training file (train-*)
    fashion_images/val/<class_name>/NNNNN.png     the first 10 images of each class
                                                 in the test file (t10k-*)
NNNNN is the image's index in its idx file, so every file traces back to its source.
The choice is deterministic (no random numbers): rerunning gives the same bytes.

Usage (needs Pillow):
    sudo apt-get install dataset-fashion-mnist      # if /usr/share/datasets/fashion-mnist is missing
    python3 -m pip install pillow
    python3 notebooks/data/make_fashion_images.py [--source DIR] [--out DIR]
                                                  [--train-per-class 40] [--val-per-class 10]
"""
from __future__ import annotations

import argparse
import gzip
import shutil
import struct
import sys
from pathlib import Path

from PIL import Image

CLASSES = ["T-shirt_top", "Trouser", "Pullover", "Dress", "Coat",
           "Sandal", "Shirt", "Sneaker", "Bag", "Ankle_boot"]
HERE = Path(__file__).resolve().parent


def read_idx(path: Path) -> tuple[tuple[int, ...], bytes]:
    """An idx file (gzip-compressed): its dimensions and its raw unsigned-byte data."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    zero, dtype, ndim = struct.unpack(">HBB", data[:4])
    if zero != 0 or dtype != 0x08:
        raise ValueError(f"{path}: not an unsigned-byte idx file")
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return dims, data[4 + 4 * ndim:]


def write_split(source: Path, prefix: str, out: Path, per_class: int) -> int:
    (n, rows, cols), pixels = read_idx(source / f"{prefix}-images-idx3-ubyte.gz")
    (n_labels,), labels = read_idx(source / f"{prefix}-labels-idx1-ubyte.gz")
    if n != n_labels:
        raise ValueError(f"{prefix}: {n} images but {n_labels} labels")
    counts = [0] * len(CLASSES)
    for name in CLASSES:
        (out / name).mkdir(parents=True, exist_ok=True)
    size = rows * cols
    for i in range(n):
        label = labels[i]
        if counts[label] >= per_class:
            if min(counts) >= per_class:
                break
            continue
        img = Image.frombytes("L", (cols, rows), pixels[i * size:(i + 1) * size])
        img.save(out / CLASSES[label] / f"{i:05d}.png", optimize=True)
        counts[label] += 1
    return sum(counts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=Path("/usr/share/datasets/fashion-mnist"))
    ap.add_argument("--out", type=Path, default=HERE / "fashion_images")
    ap.add_argument("--train-per-class", type=int, default=40)
    ap.add_argument("--val-per-class", type=int, default=10)
    args = ap.parse_args()
    if not (args.source / "train-images-idx3-ubyte.gz").exists():
        print(f"Fashion-MNIST not found in {args.source}: install Debian's dataset-fashion-mnist "
              f"or pass --source", file=sys.stderr)
        return 2
    for split in ("train", "val"):
        if (args.out / split).exists():
            shutil.rmtree(args.out / split)
    n_train = write_split(args.source, "train", args.out / "train", args.train_per_class)
    n_val = write_split(args.source, "t10k", args.out / "val", args.val_per_class)
    print(f"wrote {n_train} training and {n_val} validation images under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
