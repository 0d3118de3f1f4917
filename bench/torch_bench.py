#!/usr/bin/env python3
"""PyTorch reference benchmark for Netwright's training engine (Fashion-MNIST).

This script is a *reference only*: it is never a dependency of the product. It
exists so humans (and, optionally, the C++ bench target `netwright_bench` /
`netwright-cli bench`) can put our engine's training speed side by side with
PyTorch on exactly the same workload. See bench/README.md for the protocol.

What it measures
----------------
For each model, the wall-clock time of the *training epoch(s) only*:

  * data is already in memory (loaded once, before timing, from the IDX files
    with gzip + numpy.frombuffer; no torchvision, no DataLoader);
  * training images stay uint8; each batch is gathered through the epoch's
    seeded shuffled permutation and converted to float32 / 255 inside the
    timed loop (the Netwright engine does the same: "keep training data as
    uint8 until batch assembly"), so indexing + conversion cost is included;
  * forward, softmax cross-entropy loss, backward, optimizer step per batch;
  * batch 64, all 60,000 training images per epoch (937 full batches + one
    final batch of 32).

Reported per model: samples/second of training (epochs * 60000 / seconds),
the seconds, and test accuracy on the 10,000 test images (evaluated after
training, not timed).

Models
------
  mlp : Linear(784,256)-ReLU-Linear(256,10); SGD lr 0.1, momentum 0.9.
  cnn : Conv2d(1,8,3,p=1)-ReLU-MaxPool2d(2)-Conv2d(8,16,3,p=1)-ReLU-
        MaxPool2d(2)-Flatten-Linear(16*7*7,10); Adam lr 1e-3.

Threads: torch.set_num_threads(N) for intra-op parallelism, and inter-op
threads fixed to 1. `--best` runs each model with 1 and with 2 threads and
reports the faster ("PyTorch in its fastest thread setting"); both runs use
the same seed, so they do identical work.

BLAS caveat: the mlp is almost entirely two GEMMs, so its speed is the speed
of the BLAS torch is linked against. The script logs (and puts in the JSON)
which libblas is loaded and warns if it is the netlib reference BLAS, as with
this machine's Debian torch build (BLAS_INFO=generic -> libblas.so.3 netlib).
The cnn's convolutions use oneDNN and are not affected.

Exact command (use the system Python that has PyTorch 1.13 CPU, not the pyenv
python3 on PATH), from the repository root:

    /usr/bin/python3 bench/torch_bench.py --model all --best

Machine-readable (one JSON document on stdout, human lines on stderr):

    /usr/bin/python3 bench/torch_bench.py --model all --best --json

Other options: --threads N, --epochs N, --seed S, --data DIR.
"""

import argparse
import gzip
import json
import os
import platform
import re
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn

DEFAULT_DATA = "/usr/share/datasets/fashion-mnist"
BATCH = 64
TEST_BATCH = 1000


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# IDX loading (numpy only)
# --------------------------------------------------------------------------

def read_idx(path):
    """Read a gzip'd IDX file into a uint8 numpy array of its stated shape."""
    with gzip.open(path, "rb") as f:
        raw = f.read()
    zero, dtype_code, ndim = struct.unpack(">HBB", raw[:4])
    if zero != 0 or dtype_code != 0x08:
        raise ValueError("%s: not an unsigned-byte IDX file" % path)
    dims = struct.unpack(">" + "I" * ndim, raw[4:4 + 4 * ndim])
    # .copy(): frombuffer over bytes is read-only, and torch.from_numpy warns
    # on read-only arrays. Done once at load time, outside the timed region.
    data = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).copy()
    expected = int(np.prod(dims))
    if data.size != expected:
        raise ValueError("%s: expected %d bytes of data, got %d"
                         % (path, expected, data.size))
    return data.reshape(dims)


