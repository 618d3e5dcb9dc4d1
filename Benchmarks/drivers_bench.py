#!/usr/bin/env python3
"""The driver analysis as whole processes, against a plain numpy script doing the same
all-subsets computation on the same file (Benchmarks/lmg_numpy.py), in one run.

usage: drivers_bench.py --binary PATH [--rows 10000] [--themes 12] [--runs 3] [--quick]
Prints medians and the ratio; the bootstrap of 1,000 resamples is timed on its own.
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))


def survey(path, rows, themes, seed=1):
    rng = random.Random(seed)
    weights = [rng.uniform(0.1, 1.0) for _ in range(themes)]
    with open(path, "w") as f:
        f.write("respondent,nps," + ",".join(f"theme{j + 1}" for j in range(themes)) + "\n")
        for i in range(rows):
            shared = rng.gauss(0, 1)
            x = [max(1, min(10, round(6 + 1.5 * (0.5 * shared + rng.gauss(0, 1))))) for _ in range(themes)]
            y = sum(w * v for w, v in zip(weights, x)) / sum(weights) + rng.gauss(0, 1.5)
            f.write(f"r{i + 1},{max(0, min(10, round(y)))}," + ",".join(map(str, x)) + "\n")


def timed(argv, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", required=True)
    p.add_argument("--rows", type=int, default=10000)
    p.add_argument("--themes", type=int, default=12)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--quick", action="store_true", help="a small file, one run: checks the script works")
    a = p.parse_args()
    if a.quick:
        a.rows, a.themes, a.runs = 500, 4, 1
    work = tempfile.mkdtemp(prefix="jc-drivers-")
    path = os.path.join(work, "survey.csv")
    survey(path, a.rows, a.themes)
    ours = timed([a.binary, "drivers", path, "--outcome", "nps", "--bootstrap", "0", "--format", "json"], a.runs)
    numpy = timed([sys.executable, os.path.join(here, "lmg_numpy.py"), path, "nps"], a.runs)
    boot = timed([a.binary, "drivers", path, "--outcome", "nps", "--bootstrap", "1000", "--seed", "1", "--format", "json"],
                 max(1, a.runs // 2))
    print(f"driver analysis, {a.rows} respondents x {a.themes} themes ({2 ** a.themes} subsets), whole processes, "
          f"median of {a.runs}")
    print(f"  journeycheck drivers --bootstrap 0   {ours:10.1f} ms")
    print(f"  numpy all-subsets script (peer)       {numpy:10.1f} ms")
    print(f"  ratio numpy / journeycheck            {numpy / ours:10.1f}x")
    print(f"  journeycheck drivers --bootstrap 1000 {boot:10.1f} ms  ({os.cpu_count()} cores)")
    for name in os.listdir(work):
        os.remove(os.path.join(work, name))
    os.rmdir(work)


if __name__ == "__main__":
    main()
