#!/usr/bin/python3
"""Writes the corrupt-input corpus: files every loader must refuse with a
DataError naming the file, never a crash, a hang or a huge allocation.

    /usr/bin/python3 tests/corrupt/make_corpus.py

Used by tests/data/CorruptCorpusTest.cpp and by the CLI tests (which expect
exit code 1). README.md lists every file and the error it must produce. The
output is deterministic (fixed gzip mtime, no randomness).
"""
import gzip
import io
import os
import shutil
import struct
import zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def gz(data):
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as f:
        f.write(data)
    return out.getvalue()


def idx(type_code, dims, payload):
    return bytes([0, 0, type_code, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims) + payload


def png(width, height, gray_rows):
    """A valid 8-bit grayscale PNG, written by hand (no imaging library needed)."""
    def chunk(tag, body):
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(row) for row in gray_rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def make_idx():
    image = bytes(range(256)) * 4  # 1024 bytes: fewer than 4 x 28 x 28
    write("idx/truncated-images-idx3-ubyte", idx(8, [4, 28, 28], image))
    write("idx/truncated-images-idx3-ubyte.gz", gz(idx(8, [4, 28, 28], image)))
    # 4294967295 x 65535 x 65535 bytes: about 18 exabytes claimed, 16 present.
    write("idx/lying-header-terabytes-idx3-ubyte", idx(8, [0xFFFFFFFF, 0xFFFF, 0xFFFF], bytes(16)))
    write("idx/lying-header-terabytes-idx3-ubyte.gz", gz(idx(8, [0xFFFFFFFF, 0xFFFF, 0xFFFF], bytes(16))))
    write("idx/trailing-bytes-labels-idx1-ubyte", idx(8, [4], bytes([1, 0, 2, 1, 7, 7])))
    write("idx/bad-magic-labels-idx1-ubyte", b"PK\x03\x04" + bytes(8))
    write("idx/float-type-labels-idx1-ubyte", idx(0x0D, [2], struct.pack(">ff", 1.0, 2.0)))
    write("idx/rank-zero-idx0-ubyte", bytes([0, 0, 8, 0]))
    write("idx/short-header-idx3-ubyte", bytes([0, 0, 8, 3, 0, 0]))
    write("idx/empty-file-idx1-ubyte", b"")
    good = gz(idx(8, [4, 28, 28], bytes(4 * 28 * 28)))
    write("idx/corrupt-gzip-stream-images-idx3-ubyte.gz", good[:20] + bytes(b ^ 0x5A for b in good[20:60]) + good[60:])
    noisy = gz(idx(8, [4, 28, 28], bytes((i * 7919 + i // 13) % 251 for i in range(4 * 28 * 28))))
    write("idx/truncated-gzip-stream-images-idx3-ubyte.gz", noisy[: len(noisy) // 2])


def make_csv():
    write("csv/empty.csv", "")
    write("csv/blank-lines-only.csv", "\n\n  \n")
    write("csv/header-only.csv", "sepal_length,sepal_width,species\n")
    rows = ["a,b,c,label"] + ["%d,%d,%d,x" % (i, i + 1, i + 2) for i in range(15)]
    rows.append("1,2,3,4,y")  # line 17: 5 fields
    rows += ["%d,%d,%d,y" % (i, i, i) for i in range(3)]
    write("csv/ragged-row-line-17.csv", "\n".join(rows) + "\n")
    rows = ["height,weight,label"] + ["%d.5,%d,a" % (150 + i, 50 + i) for i in range(10)]
    rows[6] = "156.5,heavy,a"  # line 7: one word in a numeric column
    write("csv/non-numeric-in-numeric-column-line-7.csv", "\n".join(rows) + "\n")
    rows = ["score,comment,label"]
    rows += ['%d,"comment number %d, unique",%s' % (i % 7, i, "yes" if i % 3 else "no") for i in range(312)]
    write("csv/free-text-column-comment.csv", "\n".join(rows) + "\n")
    write("csv/unterminated-quote-line-3.csv", 'x,name,label\n1,"ok",a\n2,"never closed,b\n3,c,a\n')
    write("csv/duplicate-column-names.csv", "x,y,x,label\n1,2,3,a\n")
    write("csv/every-row-missing-a-value.csv", "x,y,label\n1,NA,a\n?,2,b\n3,,a\n")
    write("csv/infinite-value-line-3.csv", "x,y,label\n1,2,a\n1e999,3,b\n")
    write("csv/only-a-target-column.csv", "label\na\nb\n")
    write("csv/binary-garbage.csv", bytes(range(256)) * 8)


def make_images():
    base = "images"
    if os.path.isdir(os.path.join(HERE, base)):
        shutil.rmtree(os.path.join(HERE, base))
    ok = png(4, 4, [[0, 64, 128, 255]] * 4)
    write(base + "/truncated-png/cats/good.png", ok)
    write(base + "/truncated-png/cats/truncated.png", ok[: len(ok) // 2])
    write(base + "/truncated-png/dogs/good.png", ok)
    write(base + "/text-named-png/cats/good.png", ok)
    write(base + "/text-named-png/dogs/not-an-image.png", "This is a text file with a .png name.\n")
    write(base + "/no-class-folders/lonely.png", ok)
    write(base + "/empty-class-folder/cats/good.png", ok)
    write(base + "/empty-class-folder/dogs/.gitkeep", "")
    write(base + "/empty-class-folder/dogs/notes.txt", "no images here\n")
    # The header claims 32000 x 32000 (just under OpenCV's own 2^30-pixel limit, so a
    # decoder would allocate a gigabyte for it); the data is one row.
    huge = png(32000, 1, [[0] * 32000])
    huge = huge[:16] + struct.pack(">II", 32000, 32000) + huge[24:29] + struct.pack(
        ">I", zlib.crc32(huge[12:16] + struct.pack(">II", 32000, 32000) + huge[24:29]) & 0xFFFFFFFF) + huge[33:]
    write(base + "/huge-dimensions/big/claims-32000x32000.png", huge)


def npy_header(descr, fortran, shape, version=1):
    shape_text = "(" + "".join("%d, " % d for d in shape).rstrip(" ") + ")" if len(shape) != 1 else "(%d,)" % shape[0]
    h = "{'descr': %s, 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape_text)
    prefix = 10 if version == 1 else 12
    h += " " * ((64 - (prefix + len(h) + 1) % 64) % 64) + "\n"
    size = struct.pack("<H", len(h)) if version == 1 else struct.pack("<I", len(h))
    return b"\x93NUMPY" + bytes([version, 0]) + size + h.encode()


def make_npy():
    def save(name, array, **kw):
        path = os.path.join(HERE, "npy", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            np.lib.format.write_array(f, array, **kw)

    good = io.BytesIO()
    np.lib.format.write_array(good, np.arange(12, dtype="<f4").reshape(4, 3))
    good = good.getvalue()
    write("npy/truncated-data.npy", good[:-10])
    write("npy/trailing-bytes.npy", good + b"\x00" * 8)
    write("npy/lying-shape-terabytes.npy", npy_header("'<f4'", "False", [1000000, 1000000, 1000]) + bytes(48))
    write("npy/lying-header-length.npy", b"\x93NUMPY\x01\x00" + struct.pack("<H", 60000) + b"{'descr': '<f4'")
    write("npy/bad-magic.npy", b"\x93NUMPZ\x01\x00" + good[8:])
    write("npy/unsupported-version-9.npy", b"\x93NUMPY\x09\x00" + good[8:])
    write("npy/malformed-header-dict.npy", npy_header("<f4", "False", [4, 3]) + bytes(48))
    save("big-endian.npy", np.arange(12, dtype=">f4").reshape(4, 3))
    save("fortran-order.npy", np.asfortranarray(np.arange(12, dtype="<f4").reshape(4, 3)))
    save("object-dtype.npy", np.array([1, "two", None], dtype=object), allow_pickle=True)
    save("structured-dtype.npy", np.zeros(3, dtype=[("x", "<f4"), ("y", "<i4")]))
    save("complex-dtype.npy", np.zeros(3, dtype="<c8"))
    save("string-dtype.npy", np.array(["a", "bc"]))
    npz = io.BytesIO()
    np.savez(npz, x=np.zeros(3))
    write("npy/npz-archive-renamed.npy", npz.getvalue())
    write("npy/empty-file.npy", b"")


if __name__ == "__main__":
    make_idx()
    make_csv()
    make_images()
    make_npy()
