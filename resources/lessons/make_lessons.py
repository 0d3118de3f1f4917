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


def example(name):
    with open(os.path.join(HERE, "..", "examples", name + ".nwproj"), encoding="utf-8") as f:
        return json.load(f)


def two_d_project(name, description, hidden, dataset, epochs, lr=0.02, dropout=0.0, l2=0.0):
    nodes = [ex.node("input", "Input", 0, shape=[2])]
    col = 1
    for i, units in enumerate(hidden, start=1):
        dense = ex.node(f"fc{i}", "Dense", col, units=units)
        if l2:
            dense["l2"] = l2
        nodes += [dense, ex.node(f"act{i}", "ReLU", col + 1)]
        col += 2
        if dropout:
            nodes.append(ex.node(f"drop{i}", "Dropout", col, rate=dropout))
            col += 1
    nodes.append(ex.node("out", "Dense", col, units=2))
    return ex.project(name, description, nodes, ex.chain(nodes),
                      {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": lr,
                       "batch_size": 16, "epochs": epochs, "seed": 1}, dataset)


LINE_MD = """# One neuron draws a line

## A neuron is a weighted sum

This network is one neuron per class: `score = w1·x1 + w2·x2 + b`. The class with the
higher score wins, so the boundary is where the two scores are equal: a straight line.

![Two clouds a line can separate](images/clouds.png)

Press **Train** and watch the line settle between the two clouds in the
*Decision boundary* dock.

## Move the line with the learning rate

Only the learning rate and the number of epochs may change. Try a tiny learning rate
(0.0001) and a large one (1): which one never gets there, which one overshoots?
Reach **95% validation accuracy**.

## Where a line fails

Now the points of one class surround the other (a circle). Train again: a single
line cannot separate them, however long it trains. That is why the next lesson adds
hidden layers.
"""

OVERFIT_MD = """# Overfitting, then dropout and L2

## Too big a network, too few points

Sixty noisy points and two hidden layers of 64 units: the network has far more
weights than there are points. Train it for many epochs and watch the charts: the
training loss keeps falling while the validation loss turns back up.

**Goal:** make it overfit, a training loss under 0.05 while the validation loss is
above 0.3.

## Dropout and L2 pull it back

The same network with dropout after each hidden layer (a random half of the units is
silenced in every batch) and an L2 penalty on the weights (large weights cost loss).
Train it: the training loss stays higher, the validation loss stays lower. Change
the dropout **rate** and see which keeps the validation loss lowest.
"""

CNN_MD = """# A CNN on Fashion-MNIST

## Filters that slide over the image

A convolution layer slides small 3x3 filters over the picture; each filter answers
strongly where its pattern appears (an edge, a corner, a stripe). Two such layers,
pooling in between, then a dense layer that decides among 10 kinds of clothing.

Train it (a few minutes) and reach **85% test accuracy**.

## What the filters see

Open the *Explain* dock, pick a test image and look at the *Feature maps* page:
the first layer's maps are edges of the garment; the second layer's are parts.

## What the network looks at

On the *Attribution* page, saliency and Grad-CAM colour the pixels that raised the
chosen class's score. Does the network look at the sleeves of a shirt, the heel of a
sandal? Find an image it gets wrong and see what it looked at.
"""

ATTENTION_MD = """# Attention reading a word

## Which language is this word?

The network reads a word letter by letter (each letter an embedding, plus its
position) and says which language's dictionary it comes from. Two attention layers
let every letter look at every other letter.

Train it and reach **70% validation accuracy**.

## Where each letter looks

Open the *Attention* dock and type a word. Each row of the heatmap is a letter, each
column what it attends to. Look for letters that look at their neighbours (pairs
like "th", "sch") and for the heads that look at the end of the word.
"""


def line_lesson():
    blobs = {"spec": "toy:gaussians?samples=300&noise=0.1&seed=1", "validation_fraction": 0.2,
             "test_fraction": 0.2, "split_seed": 1, "stratified": True}
    circle = ex.toy("circle", 300, 0.05)
    settings = {
        "format_version": 1,
        "title": "One neuron draws a line",
        "project": "line.nwproj",
        "locks": {"hide_palette": True, "lock_graph": True, "training_settings": ["learning_rate", "epochs"]},
        "steps": [
            {},
            {"goals": [goal(("validation_accuracy_at_least", 0.95))]},
            {"project": "circle.nwproj"},
        ],
    }
    files = {
        "lesson.md": LINE_MD,
        "images/clouds.png": spiral_picture(boundary=lambda x, y: (x + y > 0).astype(int)),
        "line.nwproj": project_bytes(two_d_project("One neuron", "Lesson 1: one neuron draws a line.", [], blobs, 40)),
        "circle.nwproj": project_bytes(two_d_project("One neuron on a circle", "Lesson 1: where a line fails.", [],
                                                     circle, 40)),
    }
    write_bundle("1-one-neuron-draws-a-line.nwlesson", settings, files)


def overfit_lesson():
    few = {"spec": "toy:circle?samples=60&noise=0.3&seed=1", "validation_fraction": 0.3,
           "test_fraction": 0.2, "split_seed": 1, "stratified": True}
    settings = {
        "format_version": 1,
        "title": "Overfitting, then dropout and L2",
        "project": "overfit.nwproj",
        "locks": {"hide_palette": True, "lock_graph": True, "layer_settings": ["rate"],
                  "training_settings": ["learning_rate", "epochs"]},
        "steps": [
            {"goals": [goal(("train_loss_below", 0.05), ("validation_loss_above", 0.3))]},
            {"project": "regularised.nwproj", "goals": [goal(("validation_loss_below", 0.5))]},
        ],
    }
    files = {
        "lesson.md": OVERFIT_MD,
        "overfit.nwproj": project_bytes(two_d_project("Overfitting", "Lesson 3: too big a network.", [64, 64],
                                                      few, 400, lr=0.01)),
        "regularised.nwproj": project_bytes(two_d_project("Dropout and L2", "Lesson 3: pulled back.", [64, 64],
                                                          few, 400, lr=0.01, dropout=0.5, l2=0.001)),
    }
    write_bundle("3-overfitting-dropout-and-l2.nwlesson", settings, files)


def cnn_lesson():
    settings = {
        "format_version": 1,
        "title": "A CNN on Fashion-MNIST",
        "project": "fashion-cnn.nwproj",
        "locks": {"hide_palette": True, "lock_graph": True, "training_settings": ["learning_rate", "epochs"]},
        "steps": [{"goals": [goal(("test_accuracy_at_least", 0.85))]}],
    }
    files = {"lesson.md": CNN_MD, "fashion-cnn.nwproj": project_bytes(example("fashion-cnn"))}
    write_bundle("4-cnn-on-fashion-mnist.nwlesson", settings, files)


def attention_lesson():
    settings = {
        "format_version": 1,
        "title": "Attention reading a word",
        "project": "words-transformer.nwproj",
        "locks": {"hide_palette": True, "lock_graph": True, "training_settings": ["learning_rate", "epochs"]},
        "steps": [{"goals": [goal(("validation_accuracy_at_least", 0.7))]}],
    }
    files = {"lesson.md": ATTENTION_MD, "words-transformer.nwproj": project_bytes(example("words-transformer"))}
    write_bundle("5-attention-reading-a-word.nwlesson", settings, files)


def main():
    line_lesson()
    spiral_lesson()
    overfit_lesson()
    cnn_lesson()
    attention_lesson()


if __name__ == "__main__":
    main()
