#!/usr/bin/python3
"""Throughput of detente on Dask (one and two local worker processes) against
the CLI with --threads 1 and 2, on the same documents.

    /usr/bin/python3 bench/python_bench.py [--docs N] [--cli build/release/detente]

Every configuration must produce the same events (as a multiset) as the CLI
with one thread; the script checks that before it reports a time. Worker
start-up and resource loading are excluded from the Dask timings (each worker
loads its Coder once, before the clock starts) but partition planning,
scheduling, the newline counts, chunk copies and writing the output are
included. Results go to stdout and bench/out/python.json.

Needs: the `detente` package importable (PYTHONPATH=build/python/python or
installed), models/syntax-en.bin, /work/shared/data/news/reuters21578.jsonl
(or --corpus), Debian's python3-distributed. Run it on an otherwise idle
machine: numbers on a shared one say little.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
try:
    import detente  # noqa: F401  (installed, or on PYTHONPATH)
except ImportError:
    _pkg = os.path.join(REPO, "build", "python", "python")
    sys.path.insert(0, _pkg)
    os.environ["PYTHONPATH"] = _pkg + os.pathsep + os.environ.get("PYTHONPATH", "")

import detente  # noqa: E402
import detente.dask as ddask  # noqa: E402


def canon(events):
    return collections.Counter(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in events)


def subset(corpus, n, path):
    with open(corpus, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if n and i == n:
                break
            out.write(line)
    return path


def run_cli(cli, corpus, threads, model):
    extra = ["--model", model] if model else []
    t0 = time.perf_counter()
    p = subprocess.run([cli, "code", corpus, "--format", "jsonl", "--threads", str(threads), "-q", *extra],
                       capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        raise SystemExit(f"CLI failed: {p.stderr}")
    return dt, [json.loads(l) for l in p.stdout.splitlines() if l.strip()]


def run_dask(corpus, workers, blocksize, coder_options, tmp):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(detente.cached_coder, coder_options)  # load resources before timing
        out = os.path.join(tmp, f"dask-{workers}")
        t0 = time.perf_counter()
        summary = ddask.code_files(corpus, client=client, output=out, overwrite=True, blocksize=blocksize,
                                   coder_options=coder_options)
        dt = time.perf_counter() - t0
        return dt, ddask.read_output(out), summary


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(REPO), "shared", "data", "news",
                                                     "reuters21578.jsonl"))
    ap.add_argument("--docs", type=int, default=5000, help="first N documents (0 = all)")
    ap.add_argument("--cli", default=next((c for c in (os.path.join(REPO, "build", "release", "detente"),
                                                       os.path.join(REPO, "build", "python", "detente"))
                                           if os.access(c, os.X_OK)), None))
    ap.add_argument("--model", default="", help="syntax model (default models/syntax-en.bin)")
    ap.add_argument("--blocksize", default="1MiB")
    args = ap.parse_args()
    if not args.cli:
        raise SystemExit("no CLI binary: build build/release or pass --cli")
    if not detente.model_available(args.model or None):
        raise SystemExit("models/syntax-en.bin is absent: train it first (docs/syntax.md)")
    coder_options = {"model": args.model} if args.model else {}

    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        corpus = subset(args.corpus, args.docs, os.path.join(tmp, "corpus.jsonl"))
        n_docs = sum(1 for _ in open(corpus, encoding="utf-8"))
        size_mb = os.path.getsize(corpus) / 1e6
        rows = []
        ref = None
        # What the CLI spends loading its resources (one short document), so
        # its rows can be read next to Dask's, which exclude loading.
        one = subset(corpus, 1, os.path.join(tmp, "one.jsonl"))
        startup, _ = run_cli(args.cli, one, 1, args.model)
        for threads in (1, 2):
            dt, events = run_cli(args.cli, corpus, threads, args.model)
            ref = ref or canon(events)
            assert canon(events) == ref, f"CLI --threads {threads} gave other events"
            rows.append((f"CLI --threads {threads}", dt, len(events)))
        for workers in (1, 2):
            dt, events, summary = run_dask(corpus, workers, args.blocksize, coder_options, tmp)
            assert canon(events) == ref, f"Dask with {workers} workers gave other events than the CLI"
            rows.append((f"Dask, {workers} local worker{'s' if workers > 1 else ''} x 1 thread", dt, len(events)))

    print(f"{n_docs} documents ({size_mb:.1f} MB) from {os.path.basename(args.corpus)}, {os.cpu_count()} cores; "
          "every run gave the same events")
    print(f"CLI times include {startup:.2f} s of start-up (loading models and dictionaries); Dask times exclude it")
    print(f"{'configuration':<34} {'seconds':>8} {'docs/s':>8} {'MB/s':>6} {'events':>7}")
    for name, dt, ev in rows:
        print(f"{name:<34} {dt:8.2f} {n_docs / dt:8.0f} {size_mb / dt:6.2f} {ev:7d}")
    os.makedirs(os.path.join(REPO, "bench", "out"), exist_ok=True)
    with open(os.path.join(REPO, "bench", "out", "python.json"), "w") as f:
        json.dump({"documents": n_docs, "megabytes": size_mb, "cores": os.cpu_count(), "cli_startup_seconds": startup,
                   "runs": [{"name": n, "seconds": dt, "events": ev} for n, dt, ev in rows]}, f, indent=1)


if __name__ == "__main__":
    main()
