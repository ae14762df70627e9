"""Score the claim extractor on the gold dev set (tests/devset) and print the figures.

    python benchmarks/devset.py [--lang ar|en] [--split dev|heldout|all|seed] [--verbose] [--json]

Prints, per language and split: passages, gold and predicted claims, strict matches (overlap /
union >= 0.5), precision, recall, F1, Citron-style overlap precision/recall/F1, and among matches
the accuracy of source, source type, cue and kind; then the same per pattern (the id prefix), so
weak patterns show. With --verbose, every missed gold claim, every spurious prediction and every
wrong source. With --json, the same figures as one JSON object (lang -> split -> total and
patterns), for tracking them over time. A benchmark: it prints, it never asserts.
"""

from __future__ import annotations

import argparse
import json
import sys

from claimcheck.extract.evaluate import (
    Evaluation,
    PassageResult,
    Scores,
    evaluate,
    load_devset,
    source_correct,
)

HEADER = (f"{'':22} {'pass':>4} {'gold':>4} {'pred':>4} {'tp':>4} {'P':>5} {'R':>5} {'F1':>5} "
          f"{'oP':>5} {'oR':>5} {'oF1':>5} {'src':>5} {'type':>5} {'cue':>5} {'kind':>5}")


def row(name: str, s: Scores) -> str:
    return (f"{name:22} {s.passages:>4} {s.gold:>4} {s.predicted:>4} {s.matched:>4} "
            f"{s.precision:5.3f} {s.recall:5.3f} {s.f1:5.3f} "
            f"{s.overlap_precision:5.3f} {s.overlap_recall:5.3f} {s.overlap_f1:5.3f} "
            f"{s.source_accuracy:5.3f} {s.source_type_accuracy:5.3f} {s.cue_accuracy:5.3f} "
            f"{s.kind_accuracy:5.3f}")


def show(span) -> str:
    return repr(span.text) if span is not None else "-"


def details(result: PassageResult) -> list[str]:
    lines = []
    pid = result.passage.id
    for gold in result.missed:
        lines.append(f"  MISS  {pid}: {gold.kind} {show(gold.source)} {show(gold.cue)} "
                     f"content={show(gold.content)}")
    for pred in result.spurious:
        lines.append(f"  EXTRA {pid}: {pred.kind} {show(pred.source)} {show(pred.cue)} "
                     f"content={show(pred.content)}")
    for pair in result.matches:
        if not source_correct(pair.gold, pair.pred, result.passage.lang):
            lines.append(f"  SRC   {pid}: gold {show(pair.gold.source)} "
                         f"predicted {show(pair.pred.source)} (name {pair.pred.source_name!r})")
        elif pair.gold.source_type != pair.pred.source_type:
            lines.append(f"  TYPE  {pid}: {show(pair.gold.source)} gold {pair.gold.source_type} "
                         f"predicted {pair.pred.source_type}")
    return lines


def print_report(evaluation: Evaluation, langs: list[str], splits: list[str],
                 verbose: bool) -> None:
    print(HEADER)
    for lang in langs:
        for split in splits:
            scores = evaluation.scores(lang, split)
            if scores.passages:  # no seed gold for English yet: no empty row
                print(row(f"{lang} {split}", scores))
    for lang in langs:
        for split in splits:
            if not evaluation.scores(lang, split).passages:
                continue
            print(f"\nper pattern, {lang} {split}")
            print(HEADER)
            for name, scores in evaluation.by_pattern(lang, split).items():
                print(row(f"  {name}", scores))
    if verbose:
        print("\nmisses (MISS), spurious predictions (EXTRA), wrong sources (SRC) and types (TYPE)")
        for result in evaluation.results:
            for line in details(result):
                print(line)


def figures(s: Scores) -> dict[str, float | int]:
    return {"passages": s.passages, "gold": s.gold, "predicted": s.predicted,
            "matched": s.matched, "precision": s.precision, "recall": s.recall, "f1": s.f1,
            "overlap_precision": s.overlap_precision, "overlap_recall": s.overlap_recall,
            "overlap_f1": s.overlap_f1, "source_accuracy": s.source_accuracy,
            "source_type_accuracy": s.source_type_accuracy, "cue_accuracy": s.cue_accuracy,
            "kind_accuracy": s.kind_accuracy}


def as_json(evaluation: Evaluation, langs: list[str], splits: list[str]) -> str:
    out = {lang: {split: {"total": figures(evaluation.scores(lang, split)),
                          "patterns": {name: figures(scores) for name, scores
                                       in evaluation.by_pattern(lang, split).items()}}
                  for split in splits}
           for lang in langs}
    return json.dumps(out, indent=2, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["ar", "en"], help="one language (default: both)")
    parser.add_argument("--split", choices=["dev", "heldout", "all", "seed"], default=None,
                        help="one split (default: dev, heldout, all, and the seed article)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    passages = load_devset(lang=args.lang, split=args.split)
    if args.split is None:
        passages += load_devset(lang=args.lang, split="seed")
    langs = [args.lang] if args.lang else ["ar", "en"]
    splits = [args.split] if args.split else ["dev", "heldout", "all", "seed"]
    evaluation = evaluate(passages)
    if args.json:
        print(as_json(evaluation, langs, splits))
    else:
        print_report(evaluation, langs, splits, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
