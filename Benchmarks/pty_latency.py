#!/usr/bin/env python3
"""End-to-end latency of JourneyCheck through a pseudo-terminal, side by side with dialog.

Measures, over many spawns (interleaved, because absolute times on shared machines drift):
  - time from spawn to the first complete frame (last byte of the first burst of output),
  - time from a keystroke to the last byte of the screen update it causes,
  - bytes written to the terminal per keystroke,
  - peak memory (VmHWM) of the process,
and prints median and p95 per program and the ratios to `dialog --menu`.

    python3 Benchmarks/pty_latency.py [--binary PATH] [--spawns N] [--keys K] [--quick]
    make bench        (builds the static binary and runs this on it)

JourneyCheck is measured on generated sessions of 100 and 1,000 steps (made with
journeycheck-bench --make-session), answering questions (j, n, w); dialog --menu moves its
selection (Down), dialog --yesno switches buttons (Tab). Also times `journeycheck export`
as a whole process.
"""
import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROWS, COLS = 24, 80


def spawn(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        os.execvpe(argv[0], argv, env)
    return pid, fd


def read_output(fd, first_timeout, quiet, marker=None):
    """Read until `marker` has arrived (when given), else until `quiet` seconds pass without
    output once something came. Returns (bytes, time of the last byte or None)."""
    data = b""
    last = None
    deadline = time.perf_counter() + first_timeout
    while marker is None or marker not in data:
        waiting_for_more = last is not None and marker is None
        timeout = quiet if waiting_for_more else deadline - time.perf_counter()
        if timeout <= 0 or not select.select([fd], [], [], timeout)[0]:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
        last = time.perf_counter()
    return data, last


def read_burst(fd, first_timeout=2.0, quiet=0.03):
    """Read until `quiet` seconds pass without output."""
    return read_output(fd, first_timeout, quiet)


def read_until(fd, marker, timeout=5.0):
    """Read until `marker` has arrived."""
    return read_output(fd, timeout, 0, marker)


def peak_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def finish(pid, fd, quit_bytes):
    try:
        os.write(fd, quit_bytes)
    except OSError:
        pass
    deadline = time.perf_counter() + 3
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        read_burst(fd, first_timeout=0.05, quiet=0.01)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)


def run_once(program, keys, env, results):
    t0 = time.perf_counter()
    pid, fd = spawn(program["argv"](), env)
    early, early_last = read_until(fd, program["marker"])
    # The frame is complete when output pauses after the marker.
    rest, rest_last = read_burst(fd, first_timeout=0.05, quiet=0.05)
    last = rest_last or early_last
    if program["marker"] not in early + rest or last is None:
        finish(pid, fd, program["quit"])
        raise RuntimeError(f"{program['name']}: no first frame (got {len(early + rest)} bytes)")
    results["first"].append((last - t0) * 1000)
    stop = program["load"](early + rest) if "load" in program else None
    for i in range(keys):
        key = program["keys"][i % len(program["keys"])]
        t = time.perf_counter()
        os.write(fd, key)
        data, last = read_burst(fd, first_timeout=1.0, quiet=0.02)
        if last is not None:
            results["key"].append((last - t) * 1000)
            results["bytes"].append(len(data))
    results["hwm"].append(peak_kib(pid) / 1024)
    if stop:
        stop()
    finish(pid, fd, program["quit"])


