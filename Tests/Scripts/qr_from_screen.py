#!/usr/bin/env python3
"""Read back the QR code the wall draws in half blocks: the screen's text on standard input,
a greyscale image (PGM) of its modules written to the path given, for zbarimg to decode."""
import sys

lines = sys.stdin.read().split("\n")
rows = [l for l in lines if any(c in l for c in "█▀▄")]
x0 = min(min(i for i, c in enumerate(l) if c in "█▀▄") for l in rows)
width = max(len(l) for l in rows) - x0
modules = []
for l in rows:
    cells = [l[i] if i < len(l) else " " for i in range(x0, x0 + width)]
    modules.append([c in "█▀" for c in cells])
    modules.append([c in "█▄" for c in cells])
quiet, scale = 4, 8
size = width + 2 * quiet
modules = [[False] * size] * quiet + [[False] * quiet + r + [False] * quiet for r in modules] + [[False] * size] * quiet
with open(sys.argv[1], "w") as f:
    f.write(f"P2\n{size * scale} {len(modules) * scale}\n255\n")
    for r in modules:
        line = " ".join("0" if m else "255" for m in r for _ in range(scale))
        for _ in range(scale):
            f.write(line + "\n")
