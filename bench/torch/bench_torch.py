#!/usr/bin/env python3
"""One training epoch of the same program in PyTorch (CPU, 2 threads) and in Cellgrad.

Each workload is one Python source, run unchanged by both: `python3` with torch (a venv with
`pip install torch torchvision`, passed as --python) and `cellgrad run`. The program times its
epoch itself (time.perf_counter around the loop) and prints `EPOCH <seconds>`; the process's
peak RSS comes from wait4. Fashion-MNIST comes from Debian's dataset-fashion-mnist files,
unpacked once into a temporary torchvision root so both read the same idx files.

Usage: bench_torch.py --python /path/to/venv/bin/python [--cellgrad .build/release/cellgrad] [--runs 3]
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEBIAN = Path("/usr/share/datasets/fashion-mnist")

RSS = """
for line in open("/proc/self/status").read().splitlines():
    if line.startswith("VmHWM"):
        print("RSS", int(line.split()[1]) // 1024)
"""

PRELUDE = """
import time
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader
torch.manual_seed(0)
torch.set_num_threads(2)
"""

MLP = PRELUDE + """
from torchvision import datasets
train = datasets.FashionMNIST(root=ROOT, train=True)
x = train.data.float().reshape(-1, 784) / 255.0
y = train.targets
loader = DataLoader(TensorDataset(x, y), batch_size=BATCH, shuffle=True)
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
start = time.perf_counter()
for xb, yb in loader:
    opt.zero_grad()
    loss = loss_fn(model(xb), yb)
    loss.backward()
    opt.step()
print("EPOCH", time.perf_counter() - start)
print("LOSS", round(loss.item(), 2))
""" + RSS

CNN = PRELUDE + """
x = torch.rand(10000, 3, 32, 32)
y = torch.randint(0, 10, (10000,))
loader = DataLoader(TensorDataset(x, y), batch_size=32, shuffle=True)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 32, 3)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(32 * 15 * 15, 10)
    def forward(self, x):
        x = self.pool(torch.relu(self.conv(x)))
        return self.fc(x.flatten(1))
model = Net()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
start = time.perf_counter()
for xb, yb in loader:
    opt.zero_grad()
    loss = loss_fn(model(xb), yb)
    loss.backward()
    opt.step()
print("EPOCH", time.perf_counter() - start)
""" + RSS

LSTM = PRELUDE + """
x = torch.randint(0, 10000, (2000, 200))
y = torch.randint(0, 2, (2000,))
loader = DataLoader(TensorDataset(x, y), batch_size=64, shuffle=True)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10000, 32)
        self.lstm = nn.LSTM(32, 32, batch_first=True)
        self.fc = nn.Linear(32, 2)
    def forward(self, x):
        out, (h, c) = self.lstm(self.emb(x))
        return self.fc(h[-1])
model = Net()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
start = time.perf_counter()
for xb, yb in loader:
    opt.zero_grad()
    loss = loss_fn(model(xb), yb)
    loss.backward()
    opt.step()
print("EPOCH", time.perf_counter() - start)
""" + RSS

WORKLOADS = [
    ("MLP 784-128-10, 60,000 samples, batch 32", MLP.replace("BATCH", "32"), 0.5),
    ("MLP 784-128-10, 60,000 samples, batch 128", MLP.replace("BATCH", "128"), 0.8),
    ("Conv2d(3,32,3)-ReLU-MaxPool2d-Linear, 10,000 3x32x32, batch 32", CNN, 0.5),
    ("Embedding(10000,32)-LSTM(32)-Linear(2), 2,000 x 200, batch 64", LSTM, 1.0),
]


def prepare_root() -> str:
    root = Path(tempfile.mkdtemp(prefix="cellgrad-bench-")) / "data"
    raw = root / "FashionMNIST" / "raw"
    raw.mkdir(parents=True)
    for gz in DEBIAN.glob("*.gz"):
        with gzip.open(gz) as src, open(raw / gz.stem, "wb") as dst:
            shutil.copyfileobj(src, dst)
    return str(root)


def run(cmd: list[str], source: str, root: str) -> tuple[float, float, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source.replace("ROOT", repr(root)))
        path = f.name
    proc = subprocess.Popen(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "OMP_NUM_THREADS": "2", "OPENBLAS_NUM_THREADS": "2"})
    out, err = proc.communicate()
    os.unlink(path)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed:\n{err[-2000:]}")
    def value(key: str) -> float:
        return float(next(line.split()[1] for line in out.splitlines() if line.startswith(key)))
    return value("EPOCH"), value("RSS"), out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--python", required=True, help="a Python with torch and torchvision")
    ap.add_argument("--cellgrad", default=str(REPO / ".build" / "release" / "cellgrad"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", type=int, help="run one workload (0-based)")
    args = ap.parse_args()
    root = prepare_root()
    print("| workload | PyTorch (s) | Cellgrad (s) | ratio | target | peak RSS PyTorch / Cellgrad (MiB) |")
    print("|---|---:|---:|---:|---|---:|")
    for i, (name, source, target) in enumerate(WORKLOADS):
        if args.only is not None and i != args.only:
            continue
        peers = [run([args.python], source, root) for _ in range(args.runs)]
        ours = [run([args.cellgrad, "run"], source, root) for _ in range(args.runs)]
        p, o = min(r[0] for r in peers), min(r[0] for r in ours)
        print(f"| {name} | {p:.2f} | {o:.2f} | {o / p:.2f} | <= {target} | {max(r[1] for r in peers):.0f} / {max(r[1] for r in ours):.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
