#!/usr/bin/env python3
"""LMG (Shapley) relative importance computed independently with numpy: every subset's R²
from an ordinary least-squares fit (numpy.linalg.lstsq on the raw data, with an intercept),
then each theme's gain averaged over the orders. The tests compare JourneyCheck's numbers with
these; the benchmark times this script as the peer.

usage: lmg_numpy.py SURVEY.csv OUTCOME [THEME ...]   (prints JSON: r2 and importance by theme)
"""
import csv
import itertools
import json
import math
import sys

import numpy as np


def main():
    path, outcome, themes = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(path, newline="", encoding="utf-8-sig") as f:
        sample = f.readline()
        f.seek(0)
        sep = ";" if sample.count(";") > sample.count(",") else ","
        rows = list(csv.reader(f, delimiter=sep))
    header = rows[0]

    def number(cell):
        cell = cell.strip()
        if "," in cell and "." not in cell:
            cell = cell.replace(",", ".")
        try:
            return float(cell)
        except ValueError:
            return None

    if not themes:
        themes = [h for h in header if h != outcome and any(number(r[header.index(h)]) is not None for r in rows[1:])]
    cols = [header.index(outcome)] + [header.index(t) for t in themes]
    data = []
    for r in rows[1:]:
        values = [number(r[c]) for c in cols]
        if all(v is not None for v in values):
            data.append(values)
    data = np.array(data)
    y, x = data[:, 0], data[:, 1:]
    k = x.shape[1]
    total = ((y - y.mean()) ** 2).sum()
    ones = np.ones(len(y))

    def r2(subset):
        if not subset:
            return 0.0
        a = np.column_stack([ones] + [x[:, j] for j in subset])
        b, *_ = np.linalg.lstsq(a, y, rcond=None)
        e = y - a @ b
        return 1 - (e @ e) / total

    r = {s: r2(list(s)) for n in range(k + 1) for s in itertools.combinations(range(k), n)}
    importance = []
    for j in range(k):
        others = [i for i in range(k) if i != j]
        v = 0.0
        for n in range(k):
            w = math.factorial(n) * math.factorial(k - 1 - n) / math.factorial(k)
            for s in itertools.combinations(others, n):
                v += w * (r[tuple(sorted(s + (j,)))] - r[s])
        importance.append(v)
    print(json.dumps({"n": len(y), "r2": r[tuple(range(k))], "importance": dict(zip(themes, importance))}))


if __name__ == "__main__":
    main()
