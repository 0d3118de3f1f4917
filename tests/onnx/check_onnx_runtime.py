#!/usr/bin/env python3
"""The exported ONNX models, judged by the reference tools rather than by us.

For every ONNX test network (each example project, and the small networks that
together use every registered layer type; random weights): `netwright-cli export
--format onnx` at opset 17 and 13, the ONNX checker (python3-onnx, full check, with
shape inference), and onnxruntime-node on random inputs must give the probabilities
(or outputs) that `netwright-cli predict` gives, to 1e-4. Also checks the contract:
one input with a dynamic batch axis, outputs `logits` and `probabilities`, node
names carrying our node ids, and the metadata.

usage: check_onnx_runtime.py NETWRIGHT_CLI WRITE_TEST_MODELS RUNNER_JS WORKDIR
Exits 77 (skipped) when python3-onnx, node or onnxruntime-node is missing; the test
setup (scripts/test.sh) installs them.
"""
import json
import os
import shutil
import subprocess
import sys

SKIP = 77


def tools_cache():
    base = os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache"))
    return os.environ.get("NETWRIGHT_TOOLS_CACHE", os.path.join(base, "netwright-test-tools"))


def main():
    cli, writer, runner, work = sys.argv[1:5]
    try:
        import numpy as np
        import onnx
    except ImportError as e:
        print(f"skipped: {e} (install python3-onnx)")
        return SKIP
    if shutil.which("node") is None:
        print("skipped: node is not installed (scripts/install-onnxruntime.sh installs it)")
        return SKIP
    modules = os.path.join(tools_cache(), "onnxruntime", "node_modules")
    if not os.path.isdir(os.path.join(modules, "onnxruntime-node")):
        print(f"skipped: onnxruntime-node is not in {modules} (run scripts/install-onnxruntime.sh)")
        return SKIP
    os.makedirs(work, exist_ok=True)
    subprocess.run([writer, work], check=True)
    env = dict(os.environ, NODE_PATH=modules)
    failures = []
    names = sorted(f[:-7] for f in os.listdir(work) if f.endswith(".nwproj"))
    assert len(names) >= 12, names
    for name in names:
        project = os.path.join(work, name + ".nwproj")
        inputs = np.load(os.path.join(work, name + ".npy"))
        predicted = subprocess.run([cli, "predict", project, "--input", os.path.join(work, name + ".npy"), "--json"],
                                   capture_output=True, text=True)
        if predicted.returncode != 0:
            failures.append(f"{name}: predict failed: {predicted.stderr.strip()}")
            continue
        report = json.loads(predicted.stdout)
        key = "outputs" if report["task"] == "regression" else "probabilities"
        expected = np.array([p[key] for p in report["predictions"]], dtype=np.float64)
        node_ids = {n["id"] for n in json.load(open(project))["graph"]["nodes"]}
        raw = os.path.join(work, name + ".f32")
        inputs.astype("<f4").tofile(raw)
        for opset in (17, 13):
            model_path = os.path.join(work, f"{name}.opset{opset}.onnx")
            exported = subprocess.run([cli, "export", project, "--format", "onnx", "--output", model_path,
                                       "--opset", str(opset)], capture_output=True, text=True)
            if exported.returncode != 0:
                failures.append(f"{name} opset {opset}: export failed: {exported.stderr.strip()}")
                continue
            model = onnx.load(model_path)
            try:
                onnx.checker.check_model(model, full_check=True)
            except Exception as e:  # the checker's own exception types vary between versions
                failures.append(f"{name} opset {opset}: ONNX checker: {e}")
                continue
            graph = model.graph
            initializers = {t.name for t in graph.initializer}
            real_inputs = [i for i in graph.input if i.name not in initializers]
            if len(real_inputs) != 1 or not real_inputs[0].type.tensor_type.shape.dim[0].dim_param:
                failures.append(f"{name} opset {opset}: expected one input with a dynamic batch axis")
            outputs = [o.name for o in graph.output]
            if outputs != ["logits", "probabilities"]:
                failures.append(f"{name} opset {opset}: outputs are {outputs}")
            meta = {p.key: p.value for p in model.metadata_props}
            if "class_names" not in meta or "input_scaling" not in meta:
                failures.append(f"{name} opset {opset}: metadata lacks class_names or input_scaling: {meta}")
            unnamed = [n.op_type for n in graph.node
                       if n.name.split("/")[0] not in node_ids | {"logits", "probabilities"}]
            if unnamed:
                failures.append(f"{name} opset {opset}: nodes without one of our node ids: {unnamed}")
            run = subprocess.run(["node", runner, model_path, raw, *map(str, inputs.shape)],
                                 capture_output=True, text=True, env=env)
            if run.returncode != 0:
                failures.append(f"{name} opset {opset}: onnxruntime: {run.stderr.strip()}")
                continue
            result = json.loads(run.stdout)["outputs"]
            got = np.array(result["probabilities"]["data"], dtype=np.float64).reshape(expected.shape)
            worst = float(np.max(np.abs(got - expected)))
            status = "ok" if worst <= 1e-4 else "MISMATCH"
            print(f"{name:22s} opset {opset}: {len(inputs)} samples, max |onnxruntime - predict| = {worst:.2e} {status}")
            if worst > 1e-4:
                failures.append(f"{name} opset {opset}: probabilities differ from predict by {worst}")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
