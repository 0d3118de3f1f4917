"""train.py (one process) on every task kind, checked against Netwright: for each
project given, export it with its data, train with `python3 train.py`, and evaluate
the trained.safetensors it writes with `netwright-cli evaluate`: the test loss must
agree to 1e-3 and the accuracy (classifiers) to 0.01 with what train.py printed.

    check_pytorch_training.py NETWRIGHT_CLI WORK_DIR PROJECT...

Exit 0 when all agree, 1 otherwise, 77 (skipped) without PyTorch.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import torch  # noqa: F401  (train.py needs it)
except ImportError as e:
    print("skipped: %s (install python3-torch)" % e)
    sys.exit(77)


def run(command, cwd=None):
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=cwd)
    if result.returncode != 0:
        raise RuntimeError("%s exited %d:\n%s%s" % (" ".join(command), result.returncode, result.stdout, result.stderr))
    return result.stdout


def printed(output, what):
    found = re.findall(r"^test %s ([0-9.]+)$" % what, output, re.MULTILINE)
    return float(found[0]) if found else None


def check(cli, project, work):
    name = os.path.splitext(os.path.basename(project))[0]
    folder = os.path.join(work, name)
    run([cli, "export", project, "--format", "pytorch", "--output", folder])
    output = run([sys.executable, "train.py"], cwd=folder)
    loss, accuracy = printed(output, "loss"), printed(output, "accuracy")
    with open(project, encoding="utf-8") as f:
        settings = json.load(f)
    settings["weights"] = os.path.join(folder, "trained.safetensors")
    path = os.path.join(work, name + "-trained.nwproj")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(settings, f)
    report = json.loads(run([cli, "evaluate", path, "--json"]))
    print("%-28s train.py: loss %s accuracy %s; Netwright: loss %.4f accuracy %s"
          % (name, loss, accuracy, report["loss"], report.get("accuracy")))
    if loss is None or abs(report["loss"] - loss) > 1e-3:
        return False
    if report.get("accuracy") is not None and (accuracy is None or abs(report["accuracy"] - accuracy) > 0.01):
        return False
    return True


def main():
    cli, work = sys.argv[1:3]
    os.makedirs(work, exist_ok=True)
    work = tempfile.mkdtemp(prefix="run-", dir=work)
    failed = []
    for project in sys.argv[3:]:
        try:
            if not check(cli, project, work):
                failed.append(project)
        except Exception as e:  # report every project, then fail
            print("%s: %s" % (project, e))
            failed.append(project)
    if failed:
        print("FAILED: %s (files kept in %s)" % (", ".join(os.path.basename(f) for f in failed), work))
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
