#!/usr/bin/env python3
"""Writes the bundled lessons (*.nwlesson) in this folder.

Run by hand when a lesson changes:  python3 resources/lessons/make_lessons.py
The bundles are committed; nothing at build or test time runs this script. A bundle
is a zip (docs/FORMATS.md, "Lesson bundles"); entries get a fixed date so the same
lesson gives the same bytes. The networks reuse resources/examples/make_examples.py.
Images are drawn here with numpy and written as PNG with zlib (no imaging library).
"""
import json
import math
import os
import struct
import sys
import zipfile
import zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "examples"))
import make_examples as ex  # noqa: E402

EPOCH = (1980, 1, 1, 0, 0, 0)


def png(pixels):
    """pixels: uint8 array [H, W, 3] -> PNG bytes."""
    h, w, _ = pixels.shape
    raw = b"".join(b"\x00" + pixels[y].tobytes() for y in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def spiral_picture(size=240, boundary=None):
    """Two spiral arms as dots; `boundary(x, y) -> 0/1` paints the two regions behind them."""
    img = np.full((size, size, 3), 255, np.uint8)
    colours = [np.array([31, 119, 180]), np.array([255, 127, 14])]
    if boundary is not None:
        ys, xs = np.mgrid[0:size, 0:size]
        x = xs / size * 2 - 1
        y = 1 - ys / size * 2
        side = boundary(x, y)
        for c in (0, 1):
            img[side == c] = (colours[c] * 0.25 + 255 * 0.75).astype(np.uint8)
    rng = np.random.default_rng(1)
    for c in (0, 1):
        for i in range(160):
            r = i / 160 * 0.9
            t = i / 160 * 3 * math.pi + c * math.pi
            px = r * math.cos(t) + rng.normal(0, 0.015)
            py = r * math.sin(t) + rng.normal(0, 0.015)
            cx, cy = int((px + 1) / 2 * size), int((1 - py) / 2 * size)
            img[max(cy - 2, 0):cy + 3, max(cx - 2, 0):cx + 3] = colours[c]
    return png(img)


def project_bytes(proj):
    return (json.dumps(proj, indent=2) + "\n").encode("utf-8")


def spiral_project(name, hidden, activation="Tanh", epochs=300):
    nodes = ex.mlp_2d(hidden, activation) if hidden else [
        ex.node("input", "Input", 0, shape=[2]), ex.node("out", "Dense", 1, units=2)]
    return ex.project(
        name, "Lesson 2: hidden layers bend the boundary.", nodes, ex.chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.01,
         "batch_size": 16, "epochs": epochs, "seed": 1},
        ex.toy("spiral", 600, 0.05))


def write_bundle(filename, settings, files):
    path = os.path.join(HERE, filename)
    with zipfile.ZipFile(path, "w") as z:
        entries = [("lesson.json", (json.dumps(settings, indent=2) + "\n").encode("utf-8"))]
        entries += sorted(files.items())
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    print("wrote", path)


def goal(*conditions, text=None):
    g = {"conditions": [{"kind": k, "threshold": t} for k, t in conditions]}
    if text:
        g["text"] = text
    return g


SPIRAL_MD = """# Hidden layers bend the boundary

Two spiral arms wind around each other. The network must say, for every point of
the plane, which arm it belongs to.

![The two arms](images/spiral.png)

## A straight line is not enough

This network has **no hidden layer**: the output is `W·x + b`, so the boundary
between the two classes is a straight line, whatever the training does.

1. Press **Train** and watch the *Decision boundary* dock.
2. Try another learning rate in the *Training* dock. Does the line ever follow the arms?

![One neuron per class draws a line](images/line.png)

## One hidden layer bends it

Now there is a hidden layer of 8 units with `tanh` between the input and the output.
Each hidden unit draws its own line; the output mixes the bent pieces.

- Train, then select the card **fc1** and change its **units** (try 4, 16, 32).
- Reach the goal below: the program ticks it when a run gets there.

## Two layers untangle the spiral

Two hidden layers of 24 units: the first draws lines, the second combines them into
curves that follow the arms.

![Two layers follow the arms](images/curved.png)

Train it and reach **95% accuracy on the test split**, points the network never saw.

## Small and good

The network is yours now: add, remove and resize layers from the palette. Find a
network that still reaches 90% test accuracy **with at most 200 parameters**
(the parameter count is in the status bar and on each card).
"""