def room_load(idle, flood):
    """A load on the room while keys are timed: `idle` connections that send half a request
    and wait (a slow-loris client), and `flood` threads loading the phone's page as fast as
    they can. Returns the function that stops it."""
    import re
    import socket
    import threading
    import urllib.request

    def start(output):
        m = re.search(rb"http://127\.0\.0\.1:(\d+)/([0-9a-f]{24})", output)
        if not m:
            raise RuntimeError("the room's address is not on the screen")
        port, url = int(m.group(1)), m.group(0).decode()
        sockets = []
        for _ in range(idle):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"GET /" + m.group(2) + b" HTTP/1.1\r\nHost: x\r\n")
            sockets.append(s)
        running = [True]

        def hammer():
            while running[0]:
                try:
                    urllib.request.urlopen(url, timeout=5).read()
                except Exception:
                    pass

        threads = [threading.Thread(target=hammer, daemon=True) for _ in range(flood)]
        for t in threads:
            t.start()

        def stop():
            running[0] = False
            for t in threads:
                t.join(timeout=5)
            for s in sockets:
                s.close()
        return stop
    return start


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    # The static release binary that `make install` installs (`make build`), else a plain release build.
    static = os.path.join(root, ".build-release/release/journeycheck")
    parser.add_argument("--binary", default=static if os.path.exists(static) else os.path.join(root, ".build/release/journeycheck"))
    parser.add_argument("--bench", default=None, help="journeycheck-bench (default: beside --binary)")
    parser.add_argument("--spawns", type=int, default=30)
    parser.add_argument("--keys", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="a few spawns, to check that it runs")
    args = parser.parse_args()
    if args.quick:
        args.spawns, args.keys = 2, 4
    bench = args.bench or os.path.join(os.path.dirname(args.binary), "journeycheck-bench")
    dialog = shutil.which("dialog")

    work = tempfile.mkdtemp(prefix="jc-pty-")
    env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "HOME": work}
    bases = {}
    for n in (100, 1000):
        bases[n] = os.path.join(work, f"base-{n}.json")
        subprocess.run([bench, "--make-session", str(n), bases[n]], check=True)

    def jc_argv(n):
        def argv():
            path = os.path.join(work, f"s-{n}.json")
            shutil.copyfile(bases[n], path)
            return [args.binary, "resume", path]
        return argv

    counter = [0]

    def room_argv(n):
        def argv():
            path = os.path.join(work, f"room-{n}.json")
            shutil.copyfile(bases[n], path)
            return [args.binary, "resume", path, "--room", "--bind", "127.0.0.1"]
        return argv

    def reassess_argv():
        counter[0] += 1
        return [args.binary, "reassess", bases[1000], "--session", os.path.join(work, f"next-{counter[0]}.json")]

    programs = [
        {"name": "JourneyCheck, 100 steps", "argv": jc_argv(100), "marker": b"quit", "keys": [b"j", b"n", b"w"], "quit": b"q"},
        {"name": "JourneyCheck, 1,000 steps", "argv": jc_argv(1000), "marker": b"quit", "keys": [b"j", b"n", b"w"], "quit": b"q"},
        # The room open on loopback: with 200 idle connections, and with a thread loading the
        # phone's page as fast as it can besides.
        {"name": "room open, 200 idle", "argv": room_argv(100), "marker": b"open: http://127.0.0.1",
         "keys": [b"j", b"n", b"w"], "quit": b"q", "load": room_load(200, 0)},
        {"name": "room open, 200 idle + flood", "argv": room_argv(100), "marker": b"open: http://127.0.0.1",
         "keys": [b"j", b"n", b"w"], "quit": b"q", "load": room_load(200, 1)},
        # A reassessment opens on the review of last time's actions: one key decides each.
        {"name": "reassess, 1,000 steps", "argv": reassess_argv, "marker": b"quit", "keys": [b"1", b"2", b"3"], "quit": b"q"},
    ]
    if dialog:
        items = []
        for i in range(10):
            items += [str(i + 1), f"Menu item number {i + 1}"]
        programs += [
            {"name": "dialog --menu", "argv": lambda: [dialog, "--menu", "Choose a step", "20", "60", "12"] + items,
             "marker": b"Menu item number 10", "keys": [b"\x1bOB"], "quit": b"\x1b\x1b"},
            {"name": "dialog --yesno", "argv": lambda: [dialog, "--yesno", "Is this step in line with our brand promise?", "10", "50"],
             "marker": b"brand promise?", "keys": [b"\t"], "quit": b"\x1b\x1b"},
        ]
    else:
        print("dialog is not installed (apt-get install dialog): measuring JourneyCheck only", file=sys.stderr)

    results = {p["name"]: {"first": [], "key": [], "bytes": [], "hwm": []} for p in programs}
    for _ in range(args.spawns):
        for p in programs:
            run_once(p, args.keys, env, results[p["name"]])

    exports = {}
    for n in (100, 1000):
        path = os.path.join(work, f"export-{n}.json")
        shutil.copyfile(bases[n], path)
        for fmt in ("markdown", "csv", "html", "xlsx"):
            times = []
            for _ in range(max(3, args.spawns)):
                t = time.perf_counter()
                subprocess.run([args.binary, "export", path, "--format", fmt, "-o", os.path.join(work, "out")],
                               stdout=subprocess.DEVNULL, check=True)
                times.append((time.perf_counter() - t) * 1000)
            exports[(n, fmt)] = times
    # compare of three 1,000-step sessions of one journey, as a whole process.
    three = []
    for i in range(3):
        three.append(os.path.join(work, f"cmp-{i}.json"))
        shutil.copyfile(bases[1000], three[-1])
    compares = []
    for _ in range(max(3, args.spawns)):
        t = time.perf_counter()
        subprocess.run([args.binary, "compare"] + three, stdout=subprocess.DEVNULL, check=True)
        compares.append((time.perf_counter() - t) * 1000)
    shutil.rmtree(work, ignore_errors=True)

    print(f"pty latency, {args.spawns} spawns x {args.keys} keys each, interleaved; {COLS}x{ROWS}, TERM=xterm-256color")
    print(f"binary: {args.binary}")
    print(f"{'program':28} {'first frame ms':>16} {'key ms':>14} {'bytes/key':>12} {'VmHWM MiB':>10}")
    print(f"{'':28} {'median':>7} {'p95':>8} {'median':>6} {'p95':>7} {'median':>6} {'p95':>5} {'max':>10}")
    for p in programs:
        r = results[p["name"]]
        print(f"{p['name']:28} {statistics.median(r['first']):7.2f} {pct(r['first'], .95):8.2f} "
              f"{statistics.median(r['key']):6.2f} {pct(r['key'], .95):7.2f} "
              f"{statistics.median(r['bytes']):6.0f} {pct(r['bytes'], .95):5.0f} {max(r['hwm']):10.1f}")
    plain = statistics.median(results["JourneyCheck, 100 steps"]["key"])
    for name in ["room open, 200 idle", "room open, 200 idle + flood"]:
        print(f"key, {name}, against the room closed (100 steps, median): "
              f"{statistics.median(results[name]['key']) / plain:.2f}x")
    if dialog:
        ref = results["dialog --menu"]
        print("ratios to dialog --menu (median):")
        for p in programs[:2]:
            r = results[p["name"]]
            print(f"  {p['name']:26} first frame {statistics.median(r['first']) / statistics.median(ref['first']):.2f}x, "
                  f"key {statistics.median(r['key']) / statistics.median(ref['key']):.2f}x, "
                  f"bytes/key {statistics.median(r['bytes']) / statistics.median(ref['bytes']):.2f}x, "
                  f"peak memory {max(r['hwm']) / max(ref['hwm']):.1f}x")
    print(f"compare of three sessions, whole process, 1000 steps: median {statistics.median(compares):.1f} ms, "
          f"p95 {pct(compares, .95):.1f} ms")
    for (n, fmt), times in exports.items():
        print(f"export {fmt}, whole process, {n} steps: median {statistics.median(times):.1f} ms, "
              f"p95 {pct(times, .95):.1f} ms")


if __name__ == "__main__":
    main()
