#!/usr/bin/python3
"""Writes iris.csv and digits.csv from scikit-learn's own copies.

Run with the system Python (Debian's python3-sklearn):
    /usr/bin/python3 resources/datasets/make_bundled.py

scikit-learn ships iris.csv with a first line that is not a header but
"150,4,setosa,versicolor,virginica" (samples, features, then the class names);
its rows end in a class index. We write a plain CSV with a header and the class
name in a "species" column. digits.csv.gz has no header; each row is 64 pixel
values (0..16, an 8x8 image row by row) and the digit. The output is
deterministic, so re-running the script reproduces the committed files byte
for byte.
"""
import csv
import gzip
import os
import sys

SKLEARN_DATA = "/usr/lib/python3/dist-packages/sklearn/datasets/data"
HERE = os.path.dirname(os.path.abspath(__file__))


def make_iris():
    with open(os.path.join(SKLEARN_DATA, "iris.csv"), newline="") as f:
        rows = list(csv.reader(f))
    n_samples, n_features, *class_names = rows[0]
    n_samples, n_features = int(n_samples), int(n_features)
    data = rows[1:]
    assert len(data) == n_samples and n_features == 4 and len(class_names) == 3
    header = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm", "species"]
    with open(os.path.join(HERE, "iris.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in data:
            assert len(row) == n_features + 1
            w.writerow(row[:n_features] + [class_names[int(row[n_features])]])


def make_digits():
    with gzip.open(os.path.join(SKLEARN_DATA, "digits.csv.gz"), "rt", newline="") as f:
        rows = [r for r in csv.reader(f) if r]
    assert len(rows) == 1797
    header = ["pixel_%d_%d" % (r, c) for r in range(8) for c in range(8)] + ["digit"]
    with open(os.path.join(HERE, "digits.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            assert len(row) == 65
            values = [int(float(v)) for v in row]
            assert all(0 <= v <= 16 for v in values[:64]) and 0 <= values[64] <= 9
            w.writerow(values)


if __name__ == "__main__":
    make_iris()
    make_digits()
    sys.exit(0)