SPIRAL_MD_DE = """# Verborgene Schichten biegen die Grenze

Zwei Spiralarme winden sich umeinander. Das Netz soll für jeden Punkt der Ebene
sagen, zu welchem Arm er gehört.

![Die zwei Arme](images/spiral.png)

## Eine Gerade reicht nicht

Dieses Netz hat **keine verborgene Schicht**: die Ausgabe ist `W·x + b`, die Grenze
zwischen den Klassen ist also eine Gerade, was das Training auch tut.

1. Drücke **Trainieren** und beobachte das Dock *Entscheidungsgrenze*.
2. Versuche eine andere Lernrate im Dock *Training*. Folgt die Gerade je den Armen?

![Ein Neuron pro Klasse zieht eine Gerade](images/line.png)

## Eine verborgene Schicht biegt sie

Jetzt liegt eine verborgene Schicht mit 8 Einheiten und `tanh` zwischen Ein- und
Ausgabe. Jede Einheit zieht ihre eigene Gerade; die Ausgabe mischt die Stücke.

- Trainiere, wähle dann die Karte **fc1** und ändere ihre **units** (4, 16, 32).
- Erreiche das Ziel unten: das Programm hakt es ab, sobald ein Lauf es schafft.

## Zwei Schichten entwirren die Spirale

Zwei verborgene Schichten mit je 24 Einheiten: die erste zieht Geraden, die zweite
setzt sie zu Kurven zusammen, die den Armen folgen.

![Zwei Schichten folgen den Armen](images/curved.png)

Trainiere und erreiche **95 % Genauigkeit auf dem Testteil**, Punkten, die das Netz nie sah.

## Klein und gut

Das Netz gehört jetzt dir: füge Schichten aus der Palette hinzu, entferne oder
ändere sie. Finde ein Netz, das mit **höchstens 200 Parametern** noch 90 %
Testgenauigkeit erreicht.
"""


def spiral_lesson():
    train_only = ["learning_rate", "epochs"]
    settings = {
        "format_version": 1,
        "title": "Hidden layers bend the boundary",
        "project": "line.nwproj",
        "locks": {},
        "steps": [
            {"locks": {"hide_palette": True, "lock_graph": True, "training_settings": train_only}},
            {"project": "one-layer.nwproj",
             "locks": {"hide_palette": True, "lock_graph": True, "layer_settings": ["units"],
                       "training_settings": train_only},
             "goals": [goal(("validation_accuracy_at_least", 0.8))]},
            {"project": "two-layers.nwproj",
             "locks": {"hide_palette": True, "lock_graph": True, "training_settings": train_only},
             "goals": [goal(("test_accuracy_at_least", 0.95))]},
            {"goals": [goal(("test_accuracy_at_least", 0.9), ("parameters_at_most", 200))]},
        ],
    }
    files = {
        "lesson.md": SPIRAL_MD,
        "lesson.de.md": SPIRAL_MD_DE,
        "images/spiral.png": spiral_picture(),
        "images/line.png": spiral_picture(boundary=lambda x, y: (0.4 * x + y > 0).astype(int)),
        "images/curved.png": spiral_picture(
            boundary=lambda x, y: ((np.arctan2(y, x) - np.hypot(x, y) / 0.9 * 3 * math.pi + math.pi / 2) % (2 * math.pi) > math.pi)
            .astype(int)),
        "line.nwproj": project_bytes(spiral_project("Spiral: no hidden layer", [], epochs=100)),
        "one-layer.nwproj": project_bytes(spiral_project("Spiral: one hidden layer", [8], epochs=200)),
        "two-layers.nwproj": project_bytes(spiral_project("Spiral: two hidden layers", [24, 24])),
    }
    write_bundle("2-hidden-layers-bend-the-boundary.nwlesson", settings, files)


def main():
    spiral_lesson()


if __name__ == "__main__":
    main()
