#!/usr/bin/env python3
"""Select automatically parsed sentences for `detente train-syntax --parser-extra`
(uptraining, docs/syntax.md "Uptraining").

Usage: scripts/uptrain-select.py PARSED.conllu OUT.conllu MAX_WORDS

Keeps sentences of 5-50 words that have a VERB or AUX, end in . ? or !, have at
most 20% numbers and 30% all-capital words, and are not duplicates; shuffles
them with seed 1 and writes them until MAX_WORDS words. PARSED.conllu is the
output of `detente parse` (e.g. of Reuters-21578 with a beam model).
"""
import random
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, out, max_words = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seen, sents = set(), []

    def keep(lines):
        rows = [l.split('\t') for l in lines if l and not l.startswith('#')]
        rows = [r for r in rows if len(r) == 10 and '-' not in r[0] and '.' not in r[0]]
        n = len(rows)
        if n < 5 or n > 50 or rows[-1][1] not in ('.', '?', '!'):
            return
        forms = ' '.join(r[1] for r in rows)
        if forms in seen or not any(r[3] in ('VERB', 'AUX') for r in rows):
            return
        if sum(r[3] == 'NUM' for r in rows) > 0.2 * n:
            return
        if sum(r[1].isupper() and len(r[1]) > 1 for r in rows) > 0.3 * n:
            return
        seen.add(forms)
        sents.append(lines)

    cur = []
    with open(src, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line:
                cur.append(line)
            else:
                keep(cur)
                cur = []
    keep(cur)
    random.seed(1)
    random.shuffle(sents)
    words = 0
    with open(out, 'w', encoding='utf-8') as f:
        for s in sents:
            n = sum(1 for l in s if not l.startswith('#'))
            if words + n > max_words:
                break
            words += n
            f.write('\n'.join(s) + '\n\n')
    print(f'{len(sents)} candidate sentences; {words} words written to {out}', file=sys.stderr)


if __name__ == '__main__':
    main()
