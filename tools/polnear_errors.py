#!/usr/bin/env python3
"""Where attribution predictions lose points against PolNeAR gold: an error breakdown beside eval.py's scores.

eval.py says how good the predictions are; this says where the losses are, so the next modelling choice goes
where the errors are.  It reuses eval.py's gold reader, tokens and Jaccard (imported from --repo), and matches
predicted to gold attributions the way eval.py does: per article, greedily by content-token Jaccard, highest
first, a pair at >= 0.5.

    python3 tools/polnear_errors.py --repo ../shared/polnear --split train --pred target/polnear/cv.jsonl
    python3 tools/polnear_errors.py ... --examples miss:no-cue --n 20

Use it on the cross-validation predictions of train (./mvnw -B compile -Ppolnear-cv writes target/polnear/cv.jsonl)
to choose what to work on; dev is for checking, not for looking at errors one by one.

Categories of gold attributions (each in exactly one):
  full                   content matched and source agrees (what FULL F1 counts)
  source:pred-empty      content matched, the prediction has no source, gold has one
  source:gold-empty      content matched, gold has no source, the prediction has one
  source:granularity     content matched, sources overlap but Jaccard < 0.5 (span length, appositions)
  source:wrong           content matched, sources do not overlap (another speaker)
  miss:no-cue            no predicted cue touches the gold cue: the attribution was not found
  miss:content           a predicted cue touches the gold cue but no content matched at >= 0.5
Predicted attributions with no gold match:
  extra:cue-of-gold      its cue touches a gold cue (the attribution exists, its content is wrong)
  extra:spurious         its cue touches no gold cue
Cue tokens (eval.py's cue role F1): gold cue tokens missed inside matched attributions (a cue too short) and in
unmatched ones (an attribution not found), and the words most often missed or added.
"""

import argparse
import collections
import importlib.util
import json
import os
import random
import sys


