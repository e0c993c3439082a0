#!/usr/bin/env python3
"""Precision audit: events judged by hand on news detente was never tuned on.

Usage:
  eval/audit.py [--bin build/release/detente] [--corpus FILE.jsonl]
                [--sample N --seed S]  [AUDIT.tsv ...]

Each AUDIT.tsv (default: eval/audit/*.tsv) lists events detente produced
once, drawn at random from its output on a corpus, with a verdict written by a
person who read the sentence:

  ok        the event is in the sentence: right CAMEO root, right source and
            target countries (a sector slip is noted, not counted)
  actor     the event is there, but the source or target country is wrong
  code      the sentence has an event between these actors, of another root
  spurious  no such event in the sentence

The script codes the judged documents again with the binary and reports, per
verdict, how many judged events it still produces (a good change keeps the
`ok` ones and drops the others), the precision over the judged events it still
produces, and the events it now produces on the judged sentences that no
verdict covers (to be judged before the figure is quoted again).

With --sample N it draws N new events at random (seed S) from the binary's
output on the whole corpus and prints them with their sentences, ready to be
judged into a new file (columns: doc_id, sentence, code, source, target,
verdict, note).  The corpus is the one the files were judged on: Reuters-21578
(../shared/data/news/reuters21578.jsonl); nothing from it is stored here.
"""
import argparse
import collections
import glob
import json
import os
import random
import subprocess
import sys
import tempfile

VERDICTS = ("ok", "actor", "code", "spurious")


def read_audit(paths):
    judged = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 6 or cols[5] not in VERDICTS:
                    sys.exit(f"{path}:{n}: expected doc_id, sentence, code, "
                             f"source, target, verdict ({'|'.join(VERDICTS)})"
                             f"[, note]")
                key = (cols[0], int(cols[1]), cols[2], cols[3], cols[4])
                if key in judged:
                    sys.exit(f"{path}:{n}: event judged twice")
                judged[key] = cols[5]
    return judged


def code(binary, corpus, doc_ids=None):
    """Runs `detente code` on the corpus (or on the given documents of it)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = corpus
        if doc_ids is not None:
            src = os.path.join(tmp, "docs.jsonl")
            with open(corpus, encoding="utf-8") as f, \
                    open(src, "w", encoding="utf-8") as out:
                for line in f:
                    doc = json.loads(line)
                    if str(doc.get("id")) in doc_ids:
                        out.write(line)
        dst = os.path.join(tmp, "events.jsonl")
        # exit status 1 only says some documents were rejected (Reuters has
        # empty bodies); 2 is a real failure
        run = subprocess.run([binary, "code", src, "-o", dst],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
        if run.returncode not in (0, 1):
            sys.exit(f"{binary} code {src}: exit {run.returncode}\n"
                     f"{run.stderr}")
        with open(dst, encoding="utf-8") as f:
            return [json.loads(line) for line in f]


def key_of(event):
    return (event["doc_id"], event["sentence"], event["code"],
            event["source"], event["target"])


def one_line(text):
    return " ".join(text.split())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/release/detente")
    ap.add_argument("--corpus", default=os.path.join(
        here, "..", "..", "shared", "data", "news", "reuters21578.jsonl"))
    ap.add_argument("--base", help="an older binary to diff against")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()

    if args.sample:
        # events judged before are shown with their verdict (the draw stays
        # the same whatever has been judged): leave them out of the new file
        earlier = read_audit(args.files or sorted(glob.glob(
            os.path.join(here, "audit", "*.tsv"))))
        events = code(args.bin, args.corpus)
        picked = sorted(random.Random(args.seed).sample(
            range(len(events)), min(args.sample, len(events))))
        for n, i in enumerate(picked):
            e = events[i]
            verdict = earlier.get(key_of(e), "?")
            if verdict != "?":
                verdict = "judged before: " + verdict
            print(f"[{n}] {e['doc_id']}\t{e['sentence']}\t{e['code']}\t"
                  f"{e['source']}\t{e['target']}\t{verdict}\t"
                  f"src={one_line(e['source_text'])!r} "
                  f"verb={one_line(e['verb_text'])!r} "
                  f"tgt={one_line(e['target_text'])!r}")
            print("    " + one_line(e["text"]))
        return 0

    files = args.files or sorted(glob.glob(os.path.join(here, "audit",
                                                        "*.tsv")))
    judged = read_audit(files)
    docs = {k[0] for k in judged}
    events = code(args.bin, args.corpus, docs)
    produced = {key_of(e): e for e in events}
    sentences = {(k[0], k[1]) for k in judged}

    total = collections.Counter(judged.values())
    kept = collections.Counter(v for k, v in judged.items() if k in produced)
    print(f"judged events: {len(judged)} in {len(files)} file(s), "
          f"{len(docs)} documents")
    for v in VERDICTS:
        print(f"  {v:9s} {kept[v]:4d} of {total[v]:4d} still coded")
    n_kept = sum(kept.values())
    if total:
        print(f"precision when judged: {100.0 * total['ok'] / len(judged):.1f}%"
              f" ({total['ok']}/{len(judged)})")
    if n_kept:
        print(f"precision over the judged events still coded: "
              f"{100.0 * kept['ok'] / n_kept:.1f}% ({kept['ok']}/{n_kept})")
    if args.base:
        before = {key_of(e) for e in code(args.base, args.corpus, docs)}
        on_judged = [(k, e) for k, e in produced.items()
                     if (k[0], k[1]) in sentences and k not in judged]
        added = [e for k, e in on_judged if k not in before]
        print(f"events on judged sentences that the base did not code "
              f"and no verdict covers: {len(added)}")
        for e in added:
            print(f"  NEW {e['doc_id']}\t{e['sentence']}\t{e['code']}\t"
                  f"{e['source']}\t{e['target']}\t"
                  f"verb={one_line(e['verb_text'])!r}")
            print("      " + one_line(e["text"]))
    lost_ok = [k for k, v in judged.items() if v == "ok" and k not in produced]
    for k in lost_ok:
        print(f"  LOST ok {k[0]}\t{k[1]}\t{k[2]}\t{k[3]}\t{k[4]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
