#!/usr/bin/python3
"""Writes the valid seed inputs of the fuzz harnesses that have no valid fixture
elsewhere in the tree (scripts/fuzz.sh and ctest's Fuzz.* replay them, together
with the folders listed in seeds.txt):

    /usr/bin/python3 tests/fuzz/make_seeds.py

Small files, so the fuzzer mutates structure rather than bulk. Deterministic
(fixed gzip mtime, no randomness).

seeds/onnx/ holds what our own exporter writes (PyTorch's are in
tests/fixtures/onnx), made with the CLI rather than here:

    for e in iris spiral sequence-parity; do
        build/app/netwright-cli export resources/examples/$e.nwproj --format onnx \
            --output tests/fuzz/seeds/onnx/$e.onnx
    done
"""
import gzip
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(harness, name, data):
    folder = os.path.join(HERE, "seeds", harness)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def idx(type_code, dims, values):
    header = bytes([0, 0, type_code, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims)
    return header + bytes(values)


def idx_seeds():
    images = idx(0x08, [3, 4, 4], [(i * 37) % 256 for i in range(48)])
    labels = idx(0x08, [3], [0, 1, 2])
    write("idx", "images-idx3-ubyte", images)
    write("idx", "labels-idx1-ubyte", labels)
    write("idx", "images-idx3-ubyte.gz", gzip.compress(images, mtime=0))


def csv_seeds():
    write("csv", "numeric.csv", b"x,y,label\n0.5,1.25,a\n-1,2e3,b\n3,4,a\n")
    write("csv", "mixed-missing.csv",
          b"colour;size;weight;kind\nred;1;0.5;cat\nblue;NA;1.5;dog\n\"gr;een\";3;;cat\nred;2;2.5;dog\n")
    write("csv", "regression.csv", b"a,b,target\n1,2,0.5\n2,3,1.5\n3,5,2.25\n4,7,3.0\n")


def png(width, height, channels, pixels):
    colour_type = {1: 0, 3: 2}[channels]

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + bytes(pixels[y * width * channels:(y + 1) * width * channels]) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def bmp(width, height, pixels):
    row = (width * 3 + 3) // 4 * 4
    data = b"".join(bytes(pixels[y * width * 3:(y + 1) * width * 3]) + b"\x00" * (row - width * 3)
                    for y in reversed(range(height)))
    header = struct.pack("<2sIHHI", b"BM", 54 + len(data), 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(data), 2835, 2835, 0, 0)
    return header + info + data


def image_seeds():
    gray = [(x * 40 + y * 20) % 256 for y in range(6) for x in range(5)]
    rgb = [(i * 53) % 256 for i in range(5 * 6 * 3)]
    write("image", "gray.png", png(5, 6, 1, gray))
    write("image", "rgb.png", png(5, 6, 3, rgb))
    write("image", "rgb.bmp", bmp(5, 6, rgb))
    write("image", "gray.pgm", b"P5\n5 6\n255\n" + bytes(gray))
    write("image", "rgb.ppm", b"P6\n5 6\n255\n" + bytes(rgb))


def clipboard_seeds():
    # What Edit > Copy writes (GraphFragment::toJson), and a block with its input and output.
    nodes = [
        {"id": "fc1", "type": "Dense", "params": {"units": 8}, "position": [220, 0]},
        {"id": "act1", "type": "ReLU", "params": {}, "position": [440, 0]},
        {"id": "drop1", "type": "Dropout", "params": {"rate": 0.5}, "position": [660, 0]},
    ]
    edges = [{"from": "fc1", "to": "act1", "port": 0}, {"from": "act1", "to": "drop1", "port": 0}]
    copy = {"format": "netwright-graph-fragment", "version": 1, "nodes": nodes, "edges": edges}
    write("clipboard", "copied-chain.json", json.dumps(copy, indent=1).encode())
    block = dict(copy, inputs=[{"to": "fc1", "port": 0}], output="drop1")
    write("clipboard", "block.json", json.dumps(block).encode())
    conv = {"format": "netwright-graph-fragment", "version": 1, "edges": [],
            "nodes": [{"id": "conv1", "type": "Conv2D", "params": {"filters": 4, "kernel_size": 3},
                       "position": [0, 0]}]}
    write("clipboard", "one-conv.json", json.dumps(conv).encode())


def text_seeds():
    write("text", "labelled.tsv", "pos\tgood film\nneg\tbad plot\npos\tloved it, really\nneg\tmeh…\n".encode())
    write("text", "reviews.csv", b'review,stars\n"great, fun",5\nawful,1\n"so-so ""ok""",3\nfine,3\n')
    write("text", "words", "apple\nbanana\ncherry\ndate\nelder\nfig\ngrape\nsmörgåsbord\n".encode())
    write("text", "words-latin1", "äpple\nbanan\nkörsbär\ndadel\nfläder\nfikon\n".encode("latin-1"))


if __name__ == "__main__":
    idx_seeds()
    csv_seeds()
    image_seeds()
    clipboard_seeds()
    text_seeds()
