#!/usr/bin/env python3
"""Writes the bundled example projects (*.nwproj) in this folder.

Run by hand when an example changes:  python3 resources/examples/make_examples.py
The files are committed; nothing at build or test time runs this script.
Node positions are laid out left to right so each example opens readable.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def node(nid, ntype, col, row=0, **params):
    return {"id": nid, "type": ntype, "params": params, "position": [220 * col, 140 * row]}


def chain(nodes):
    return [{"from": a["id"], "to": b["id"], "port": 0} for a, b in zip(nodes, nodes[1:])]


def project(name, description, nodes, edges, training, dataset):
    return {
        "format_version": 1,
        "name": name,
        "description": description,
        "graph": {"nodes": nodes, "edges": edges},
        "training": training,
        "dataset": dataset,
        "weights": "",
    }


def mlp_2d(hidden, activation):
    nodes = [node("input", "Input", 0, shape=[2])]
    col = 1
    for i, units in enumerate(hidden, start=1):
        nodes.append(node(f"fc{i}", "Dense", col, units=units))
        nodes.append(node(f"act{i}", activation, col + 1))
        col += 2
    nodes.append(node("out", "Dense", col, units=2))
    return nodes


def toy(kind, samples, noise):
    return {"spec": f"toy:{kind}?samples={samples}&noise={noise}&seed=1",
            "validation_fraction": 0.2, "test_fraction": 0.2, "split_seed": 1, "stratified": True}


def write(filename, proj):
    with open(os.path.join(HERE, filename), "w", encoding="utf-8") as f:
        json.dump(proj, f, indent=2)
        f.write("\n")


def main():
    nodes = mlp_2d([8], "Tanh")
    write("xor.nwproj", project(
        "XOR", "Two inputs, one hidden layer: the classic problem a single neuron cannot solve.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.03,
         "batch_size": 16, "epochs": 60, "seed": 1},
        toy("xor", 400, 0.05)))

    nodes = mlp_2d([24, 24], "Tanh")
    write("spiral.nwproj", project(
        "Spiral", "Two interleaved spiral arms: a network needs depth to untangle them.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.005,
         "batch_size": 16, "epochs": 300, "seed": 1},
        toy("spiral", 600, 0.05)))

    nodes = mlp_2d([8], "ReLU")
    write("circle.nwproj", project(
        "Circle", "One class inside a ring of the other: a few ReLU units draw the boundary.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.02,
         "batch_size": 16, "epochs": 60, "seed": 1},
        toy("circle", 500, 0.05)))

    nodes = [node("input", "Input", 0, shape=[4]), node("fc1", "Dense", 1, units=16),
             node("act1", "ReLU", 2), node("out", "Dense", 3, units=3)]
    write("iris.nwproj", project(
        "Iris", "Fisher's iris flowers: four measurements, three species.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.01,
         "batch_size": 16, "epochs": 100, "seed": 1},
        {"spec": "bundled:iris", "validation_fraction": 0.2, "test_fraction": 0.2, "split_seed": 1,
         "stratified": True}))

    nodes = [node("input", "Input", 0, shape=[1, 8, 8]), node("flatten", "Flatten", 1),
             node("fc1", "Dense", 2, units=64), node("act1", "ReLU", 3), node("out", "Dense", 4, units=10)]
    write("digits.nwproj", project(
        "Digits 8x8", "Handwritten digits at 8x8 pixels, read by a small multilayer perceptron.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.003,
         "batch_size": 32, "epochs": 40, "seed": 1},
        {"spec": "bundled:digits", "validation_fraction": 0.15, "test_fraction": 0.15, "split_seed": 1,
         "stratified": True}))

    fashion = {"spec": "fashion-mnist:train", "test_spec": "fashion-mnist:test",
               "validation_fraction": 0.1, "test_fraction": 0.0, "split_seed": 1, "stratified": True}
    nodes = [node("input", "Input", 0, shape=[1, 28, 28]), node("flatten", "Flatten", 1),
             node("fc1", "Dense", 2, units=256), node("relu1", "ReLU", 3), node("fc2", "Dense", 4, units=10)]
    write("fashion-mlp.nwproj", project(
        "Fashion MLP", "Zalando's Fashion-MNIST clothes, 784-256-10: the benchmark MLP.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.001,
         "batch_size": 32, "epochs": 1, "seed": 1},
        fashion))

    nodes = [node("input", "Input", 0, shape=[1, 28, 28]),
             node("conv1", "Conv2D", 1, filters=16, kernel_size=3, padding=1, bias=False),
             node("bn1", "BatchNorm", 2), node("relu1", "ReLU", 3), node("pool1", "MaxPool2D", 4, kernel_size=2),
             node("conv2", "Conv2D", 5, filters=32, kernel_size=3, padding=1, bias=False),
             node("bn2", "BatchNorm", 6), node("relu2", "ReLU", 7), node("pool2", "MaxPool2D", 8, kernel_size=2),
             node("flatten", "Flatten", 9), node("drop", "Dropout", 10, rate=0.25),
             node("fc1", "Dense", 11, units=128), node("relu3", "ReLU", 12), node("fc2", "Dense", 13, units=10)]
    write("fashion-cnn.nwproj", project(
        "Fashion CNN", "Two convolution blocks with batch norm, then a dense head: about 91% on Fashion-MNIST.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.001,
         "batch_size": 64, "epochs": 10, "seed": 1,
         "schedule": {"kind": "cosine", "total_epochs": 10, "min_learning_rate": 0.00005}},
        fashion))


if __name__ == "__main__":
    main()
