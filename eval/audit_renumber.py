#!/usr/bin/env python3
"""Renumber the audit files' sentence indices after a segmentation change.

Usage:
  eval/audit_renumber.py --old OLD_BIN --new NEW_BIN [--corpus FILE.jsonl] [--write] [AUDIT.tsv ...]

The audit files (eval/audit/*.tsv) locate each judged event by document id and
sentence index. When the sentence splitter changes (two fragments joined, one
sentence cut), the indices after the change in that document move. This script
segments every judged document with both binaries (`detente parse`), maps each
old sentence to the new sentence that contains its text (whitespace ignored),
and rewrites the index of every row whose sentence moved. Rows keep their
verdict: a fragment's verdict then speaks for the joined sentence, and
`eval/audit.py --base OLD_BIN` lists the events the joined sentences now yield
that no verdict covers, to be judged. Without --write it only prints the moves.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile


def sentences(binary, docs_file):
    r = subprocess.run([binary, "parse", docs_file, "-q"], capture_output=True, text=True, check=True)
    out, cur = collections.defaultdict(list), None
    for line in r.stdout.splitlines():
        if line.startswith("# newdoc id = "):
            cur = line[len("# newdoc id = "):]
        elif line.startswith("# text = "):
            out[cur].append(" ".join(line[len("# text = "):].split()))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", required=True, help="the binary the indices were judged with")
    ap.add_argument("--new", required=True, help="the binary with the new segmentation")
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "data", "news", "reuters21578.jsonl"))
    ap.add_argument("--write", action="store_true", help="rewrite the files (default: print the moves only)")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(here, "audit", "*.tsv")))
    docs = {l.split("\t")[0] for f in files for l in open(f) if l.strip()}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        for line in open(a.corpus):
            if str(json.loads(line).get("id")) in docs:
                tmp.write(line)
    try:
        old, new = sentences(a.old, tmp.name), sentences(a.new, tmp.name)
    finally:
        os.unlink(tmp.name)
    moves, lost = {}, 0
    for doc, sents in old.items():
        if new.get(doc) == sents:
            continue
        targets, j = new.get(doc, []), 0
        m = {}
        for i, s in enumerate(sents):
            while j < len(targets) and s not in targets[j]:
                j += 1
            if j == len(targets):  # cut in two, or changed: no single new sentence holds it
                m[i], j, lost = None, 0, lost + 1
                continue
            m[i] = j  # the next old sentence may be in the same new one (joined)
        moves[doc] = m
    print(f"{len(docs)} judged documents; {len(moves)} segmented differently; {lost} old sentences with no new one")
    changed = 0
    for f in files:
        rows = open(f).read().split("\n")
        for n, row in enumerate(rows):
            c = row.split("\t")
            if len(c) < 5 or c[0] not in moves:
                continue
            to = moves[c[0]].get(int(c[1]))
            if to is None:
                print(f"{os.path.basename(f)}: no new sentence for {c[0]}/{c[1]} (left as it is)")
            elif to != int(c[1]):
                print(f"{os.path.basename(f)}: {c[0]} sentence {c[1]} -> {to} ({' '.join(c[2:6])})")
                c[1] = str(to)
                rows[n] = "\t".join(c)
                changed += 1
        if a.write:
            open(f, "w").write("\n".join(rows))
    print(f"{changed} rows renumbered" + (" (written)" if a.write else " (dry run: --write to rewrite)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
