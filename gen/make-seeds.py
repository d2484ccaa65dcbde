#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the hand-made seed corpus of every fuzz target from the data/ CSV files.

Usage: gen/make-seeds.py TOP_SRCDIR
Files are named seed-*; inputs libFuzzer found and `-merge=1` kept are named by
their SHA-1 and live beside them.  Rerun after the data changes.
"""
import csv
import os
import struct
import sys


def rows(top, name):
    with open(os.path.join(top, "data", name), newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def write(top, target, label, data):
    d = os.path.join(top, "fuzz", "corpus", target)
    os.makedirs(d, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in label)[:60]
    with open(os.path.join(d, "seed-" + safe), "wb") as f:
        f.write(data)


def main(top):
    statuses = rows(top, "statuses.csv")
    aliases = rows(top, "aliases.csv")
    methods = rows(top, "methods.csv")
    names = [s["name"] for s in statuses] + [a["text"] for a in aliases if a["kind"] == "name"]
    phrases = [s["phrase"] for s in statuses] + [a["text"] for a in aliases if a["kind"] == "phrase"]
    hostile = {
        "empty": b"",
        "nul": b"\0",
        "embedded-nul": b"NOT_\0FOUND",
        "trailing-nul": b"GET\0",
        "long": b"A" * 40,
        "utf8": "Not Fo\u00fcnd".encode(),
        "invalid-utf8": b"\xff\xfe\xc3(",
        "high-bit-case": b"NOT_FOUND\xc0",
    }
    for n in names:
        write(top, "status_name", n, n.encode())
        write(top, "status_name_ci", n.lower(), n.lower().encode())
    for p in phrases:
        write(top, "status_phrase", p, p.upper().encode() if len(p) % 2 else p.encode())
    for m in methods:
        write(top, "method_name", m["name"], m["name"].encode())
    write(top, "method_name", "get-lower", b"get")
    for target in ("status_name", "status_name_ci", "status_phrase", "method_name"):
        for label, data in hostile.items():
            write(top, target, label, data)
    codes = [int(s["code"]) for s in statuses]
    edges = [0, -1, 99, 100, 199, 299, 599, 600, 2**31 - 1, -2**31, 65940, 404 + 2**16]
    pack = lambda vs: b"".join(struct.pack("<i", v) for v in vs)
    write(top, "integers", "codes", pack(codes))
    write(top, "integers", "edges", pack(edges))
    write(top, "integers", "indexes", struct.pack("<QQQQ", 0, 9, 39, 63) + struct.pack("<q", -1))
    for code in (100, 204, 299, 404, 418, 599, 600, -1):
        for size, mode in ((0, 0), (1, 0), (13, 0), (22, 0), (100, 0), (5, 2), (300, 4)):
            write(top, "status_line", "%d-%d-%d" % (code, size, mode), struct.pack("<iHB", code, size, mode))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
