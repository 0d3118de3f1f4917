"""For every project given (the examples, and the fixtures that hold every other layer
type): `netwright-cli export --format pytorch`, then model.py's probabilities (PyTorch)
equal `netwright-cli predict`'s (the engine) to 1e-4 on random samples, with random
weights written by model.py's write_safetensors as the project's weights (so Netwright
also reads what model.py writes).

    check_pytorch_probabilities.py NETWRIGHT_CLI WORK_DIR PROJECT_OR_FOLDER...

Exit 0 when all match, 1 otherwise, 77 (skipped) without PyTorch.
"""
import glob
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import numpy as np
    import torch
except ImportError as e:
    print("skipped: %s (install python3-torch)" % e)
    sys.exit(77)

TOLERANCE = 1e-4


def run(command):
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError("%s exited %d:\n%s" % (" ".join(command), result.returncode, result.stderr))
    return result.stdout


def import_model(folder, name):
    spec = importlib.util.spec_from_file_location("exported_" + name.replace("-", "_"), os.path.join(folder, "model.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def random_samples(net, shape, rng, count=16):
    """Token ids when the network starts with an embedding, values in [-2, 2] otherwise."""
    embeddings = [m.num_embeddings for m in net.modules() if isinstance(m, torch.nn.Embedding)]
    if embeddings:
        return rng.integers(0, min(embeddings), size=(count, *shape)).astype(np.float32)
    return rng.uniform(-2.0, 2.0, size=(count, *shape)).astype(np.float32)


def refuses_bad_weights(module, folder, tensors):
    """load() refuses, naming the file, weights of another network and damaged files."""
    missing = dict(tensors)
    missing.pop(sorted(missing)[0])
    cases = {"missing.safetensors": None, "truncated.safetensors": None, "text.safetensors": b"not safetensors"}
    module.write_safetensors(os.path.join(folder, "missing.safetensors"), missing)
    with open(os.path.join(folder, "random.safetensors"), "rb") as f:
        whole = f.read()
    cases["truncated.safetensors"] = whole[: len(whole) // 2]
    for name, content in cases.items():
        path = os.path.join(folder, name)
        if content is not None:
            with open(path, "wb") as f:
                f.write(content)
        try:
            module.load(path)
        except ValueError as e:
            assert path in str(e), "%s: the message does not name the file: %s" % (name, e)
            continue
        raise AssertionError("load() accepted " + name)


def check(cli, example, work):
    name = os.path.splitext(os.path.basename(example))[0]
    folder = os.path.join(work, name)
    shutil.rmtree(folder, ignore_errors=True)
    run([cli, "export", example, "--format", "pytorch", "--output", folder, "--no-data"])
    for required in ("model.py", "weights.safetensors", "train.py", "README.md"):
        assert os.path.isfile(os.path.join(folder, required)), "%s: no %s" % (name, required)
    assert not os.path.exists(os.path.join(folder, "data")), "%s: --no-data wrote data/" % name

    module = import_model(folder, name)
    # Both sides get the same random weights, so BatchNorm's running statistics and
    # every bias matter (initial weights leave them at 0 and 1).
    rng = np.random.default_rng(11)
    tensors = module.read_safetensors(os.path.join(folder, "weights.safetensors"))
    for key, value in tensors.items():
        if key.endswith("running_var"):
            tensors[key] = rng.uniform(0.5, 1.5, size=value.shape).astype(np.float32)
        else:  # as large as the initial weights (so outputs do not saturate), 0.5 for zeros
            bound = float(np.abs(value).max()) if value.size and np.abs(value).max() > 0 else 0.5
            tensors[key] = rng.uniform(-bound, bound, size=value.shape).astype(np.float32)
    weights = os.path.join(folder, "random.safetensors")
    module.write_safetensors(weights, tensors)
    net = module.load(weights)
    assert not net.training, "%s: load() must return the network in eval mode" % name
    x = random_samples(net, module.INPUT_SHAPES[0], np.random.default_rng(7))
    with torch.no_grad():
        ours = module.probabilities(net(torch.from_numpy(x))).numpy()
    refuses_bad_weights(module, folder, tensors)

    # The engine's side: the same weights, named as the project's weights file.
    with open(example, encoding="utf-8") as f:
        project = json.load(f)
    project["weights"] = weights
    project_path = os.path.join(work, name + "-exported-weights.nwproj")
    with open(project_path, "w", encoding="utf-8") as f:
        json.dump(project, f)
    np.save(os.path.join(folder, "x.npy"), x)
    report = json.loads(run([cli, "predict", project_path, "--input", os.path.join(folder, "x.npy"), "--json"]))
    key = "outputs" if report["task"] == "regression" else "probabilities"
    engine = np.array([p[key] for p in report["predictions"]], dtype=np.float64).reshape(ours.shape)
    difference = float(np.abs(engine - ours).max())
    print("%-20s %s %s, max difference %.2e" % (name, list(ours.shape), key, difference))
    return difference <= TOLERANCE


def main():
    cli, work = sys.argv[1:3]
    # A folder of this run's own: two test runs at once must not share files.
    os.makedirs(work, exist_ok=True)
    work = tempfile.mkdtemp(prefix="run-", dir=work)
    projects = []
    for given in sys.argv[3:]:
        projects += sorted(glob.glob(os.path.join(given, "*.nwproj"))) if os.path.isdir(given) else [given]
    failed = []
    for example in projects:
        try:
            if not check(cli, example, work):
                failed.append(example)
        except Exception as e:  # report every example, then fail
            print("%s: %s" % (example, e))
            failed.append(example)
    if failed:
        print("FAILED: %s (files kept in %s)" % (", ".join(os.path.basename(f) for f in failed), work))
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
