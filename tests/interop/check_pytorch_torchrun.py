"""train.py of an exported project, as a PyTorch user runs it: in one process
(`python3 train.py`) and under `torchrun --nproc_per_node 2` on CPU (gloo,
DistributedDataParallel). The trained.safetensors it writes evaluates in Netwright
(`netwright-cli evaluate` with it as the project's weights) to the test accuracy
train.py printed, within 0.01.

    check_pytorch_torchrun.py NETWRIGHT_CLI WORK_DIR PROJECT [EPOCHS]

Exit 0 on success, 1 on a failure, 77 (skipped) without PyTorch or torchrun.
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile

try:
    import numpy as np
    import torch  # noqa: F401  (train.py needs it)
except ImportError as e:
    print("skipped: %s (install python3-torch)" % e)
    sys.exit(77)

TORCHRUN = shutil.which("torchrun", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))


def run(command, cwd=None, echo=True):
    print("$ " + " ".join(command), flush=True)
    # In a session of its own, so a hang ends with every process torchrun started,
    # not with its workers left spinning after the test.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        print(stdout + stderr[-3000:], flush=True)
        raise SystemExit("FAILED: no end after 300 s: " + " ".join(command))
    print((stdout if echo else "") + stderr[-3000:], flush=True)
    if process.returncode != 0:
        raise SystemExit("FAILED: exit %d" % process.returncode)
    return stdout


def test_accuracy(output):
    found = re.findall(r"^(?:\[\w+\]:)?test accuracy ([0-9.]+)$", output, re.MULTILINE)
    if len(found) != 1:
        raise SystemExit("FAILED: train.py printed %d 'test accuracy' lines" % len(found))
    return float(found[0])


def netwright_accuracy(cli, project, weights, work):
    with open(project, encoding="utf-8") as f:
        settings = json.load(f)
    settings["weights"] = weights
    path = os.path.join(work, "with-trained-weights.nwproj")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(settings, f)
    return json.loads(run([cli, "evaluate", path, "--json"], echo=False))["accuracy"]


def main():
    cli, work, project = sys.argv[1:4]
    epochs = sys.argv[4] if len(sys.argv) > 4 else "5"
    if not TORCHRUN:
        print("skipped: no torchrun")
        return 77
    # A folder of this run's own: two test runs at once must not share files.
    os.makedirs(work, exist_ok=True)
    work = tempfile.mkdtemp(prefix="run-", dir=work)
    folder = os.path.join(work, "exported")
    run([cli, "export", project, "--format", "pytorch", "--output", folder])
    for name in ("train_x.npy", "train_y.npy", "validation_x.npy", "validation_y.npy", "test_x.npy", "test_y.npy",
                 "info.json"):
        assert os.path.isfile(os.path.join(folder, "data", name)), "no data/" + name

    # One process.
    single = run([sys.executable, "train.py", "--epochs", "2", "--output", os.path.join(work, "single.safetensors")],
                 cwd=folder)
    assert "1 process(es)" in single and "epoch 2/2:" in single, "one process: no epoch lines"
    single_accuracy = test_accuracy(single)
    measured = netwright_accuracy(cli, project, os.path.join(work, "single.safetensors"), work)
    print("one process: train.py says %.4f, Netwright says %.4f" % (single_accuracy, measured))
    assert abs(measured - single_accuracy) <= 0.01, "one process: the accuracies differ"

    # Two processes under torchrun. Debian's torchrun (1.13 on Python 3.11) needs the
    # redirects spelled out; later versions accept them too.
    # What --standalone does, on a port of this run's own: torch 1.13's --standalone
    # always meets on localhost:29400, so two runs at once would join each other.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    output = run([TORCHRUN, "--redirects", "1", "--tee", "1", "--nnodes", "1", "--nproc_per_node", "2",
                  "--rdzv_backend", "c10d", "--rdzv_endpoint", "127.0.0.1:%d" % port, "--rdzv_id", "check-%d" % os.getpid(),
                  "train.py", "--epochs", epochs], cwd=folder)
    assert "2 process(es)" in output, "torchrun did not start 2 processes"
    assert len(re.findall(r"epoch \d+/%s: train loss" % epochs, output)) == int(epochs), "not one line per epoch"
    printed = test_accuracy(output)
    trained = os.path.join(folder, "trained.safetensors")
    measured = netwright_accuracy(cli, project, trained, work)
    print("torchrun: train.py says %.4f, Netwright says %.4f" % (printed, measured))
    if abs(measured - printed) > 0.01:
        print("FAILED: the accuracies differ by more than 0.01")
        return 1
    start = np.fromfile(os.path.join(folder, "weights.safetensors"), dtype=np.uint8)
    end = np.fromfile(trained, dtype=np.uint8)
    if start.shape == end.shape and (start == end).all():
        print("FAILED: training did not change the weights")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
