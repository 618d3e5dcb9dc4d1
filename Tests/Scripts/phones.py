#!/usr/bin/env python3
"""Simulated phones for the room's tests: each with its own cookie, voting at once.

usage: phones.py URL QUESTION N [--change K] [--answers yes,no,...]
  N phones vote; phone i votes answers[i % len]; the first K of them then change to the next
  answer. Prints one JSON line: the counts the phones were told were counted (by their final
  vote) and how many were not counted.
"""
import http.cookiejar
import json
import sys
import threading
import urllib.parse
import urllib.request


def phone(url):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(url, timeout=10).read()
    return opener


def vote(opener, url, question, answer):
    data = urllib.parse.urlencode({"question": question, "answer": answer}).encode()
    body = opener.open(urllib.request.Request(url, data=data), timeout=10).read().decode()
    return 'class="notice ok"' in body


def main():
    url, question, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    change = int(sys.argv[sys.argv.index("--change") + 1]) if "--change" in sys.argv else 0
    answers = sys.argv[sys.argv.index("--answers") + 1].split(",") if "--answers" in sys.argv else ["yes", "no", "dont_know"]
    phones = [phone(url) for _ in range(n)]
    final = [None] * n
    failed = [0]
    lock = threading.Lock()

    def run(i, answer):
        ok = vote(phones[i], url, question, answer)
        with lock:
            if ok:
                final[i] = answer
            else:
                failed[0] += 1

    for round_answers in ([answers[i % len(answers)] for i in range(n)],
                          [answers[(i + 1) % len(answers)] for i in range(change)]):
        threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(round_answers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    counts = {a: sum(1 for f in final if f == a) for a in ["yes", "no", "dont_know"]}
    print(json.dumps({"counts": counts, "failed": failed[0]}))


if __name__ == "__main__":
    main()