def load_eval(repo):
    path = os.path.join(repo, "eval.py")
    spec = importlib.util.spec_from_file_location("polnear_eval", path)
    if spec is None or not os.path.exists(path):
        sys.exit("error: no eval.py in %s" % repo)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def match(gold_contents, pred_contents, jaccard, threshold):
    """eval.py's matching: greedy by content Jaccard, highest first; ties in gold order, then prediction order."""
    pairs = []
    for i, g in enumerate(gold_contents):
        if not g:
            continue
        for j, p in enumerate(pred_contents):
            if p and g & p:
                jac = jaccard(g, p)
                if jac >= threshold:
                    pairs.append((-jac, i, j))
    pairs.sort()
    used_gold, used_pred, pairing = set(), set(), {}
    for _, i, j in pairs:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairing[i] = j
    return pairing


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", required=True, help="PolNeAR directory (holds eval.py and data/)")
    ap.add_argument("--split", required=True)
    ap.add_argument("--pred", required=True, help="predictions JSONL in eval.py's format")
    ap.add_argument("--examples", help="print examples of one category (e.g. miss:no-cue, source:wrong)")
    ap.add_argument("--n", type=int, default=15, help="how many examples")
    ap.add_argument("--words", type=int, default=25, help="how many cue words to list")
    args = ap.parse_args()

    ev = load_eval(args.repo)
    corpus = ev.Corpus(args.repo)
    try:
        gold_articles = ev.load_gold_split(corpus, args.split)
    finally:
        corpus.close()
    preds = {}
    with open(args.pred, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                preds[row["file"]] = row.get("attributions", [])

    categories = collections.Counter()
    examples = collections.defaultdict(list)
    cue = collections.Counter()
    missed_words, added_words, hit_words = collections.Counter(), collections.Counter(), collections.Counter()

    for article in gold_articles:
        text = article["text"]
        tokens = ev.Tokens(text)

        def covered(spans):
            return tokens.covered([tuple(s) for s in spans])

        def words(ids):
            return " ".join(text[tokens.starts[t]:tokens.ends[t]] for t in sorted(ids))

        gold = [{r: covered(a.get(r, [])) for r in ev.ROLES} for a in article["attributions"]]
        pred = [{r: covered(a.get(r, [])) for r in ev.ROLES} for a in preds.get(article["file"], [])]
        pairing = match([g["content"] for g in gold], [p["content"] for p in pred], ev.jaccard, ev.MATCH_THRESHOLD)
        matched_pred = set(pairing.values())
        pred_cues = set().union(*(p["cue"] for p in pred)) if pred else set()
        gold_cues = set().union(*(g["cue"] for g in gold)) if gold else set()

        for i, g in enumerate(gold):
            if not g["content"]:
                continue
            if i in pairing:
                p = pred[pairing[i]]
                gs, ps = g["source"], p["source"]
                if (not gs and not ps) or (gs and ps and ev.jaccard(gs, ps) >= ev.MATCH_THRESHOLD):
                    kind = "full"
                elif not ps:
                    kind = "source:pred-empty"
                elif not gs:
                    kind = "source:gold-empty"
                else:
                    kind = "source:granularity" if gs & ps else "source:wrong"
                cue["gold tokens in matched attributions"] += len(g["cue"])
                cue["  missed (cue too short or elsewhere)"] += len(g["cue"] - p["cue"])
                detail = "gold source [%s]  predicted [%s]  cue [%s]" % (words(gs), words(ps), words(g["cue"]))
            else:
                touching = [p for p in pred if p["cue"] & g["cue"]]
                kind = "miss:content" if touching else "miss:no-cue"
                cue["gold tokens in unmatched attributions"] += len(g["cue"])
                cue["  missed"] += len(g["cue"] - pred_cues)
                detail = "cue [%s]  source [%s]  content [%s]" % (words(g["cue"]), words(g["source"]),
                                                                   words(g["content"])[:160])
                if touching:
                    detail += "  predicted content [%s]" % words(touching[0]["content"])[:160]
            categories[kind] += 1
            examples[kind].append("%s: %s" % (article["file"], detail))

        for j, p in enumerate(pred):
            if j in matched_pred or not p["content"]:
                continue
            kind = "extra:cue-of-gold" if p["cue"] & gold_cues else "extra:spurious"
            categories[kind] += 1
            examples[kind].append("%s: cue [%s]  source [%s]  content [%s]" % (
                article["file"], words(p["cue"]), words(p["source"]), words(p["content"])[:160]))

        for t in gold_cues - pred_cues:
            missed_words[text[tokens.starts[t]:tokens.ends[t]].lower()] += 1
        for t in pred_cues - gold_cues:
            added_words[text[tokens.starts[t]:tokens.ends[t]].lower()] += 1
        for t in gold_cues & pred_cues:
            hit_words[text[tokens.starts[t]:tokens.ends[t]].lower()] += 1

    gold_total = sum(v for k, v in categories.items() if not k.startswith("extra:"))
    pred_total = categories["full"] + sum(v for k, v in categories.items()
                                          if k.startswith("source:") or k.startswith("extra:"))
    print("gold attributions with content: %d; predicted: %d" % (gold_total, pred_total))
    for kind in ("full", "source:pred-empty", "source:gold-empty", "source:granularity", "source:wrong",
                 "miss:no-cue", "miss:content", "extra:cue-of-gold", "extra:spurious"):
        base = pred_total if kind.startswith("extra:") else gold_total
        print("  %-20s %6d  %5.1f%% of %s" % (kind, categories[kind], 100.0 * categories[kind] / max(1, base),
                                             "predictions" if kind.startswith("extra:") else "gold"))
    print("cue tokens:")
    for k, v in cue.items():
        print("  %-40s %6d" % (k, v))
    print("  %-40s %6d" % ("predicted cue tokens not in any gold cue", sum(added_words.values())))
    print("most missed cue words (missed / found / added):")
    for w, n in missed_words.most_common(args.words):
        print("  %-14s %5d %5d %5d" % (w, n, hit_words[w], added_words[w]))
    print("most added cue words (added / found):")
    for w, n in added_words.most_common(args.words):
        print("  %-14s %5d %5d" % (w, n, hit_words[w]))
    if args.examples:
        pool = examples.get(args.examples, [])
        print("examples of %s (%d, a seeded sample):" % (args.examples, len(pool)))
        for e in random.Random(1).sample(pool, min(args.n, len(pool))):
            print("  " + e)


if __name__ == "__main__":
    main()