def load_fashion_mnist(data_dir):
    def p(name):
        return os.path.join(data_dir, name)
    train_x = read_idx(p("train-images-idx3-ubyte.gz"))   # (60000, 28, 28) uint8
    train_y = read_idx(p("train-labels-idx1-ubyte.gz"))   # (60000,) uint8
    test_x = read_idx(p("t10k-images-idx3-ubyte.gz"))     # (10000, 28, 28) uint8
    test_y = read_idx(p("t10k-labels-idx1-ubyte.gz"))     # (10000,) uint8
    # Flatten to (N, 784) uint8; labels to int64 once (labels are tiny, and
    # cross_entropy needs int64 targets).
    return (np.ascontiguousarray(train_x.reshape(len(train_x), -1)),
            train_y.astype(np.int64),
            np.ascontiguousarray(test_x.reshape(len(test_x), -1)),
            test_y.astype(np.int64))


# --------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------

def make_model(name):
    if name == "mlp":
        model = nn.Sequential(
            nn.Linear(784, 256), nn.ReLU(),
            nn.Linear(256, 10))
        opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        in_shape = (-1, 784)
    elif name == "cnn":
        model = nn.Sequential(
            nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(16 * 7 * 7, 10))
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        in_shape = (-1, 1, 28, 28)
    else:
        raise ValueError(name)
    return model, opt, in_shape


def to_float_batch(x_u8, in_shape):
    """uint8 (B, 784) numpy -> float32 tensor in [0, 1] of the model's shape."""
    return torch.from_numpy(x_u8).to(torch.float32).div_(255.0).view(in_shape)


# --------------------------------------------------------------------------
# One run: train (timed) + evaluate (untimed)
# --------------------------------------------------------------------------

def run(name, data, threads, epochs, seed):
    train_x, train_y, test_x, test_y = data
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)

    model, opt, in_shape = make_model(name)
    loss_fn = nn.CrossEntropyLoss()   # softmax + cross-entropy, mean over batch
    n = len(train_x)
    batches = 0

    model.train()
    t0 = time.perf_counter()
    for _ in range(epochs):
        perm = rng.permutation(n)
        for start in range(0, n, BATCH):
            idx = perm[start:start + BATCH]
            xb = to_float_batch(train_x[idx], in_shape)
            yb = torch.from_numpy(train_y[idx])
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
            batches += 1
    seconds = time.perf_counter() - t0
    final_loss = float(loss.item())

    model.eval()
    correct = 0
    with torch.no_grad():
        for start in range(0, len(test_x), TEST_BATCH):
            xb = to_float_batch(test_x[start:start + TEST_BATCH], in_shape)
            pred = model(xb).argmax(dim=1)
            correct += int((pred == torch.from_numpy(
                test_y[start:start + TEST_BATCH])).sum())
    acc = correct / len(test_x)

    return {
        "threads": threads,
        "epochs": epochs,
        "batch_size": BATCH,
        "batches": batches,
        "train_samples": n * epochs,
        "seconds": seconds,
        "samples_per_second": n * epochs / seconds,
        "test_accuracy": acc,
        "final_batch_loss": final_loss,
    }


def run_inference(name, data, threads, seed, batch=256, passes=20):
    """Forward passes only: the test images in batches of `batch` (uint8 to float
    included), one untimed pass, then `passes` timed ones. Freshly initialised
    weights: the speed does not depend on their values."""
    _, _, test_x, _ = data
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    model, _, in_shape = make_model(name)
    model.eval()

    def one_pass():
        with torch.no_grad():
            for start in range(0, len(test_x), batch):
                model(to_float_batch(test_x[start:start + batch], in_shape))

    one_pass()
    t0 = time.perf_counter()
    for _ in range(passes):
        one_pass()
    seconds = time.perf_counter() - t0
    return {
        "threads": threads,
        "epochs": 0,
        "batch_size": batch,
        "passes": passes,
        "seconds": seconds,
        "samples_per_second": len(test_x) * passes / seconds,
        "test_accuracy": 0.0,
    }


