#!/usr/bin/env python3
"""Which pronoun links two builds disagree on, each with the text before the pronoun, for reading by hand.

PolNeAR annotates source spans, not who a pronoun is, so a change to the speaker linker cannot be scored by
eval.py; it is judged by reading what changed. Make one TSV per build with

    java -cp target/classes:$(cat cp.txt) io.claimscore.eval.ExplainArticle --tsv ../shared/polnear/data/dev/text/*.txt > new.tsv

(cp.txt from ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt), then

    python3 tools/link_review.py old.tsv new.tsv --texts ../shared/polnear/data/dev/text --n 40 --seed 1

Rows are matched by article, source mention start and cue; the sample is seeded, so a reading can be repeated.
"""
import argparse
import os
import random

PRONOUNS = {"he", "she", "him", "his", "her"}


def rows(path):
    """(file, mention start, cue) -> (mention, linked name) for every pronoun source of a TSV."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 8 or cols[2].lower() not in PRONOUNS:
                continue
            out[(cols[0], int(cols[6]), cols[5])] = (cols[2], cols[3])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--texts", required=True, help="directory of the articles the TSVs were made from")
    ap.add_argument("--n", type=int, default=30, help="how many changed links to print")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--context", type=int, default=350, help="characters of text before the pronoun")
    args = ap.parse_args()
    old, new = rows(args.old), rows(args.new)
    changed = sorted(k for k in old.keys() & new.keys() if old[k][1] != new[k][1])
    print("pronoun links: %d in both, %d changed" % (len(old.keys() & new.keys()), len(changed)))
    random.Random(args.seed).shuffle(changed)
    for key in changed[:args.n]:
        file, start, _ = key
        mention = new[key][0]
        with open(os.path.join(args.texts, file), encoding="utf-8") as f:
            text = f.read()
        before = text[max(0, start - args.context):start].replace("\n", " ")
        after = text[start + len(mention):start + len(mention) + 50].replace("\n", " ")
        print("%s | OLD %s | NEW %s\n   %s[[%s]]%s\n" % (file[:40], old[key][1], new[key][1], before, mention, after))


if __name__ == "__main__":
    main()
