#!/usr/bin/env python3
"""Writes seeded DEFLATE test cases made by zlib, for the inflater's differential test.

usage: make_deflate_cases.py OUT COUNT SEED
Each case: 4-byte little-endian length + original bytes, 4-byte length + raw DEFLATE bytes.
Inputs vary as workbook entries and worse do: random bytes, text with repeats, XML with
Japanese, long runs, tiny and empty inputs; every compression level 0-9 and the strategies
that force fixed, Huffman-only and run-length blocks.
"""
import random, struct, sys, zlib

def payload(rng):
    kind = rng.randrange(7)
    n = rng.choice([0, 1, 2, 7, 100, 1000, 5000, 20000, 70000])
    if kind == 0:
        return rng.randbytes(n)
    if kind == 1:
        words = ["学校", "コミュニティ・スクール", "<c r=\"B3\" s=\"2\"><v>7051</v></c>", "0", "1", "\n", "小学校", "都道府県", " "]
        return "".join(rng.choices(words, k=n // 3 + 1)).encode("utf-8")[:n]
    if kind == 2:
        return bytes([rng.getrandbits(8)]) * n
    if kind == 3:
        alphabet = bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 5)))
        return bytes(rng.choices(alphabet, k=n))
    if kind == 4:
        block = bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 300)))
        return (block * (n // len(block) + 1))[:n]
    if kind == 5:
        rows = "".join(f'<row r="{i}"><c r="A{i}" t="s"><v>{rng.randrange(50)}</v></c><c r="B{i}"><v>{rng.randrange(10**6)}</v></c></row>' for i in range(n // 60 + 1))
        return rows.encode()[:n]
    return bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 16)))

def main():
    out, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    strategies = [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]
    with open(out, "wb") as f:
        for i in range(count):
            data = payload(rng)
            level = i % 10
            strategy = strategies[(i // 10) % len(strategies)]
            c = zlib.compressobj(level, zlib.DEFLATED, -15, rng.choice([1, 8, 9]), strategy)
            packed = c.compress(data) + c.flush()
            f.write(struct.pack("<I", len(data)) + data + struct.pack("<I", len(packed)) + packed)

main()