def blas_backend():
    """Best-effort description of the BLAS that torch's Linear layers use.

    Matters a lot for the mlp numbers: distribution builds of PyTorch (e.g.
    Debian's, BLAS_INFO=generic) call whatever libblas.so.3 the system
    alternatives point at, which may be the unoptimised netlib reference BLAS.
    Convolutions go through oneDNN (MKL-DNN) and do not depend on it.
    """
    cfg = torch.__config__.show()
    m = re.search(r"BLAS_INFO=([^,\s]+)", cfg)
    info = {"build_blas_info": m.group(1) if m else None, "loaded": []}
    try:
        with open("/proc/self/maps") as f:
            libs = {line.split()[-1] for line in f
                    if re.search(r"(blas|blis|mkl_rt|mkl_core)[^/]*\.so",
                                 line)}
        info["loaded"] = sorted({os.path.realpath(x) for x in libs})
    except OSError:
        pass
    # Debian's netlib BLAS lives in .../blas/libblas.so.3; OpenBLAS provides its
    # own libblas.so.3 under openblas-*/. numpy may load OpenBLAS beside netlib,
    # so the test is which libblas.so.3 is loaded, not whether OpenBLAS is.
    info["reference_netlib"] = any(
        re.search(r"/blas/libblas\.so", path) for path in info["loaded"])
    return info


def describe(name, r):
    if "passes" in r:
        return ("%-3s threads=%d inference, batch %d: %8.0f samples/s  (%.2f s)"
                % (name, r["threads"], r["batch_size"],
                   r["samples_per_second"], r["seconds"]))
    return ("%-3s threads=%d epochs=%d: %8.0f samples/s  (%.2f s)  "
            "test acc %.4f" % (name, r["threads"], r["epochs"],
                               r["samples_per_second"], r["seconds"],
                               r["test_accuracy"]))


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="PyTorch reference training benchmark (Fashion-MNIST).")
    ap.add_argument("--model", choices=["mlp", "cnn", "all"], default="all")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                    help="intra-op threads (default: CPU count); "
                         "inter-op threads are always 1")
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--best", action="store_true",
                    help="run with 1 and 2 threads, report the faster")
    ap.add_argument("--json", action="store_true",
                    help="print one JSON document on stdout")
    ap.add_argument("--inference", action="store_true",
                    help="time forward passes over the test set in batches "
                         "of 256 instead of training")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--data", default=DEFAULT_DATA,
                    help="directory holding the Fashion-MNIST .gz IDX files")
    args = ap.parse_args(argv)
    if args.threads < 1 or args.epochs < 1:
        ap.error("--threads and --epochs must be >= 1")

    # Must happen before any inter-op parallel work starts.
    torch.set_num_interop_threads(1)

    t0 = time.perf_counter()
    data = load_fashion_mnist(args.data)
    log("loaded Fashion-MNIST from %s in %.2f s (train %s, test %s, uint8)"
        % (args.data, time.perf_counter() - t0,
           data[0].shape, data[2].shape))
    log("torch %s, numpy %s, python %s, %d CPUs"
        % (torch.__version__, np.__version__, platform.python_version(),
           os.cpu_count() or 0))

    blas = blas_backend()
    log("BLAS: build %s, loaded %s"
        % (blas["build_blas_info"], ", ".join(blas["loaded"]) or "(none found)"))
    if blas["reference_netlib"]:
        log("WARNING: torch is using the reference (netlib) BLAS; Linear "
            "layers (mlp) will be far slower than a PyTorch build with "
            "MKL/OpenBLAS. Report this next to any mlp ratio.")

    models = ["mlp", "cnn"] if args.model == "all" else [args.model]
    thread_settings = [1, 2] if args.best else [args.threads]

    results = {}
    for name in models:
        runs = []
        for t in thread_settings:
            if args.inference:
                r = run_inference(name, data, t, args.seed)
            else:
                r = run(name, data, t, args.epochs, args.seed)
            log(describe(name, r))
            runs.append(r)
        best = max(runs, key=lambda r: r["samples_per_second"])
        entry = dict(best)
        entry["runs"] = runs
        results[name] = entry
        if args.best:
            log("%-3s best: %d thread(s), %.0f samples/s"
                % (name, best["threads"], best["samples_per_second"]))

    if args.json:
        doc = {
            "benchmark": "netwright-torch-reference",
            "dataset": "fashion-mnist",
            "torch_version": torch.__version__,
            "numpy_version": np.__version__,
            "python_version": platform.python_version(),
            "cpu_count": os.cpu_count(),
            "blas": blas,
            "interop_threads": torch.get_num_interop_threads(),
            "best_of_threads": thread_settings if args.best else None,
            "seed": args.seed,
            "models": results,
        }
        json.dump(doc, sys.stdout, indent=2)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
