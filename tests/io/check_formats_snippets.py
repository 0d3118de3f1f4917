#!/usr/bin/python3
"""Runs the Python snippets of docs/FORMATS.md on a checkpoint Netwright wrote and
checks what they load against what Netwright says it wrote.

    check_formats_snippets.py <io_write_sample> <docs/FORMATS.md> <work dir>

Every ```python block of the page is run as it stands, with the example file name
"spiral.safetensors" replaced by the checkpoint's path. Exit 77 (skipped) when
numpy is missing; the PyTorch block is skipped when torch is missing.
"""
import contextlib
import io
import json
import os
import re
import subprocess
import sys

try:
    import numpy as np
except ImportError:
    print("numpy is not installed: skipped")
    sys.exit(77)


def run_block(code, checkpoint):
    namespace = {"__name__": "formats_snippet"}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(code.replace('"spiral.safetensors"', repr(checkpoint)), "FORMATS.md", "exec"), namespace)
    return namespace


def expect_tensors(loaded, expected, to_numpy):
    assert sorted(loaded) == sorted(expected), (sorted(loaded), sorted(expected))
    for name, info in expected.items():
        got = to_numpy(loaded[name])
        want = np.array(info["values"], dtype=np.float32).reshape(info["shape"])
        assert got.dtype == np.float32 and got.shape == want.shape, (name, got.dtype, got.shape)
        assert got.tobytes() == want.tobytes(), name  # bit-exact


def main():
    sample, formats, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    checkpoint = os.path.join(work, "sample.safetensors")
    expected_path = os.path.join(work, "sample.json")
    subprocess.run([sample, checkpoint, expected_path], check=True)
    with open(expected_path) as f:
        expected = json.load(f)
    with open(formats, encoding="utf-8") as f:
        blocks = re.findall(r"```python\n(.*?)```", f.read(), re.S)
    assert len(blocks) == 2, f"expected a numpy and a PyTorch snippet, found {len(blocks)} python blocks"

    ns = run_block(blocks[0], checkpoint)
    expect_tensors(ns["tensors"], expected["tensors"], np.asarray)
    assert ns["metadata"] == expected["metadata"], ns["metadata"]
    copy = os.path.join(work, "resaved.safetensors")
    weights = {k: v for k, v in ns["tensors"].items() if not k.startswith("optimizer.")}
    ns["save_safetensors"](copy, weights, {"source": "numpy"})
    again, meta = ns["load_safetensors"](copy)
    assert meta == {"source": "numpy"}
    assert all(again[k].tobytes() == v.tobytes() for k, v in weights.items())
    print("numpy snippet: loaded", len(ns["tensors"]), "tensors bit-exactly; save/load round trip ok")

    try:
        import torch
    except ImportError:
        print("torch is not installed: PyTorch snippet skipped")
        return
    ns = run_block(blocks[1], checkpoint)
    expect_tensors(ns["tensors"], expected["tensors"], lambda t: t.numpy())
    x = torch.tensor(expected["input"], dtype=torch.float32).reshape(expected["input_shape"])
    with torch.no_grad():
        y = ns["model"](x).numpy().reshape(-1)
    want = np.array(expected["output"], dtype=np.float32)
    assert np.allclose(y, want, rtol=1e-5, atol=1e-6), (y, want)
    print("PyTorch snippet: loaded the state_dict; outputs match Netwright's within",
          float(np.max(np.abs(y - want))))


if __name__ == "__main__":
    main()
