#!/usr/bin/python3
"""Writes the corrupt project corpus (tests/corrupt/projects/).

Every file starts from resources/examples/xor.nwproj, a valid project, and
breaks exactly one thing, so the message netwright-cli prints can only come from
that one problem. Deterministic: run it again and git shows no change.

    /usr/bin/python3 tests/corrupt/projects/make_projects.py

The expected message of each file is listed in README.md beside this script and
checked by tests/app/CorruptInputTest.cpp.
"""
import copy
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

with open(os.path.join(ROOT, "resources", "examples", "xor.nwproj"), encoding="utf-8") as f:
    BASE = json.load(f)


def text(project):
    return json.dumps(project, indent=2, sort_keys=True) + "\n"


def write_bytes(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def write_text(name, s):
    write_bytes(name, s.encode("utf-8"))


def variant(name, change):
    """Writes xor.nwproj with change(project) applied."""
    p = copy.deepcopy(BASE)
    change(p)
    write_text(name, text(p))


def node(p, node_id):
    return next(n for n in p["graph"]["nodes"] if n["id"] == node_id)


def safetensors(tensors):
    """{name: (shape, [floats])} -> bytes of an F32 safetensors file (FORMATS.md)."""
    header, data, offset = {}, b"", 0
    for name in sorted(tensors):
        shape, values = tensors[name]
        raw = struct.pack("<%df" % len(values), *values)
        header[name] = {"dtype": "F32", "shape": shape, "data_offsets": [offset, offset + len(raw)]}
        data += raw
        offset += len(raw)
    h = json.dumps(header, sort_keys=True).encode("utf-8")
    h += b" " * (-len(h) % 8)
    return struct.pack("<Q", len(h)) + h + data


# --- not a project at all -------------------------------------------------------
write_text("not-json.nwproj", "This is a project about XOR.\nIt is not JSON.\n")
write_bytes("empty.nwproj", b"")
full = text(BASE)
write_text("truncated-json.nwproj", full[: len(full) // 2])
write_bytes("not-utf8.nwproj", full.replace('"XOR"', '"XOR \xff\xfe"').encode("latin-1"))
write_text("array-at-top.nwproj", json.dumps([BASE], indent=2) + "\n")
write_text("huge-number.nwproj", full.replace('"learning_rate": 0.03', '"learning_rate": 1e400'))
depth = 100000
nested = copy.deepcopy(BASE)
nested["description"] = "@NESTED@"
write_text("deeply-nested.nwproj", text(nested).replace('"@NESTED@"', "[" * depth + "]" * depth))

# --- the file's own structure ---------------------------------------------------
variant("missing-format-version.nwproj", lambda p: p.pop("format_version"))
variant("future-format-version.nwproj", lambda p: p.update(format_version=99))
variant("missing-graph-nodes.nwproj", lambda p: p["graph"].pop("nodes"))
variant("training-batch-size-zero.nwproj", lambda p: p["training"].update(batch_size=0))
variant("unknown-optimizer.nwproj", lambda p: p["training"]["optimizer"].update(name="adamax"))

# --- the graph ------------------------------------------------------------------
variant("node-missing-type.nwproj", lambda p: node(p, "fc1").pop("type"))
variant("unknown-layer-type.nwproj", lambda p: node(p, "fc1").update(type="Dence"))
variant("duplicate-node-ids.nwproj", lambda p: node(p, "out").update(id="fc1"))
variant("bad-parameter-value.nwproj", lambda p: node(p, "fc1")["params"].update(units=0))
variant("wrong-parameter-type.nwproj", lambda p: node(p, "fc1")["params"].update(units="abc"))
variant("cycle.nwproj", lambda p: p["graph"]["edges"][0].update({"from": "out"}))  # fc1 -> act1 -> out -> fc1


def dangling(p):
    p["graph"]["edges"][2]["from"] = "act9"


variant("dangling-edge.nwproj", dangling)


def port_out_of_range(p):
    p["graph"]["edges"][2]["port"] = 3


variant("edge-port-out-of-range.nwproj", port_out_of_range)


def missing_flatten(p):
    node(p, "input")["params"]["shape"] = [1, 8, 8]
    p["dataset"]["spec"] = "bundled:digits"
    node(p, "out")["params"]["units"] = 10


variant("missing-flatten.nwproj", missing_flatten)


def too_many_parameters(p):
    # 65536 x 65536 weights in `out`: 16 GiB, refused before anything is allocated.
    node(p, "fc1")["params"]["units"] = 65536
    node(p, "out")["params"]["units"] = 65536


variant("too-many-parameters.nwproj", too_many_parameters)

# --- data and weights (the graph is fine; train or evaluate reaches these) ---------
variant("unknown-dataset-kind.nwproj", lambda p: p["dataset"].update(spec="parquet:points.parquet"))
variant("dataset-file-missing.nwproj", lambda p: p["dataset"].update(spec="csv:no-such.csv"))
variant("input-shape-mismatch.nwproj", lambda p: node(p, "input")["params"].update(shape=[3]))
variant("too-few-output-units.nwproj", lambda p: node(p, "out")["params"].update(units=1))
variant("weights-file-missing.nwproj", lambda p: p.update(weights="no-such-weights.safetensors"))
variant("weights-corrupt.nwproj", lambda p: p.update(weights="../safetensors/offsets_overlap.safetensors"))
variant("weights-wrong-shape.nwproj", lambda p: p.update(weights="weights-wrong-shape.safetensors"))

# Weights of another network: a 2-4-2 MLP where xor.nwproj is 2-8-2.
write_bytes("weights-wrong-shape.safetensors", safetensors({
    "fc1.weight": ([4, 2], [0.5, -0.5] * 4),
    "fc1.bias": ([4], [0.0] * 4),
    "out.weight": ([2, 4], [0.25] * 8),
    "out.bias": ([2], [0.0, 0.0]),
}))
