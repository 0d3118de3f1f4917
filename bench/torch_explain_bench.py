#!/usr/bin/python3
"""The PyTorch side of bench/explain_bench.cpp: the same Fashion CNN
(resources/examples/fashion-cnn.nwproj: conv 16 - BN - ReLU - pool - conv 32 - BN -
ReLU - pool - flatten - dropout - 128 - ReLU - 10, evaluation mode), the same
first Fashion-MNIST test image, the same methods done the way Captum does them
(one batched backward per method), timed with the same protocol: interleaved
rounds, the median within each round, the median of the rounds.

    /usr/bin/python3 bench/torch_explain_bench.py [--threads T] [--rounds R]
"""

import argparse
import gzip
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class FashionCnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(32)
        self.drop = nn.Dropout(0.25)
        self.fc1 = nn.Linear(32 * 7 * 7, 128)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn1(self.conv1(x))), 2)
        x = F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2)
        return self.fc2(F.relu(self.fc1(self.drop(x.flatten(1)))))


def sample():
    try:
        with gzip.open("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz") as f:
            data = f.read()
        return torch.tensor(list(data[16:16 + 784]), dtype=torch.float32).reshape(1, 1, 28, 28) / 255.0
    except OSError:
        i = torch.arange(784)
        return (((i // 28 + i % 28) % 7).float() / 7.0).reshape(1, 1, 28, 28)


def gradient(net, x, target):
    x = x.clone().requires_grad_(True)
    net(x)[0, target].backward()
    return x.grad


def smoothgrad(net, x, target, n=25, noise=0.15):
    sigma = noise * float(x.max() - x.min())
    batch = (x + sigma * torch.randn(n, *x.shape[1:])).requires_grad_(True)
    net(batch)[:, target].sum().backward()
    return batch.grad.mean(0, keepdim=True)


def integrated_gradients(net, x, target, steps=50):
    alphas = torch.linspace(0, 1, steps + 1).reshape(-1, 1, 1, 1)
    path = (alphas * x).requires_grad_(True)
    net(path)[:, target].sum().backward()
    g = path.grad
    return x * (0.5 * (g[0] + g[-1]) + g[1:-1].sum(0)) / steps


def occlusion(net, x, target, window=4, stride=2):
    rows = range(0, 28 - window + 1, stride)
    copies = [x[0]]
    for r in rows:
        for c in rows:
            o = x[0].clone()
            o[:, r:r + window, c:c + window] = 0
            copies.append(o)
    with torch.no_grad():
        scores = net(torch.stack(copies))[:, target]
    total = torch.zeros(28, 28)
    count = torch.zeros(28, 28)
    k = 1
    for r in rows:
        for c in rows:
            total[r:r + window, c:c + window] += scores[0] - scores[k]
            count[r:r + window, c:c + window] += 1
            k += 1
    return total / count.clamp(min=1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(0)
    net = FashionCnn().eval()
    x = sample()
    target = int(net(x).argmax())
    cases = [("gradient", lambda: gradient(net, x, target), 30),
             ("smoothgrad 25", lambda: smoothgrad(net, x, target), 5),
             ("integrated-gradients 50", lambda: integrated_gradients(net, x, target), 5),
             ("occlusion 4/2", lambda: occlusion(net, x, target), 5)]
    for _, fn, _ in cases:
        fn()
    medians = {name: [] for name, _, _ in cases}
    for _ in range(args.rounds):
        times = {name: [] for name, _, _ in cases}
        for rep in range(max(r for _, _, r in cases)):
            for name, fn, reps in cases:
                if rep >= reps:
                    continue
                start = time.perf_counter()
                fn()
                times[name].append(1000 * (time.perf_counter() - start))
        for name in times:
            medians[name].append(statistics.median(times[name]))
    print("torch_explain_bench: PyTorch %s, %d thread(s), %d rounds; ms per explanation, median of round medians (min..max)"
          % (torch.__version__, args.threads, args.rounds))
    for name, _, _ in cases:
        m = medians[name]
        print("  %-26s %8.2f ms  (%.2f..%.2f)" % (name, statistics.median(m), min(m), max(m)))


if __name__ == "__main__":
    main()
