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
        "format_version": 2,
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

    # Transfer learning: a small CNN learns Fashion-MNIST's first five classes (T-shirt
    # to Coat) from 30,000 images; its convolutions then serve the other five (Sandal
    # to Ankle boot), learnt from 50 images each. The pre-trained weights are shipped,
    # made by our own CLI (see README.md in this folder for the exact commands):
    #   netwright-cli train fashion-transfer-pretrain.nwproj
    # and the lesson compares, on the 5,000 test images of classes 5-9,
    #   netwright-cli train fashion-transfer.nwproj --init-from fashion-transfer-pretrain.nwproj --out tuned.nwproj
    #   netwright-cli train fashion-transfer.nwproj --out scratch.nwproj
    def transfer_cnn(head):
        return [node("input", "Input", 0, shape=[1, 28, 28]),
                node("conv1", "Conv2D", 1, filters=8, kernel_size=3, padding=1, bias=False),
                node("bn1", "BatchNorm", 2), node("relu1", "ReLU", 3), node("pool1", "MaxPool2D", 4, kernel_size=2),
                node("conv2", "Conv2D", 5, filters=16, kernel_size=3, padding=1, bias=False),
                node("bn2", "BatchNorm", 6), node("relu2", "ReLU", 7), node("pool2", "MaxPool2D", 8, kernel_size=2),
                node("flatten", "Flatten", 9), node("fc1", "Dense", 10, units=64), node("relu3", "ReLU", 11),
                node(head, "Dense", 12, units=5)]

    nodes = transfer_cnn("fc2")
    pretrain = project(
        "Fashion transfer: pre-training",
        "A small CNN learns Fashion-MNIST's classes 0-4 (T-shirt/top, Trouser, Pullover, Dress, Coat) from "
        "30,000 images. Its trained weights are shipped beside it: the starting point of Fashion transfer.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.002,
         "batch_size": 64, "epochs": 3, "seed": 1},
        {"spec": "fashion-mnist:train?classes=0,1,2,3,4", "test_spec": "fashion-mnist:test?classes=0,1,2,3,4",
         "validation_fraction": 0.1, "test_fraction": 0.0, "split_seed": 1, "stratified": True})
    pretrain["weights"] = "fashion-transfer-pretrain.safetensors"
    write("fashion-transfer-pretrain.nwproj", pretrain)

    nodes = transfer_cnn("head")
    write("fashion-transfer.nwproj", project(
        "Fashion transfer",
        "Classes 5-9 of Fashion-MNIST (Sandal, Shirt, Sneaker, Bag, Ankle boot) from only 50 images each. "
        "Import the weights of Fashion transfer: pre-training (File > Import Weights...): the convolutions and "
        "fc1 load, the new head starts afresh; then Start. Reset Weights and Start again to compare with "
        "learning from scratch.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.002,
         "batch_size": 25, "epochs": 30, "seed": 1},
        {"spec": "fashion-mnist:train?classes=5,6,7,8,9&per_class=50",
         "test_spec": "fashion-mnist:test?classes=5,6,7,8,9",
         "validation_fraction": 0.0, "test_fraction": 0.0, "split_seed": 1, "stratified": True}))

    # Sequences: which language is a word (characters), read by an LSTM and by a
    # small transformer; and a built-in sequence task.
    words = {"spec": "words:/usr/share/dict?words=3000&max_len=12", "validation_fraction": 0.15,
             "test_fraction": 0.15, "split_seed": 1, "stratified": True}
    nodes = [node("input", "Input", 0, shape=[12]), node("embed", "Embedding", 1, vocab_size=64, dim=16),
             node("lstm", "LSTM", 2, units=64), node("out", "Dense", 3, units=8)]
    write("words-lstm.nwproj", project(
        "Words: LSTM", "Which language is a word? A character-level LSTM reads Debian's word lists "
        "(English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish).",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.005,
         "batch_size": 32, "epochs": 6, "seed": 1},
        words))

    nodes = [node("input", "Input", 0, shape=[12]), node("embed", "Embedding", 1, vocab_size=64, dim=32),
             node("pos", "PositionalEncoding", 2, kind="learned", max_len=12)]
    edges = chain(nodes)
    x, col = "pos", 3
    for b in (1, 2):
        block = [node(f"ln{b}a", "LayerNorm", col), node(f"attn{b}", "MultiHeadAttention", col + 1, heads=4),
                 node(f"add{b}a", "Add", col + 2), node(f"ln{b}b", "LayerNorm", col + 3),
                 node(f"ff{b}a", "Dense", col + 4, units=64), node(f"gelu{b}", "GELU", col + 5),
                 node(f"ff{b}b", "Dense", col + 6, units=32), node(f"add{b}b", "Add", col + 7)]
        nodes += block
        edges += [{"from": x, "to": block[0]["id"], "port": 0}] + chain(block)
        edges += [{"from": x, "to": f"add{b}a", "port": 1}, {"from": f"add{b}a", "to": f"add{b}b", "port": 1}]
        x, col = f"add{b}b", col + 8
    tail = [node("pool", "SequencePool", col, mode="mean"), node("out", "Dense", col + 1, units=8)]
    nodes += tail
    edges += [{"from": x, "to": "pool", "port": 0}] + chain(tail)
    write("words-transformer.nwproj", project(
        "Words: transformer", "Which language is a word? Two pre-norm transformer encoder blocks with "
        "learned positions attend over the characters; the Attention dock shows what each head looks at.",
        nodes, edges,
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.002,
         "batch_size": 32, "epochs": 12, "seed": 1},
        words))

    nodes = [node("input", "Input", 0, shape=[10]), node("embed", "Embedding", 1, vocab_size=2, dim=8),
             node("gru", "GRU", 2, units=32), node("out", "Dense", 3, units=2)]
    write("sequence-parity.nwproj", project(
        "Parity", "Is the number of ones in a string of ten bits odd? A GRU has to carry one bit of "
        "memory from the first step to the last.",
        nodes, chain(nodes),
        {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.02,
         "batch_size": 16, "epochs": 40, "seed": 1},
        {"spec": "sequence:parity?length=10&samples=8000", "validation_fraction": 0.15, "test_fraction": 0.15,
         "split_seed": 1, "stratified": True}))

    # Autoencoders: the network learns to give its input back through a narrow middle.
    # With a 2-unit bottleneck every image becomes a point on a plane: the
    # Reconstruction panel draws that plane coloured by class, and a click on it
    # decodes the point into an image.
    autoencoder_data = {"spec": "fashion-mnist:train?task=reconstruction",
                        "test_spec": "fashion-mnist:test?task=reconstruction",
                        "validation_fraction": 0.1, "test_fraction": 0.0, "split_seed": 1}
    nodes = [node("input", "Input", 0, shape=[1, 28, 28]),
             node("conv1", "Conv2D", 1, filters=16, kernel_size=3, stride=2, padding=1),
             node("relu1", "ReLU", 2),
             node("conv2", "Conv2D", 3, filters=32, kernel_size=3, stride=2, padding=1),
             node("relu2", "ReLU", 4), node("flatten", "Flatten", 5),
             node("latent", "Dense", 6, units=2),
             node("expand", "Dense", 7, units=32 * 7 * 7), node("relu3", "ReLU", 8),
             node("unflatten", "Reshape", 9, shape=[32, 7, 7]),
             node("deconv1", "ConvTranspose2D", 10, filters=16, kernel_size=3, stride=2, padding=1,
                  output_padding=1),
             node("relu4", "ReLU", 11),
             node("deconv2", "ConvTranspose2D", 12, filters=1, kernel_size=3, stride=2, padding=1,
                  output_padding=1),
             node("out", "Sigmoid", 13)]
    write("fashion-autoencoder.nwproj", project(
        "Fashion autoencoder",
        "Fashion-MNIST through a bottleneck of two numbers: two strided convolutions encode each image, "
        "a Dense layer of 2 units is all that is kept, and two transposed convolutions paint the image "
        "back. The Reconstruction panel shows inputs beside their reconstructions, worst first, and the "
        "2-D latent space coloured by class: click an empty spot to see what the decoder makes of it.",
        nodes, chain(nodes),
        {"loss": "mse", "optimizer": {"name": "adam"}, "learning_rate": 0.002,
         "batch_size": 64, "epochs": 10, "seed": 1},
        autoencoder_data))

    # Denoising: the inputs get Gaussian noise (std 0.3, inputs only), the targets stay
    # clean, so the network learns to remove it; the middle keeps 32 maps of 7x7, and
    # the decoder grows them back with Upsample2D and convolutions.
    nodes = [node("input", "Input", 0, shape=[1, 28, 28]),
             node("conv1", "Conv2D", 1, filters=16, kernel_size=3, padding=1),
             node("relu1", "ReLU", 2), node("pool1", "MaxPool2D", 3, kernel_size=2),
             node("conv2", "Conv2D", 4, filters=32, kernel_size=3, padding=1),
             node("relu2", "ReLU", 5), node("pool2", "MaxPool2D", 6, kernel_size=2),
             node("up1", "Upsample2D", 7, scale_factor=2, mode="nearest"),
             node("conv3", "Conv2D", 8, filters=16, kernel_size=3, padding=1),
             node("relu3", "ReLU", 9),
             node("up2", "Upsample2D", 10, scale_factor=2, mode="bilinear"),
             node("conv4", "Conv2D", 11, filters=1, kernel_size=3, padding=1),
             node("out", "Sigmoid", 12)]
    write("fashion-denoising-autoencoder.nwproj", project(
        "Fashion denoising autoencoder",
        "Fashion-MNIST images with Gaussian noise added to the input (std 0.3) and the clean image as "
        "the target: the network learns to remove the noise. Convolutions and pooling encode, Upsample2D "
        "(nearest, then bilinear) and convolutions decode. Compare inputs and outputs in the "
        "Reconstruction panel.",
        nodes, chain(nodes),
        {"loss": "mse", "optimizer": {"name": "adam"}, "learning_rate": 0.002,
         "batch_size": 64, "epochs": 3, "seed": 1},
        {"spec": "fashion-mnist:train?noise_std=0.3&task=reconstruction",
         "test_spec": "fashion-mnist:test?noise_std=0.3&task=reconstruction",
         "validation_fraction": 0.1, "test_fraction": 0.0, "split_seed": 1}))


if __name__ == "__main__":
    main()
