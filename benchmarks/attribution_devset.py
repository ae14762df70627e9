"""Measure the attribution rules against the extractor's gold dev set (a measurement, not a test).

    python benchmarks/attribution_devset.py [--lang ar|en] [-v]

The dev set (tests/devset, written for the extractor, not for these rules) marks each claim's source
and source type. Read against it:
- recall on anonymous sources: gold source type "anonymous" with an anonymous- or vague-source
  finding on the source;
- recall on agentless claims: gold claims with no source and a passive finding at the cue or just
  before the content;
- false alarms: anonymous / vague / passive findings on a named person's, institution's or
  document's source (metonym findings are counted apart: they are meant for named governments);
- unattributed findings on the narration passages (plain narration a reader needs no source for).

With --no-extractor the claim extractors are left out, so only the module's own reading of the
sentences the extractor left without claims is measured.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "attribution"))

from attribution_helpers import PLUGINS, make_engine

from claimcheck.extract.evaluate import load_devset
from claimcheck.model import Article, Span

SOURCE_RULES = ("attribution.anonymous-source", "attribution.vague-source")
PASSIVE = "attribution.passive"


def _hits(span: Span | None, findings, rules) -> list:
    if span is None:
        return []
    return [f for f in findings if f.rule in rules and f.span and f.span.overlaps(span)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=["ar", "en"])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--no-extractor", action="store_true",
                        help="run without the claim extractors: the module's own reading only")
    args = parser.parse_args(argv)
    engine = make_engine([p for p in PLUGINS if not p.startswith("claimcheck.extract")]
                         if args.no_extractor else PLUGINS)
    counts: dict[str, Counter[str]] = {}
    for passage in load_devset(lang=args.lang):
        c = counts.setdefault(passage.lang, Counter())
        report = engine.check(Article(text=passage.text, lang=passage.lang, path=passage.id))
        findings = [f for f in report.findings if f.rule.startswith("attribution.")]
        c["passages"] += 1
        for gold in passage.claims:
            if gold.source_type == "anonymous" and gold.source is not None:
                c["anonymous"] += 1
                if _hits(gold.source, findings, SOURCE_RULES):
                    c["anonymous found"] += 1
                elif args.verbose:
                    print(f"missed anonymous [{passage.id}] {gold.source.text}")
            elif gold.source is None and gold.kind != "unattributed":
                c["agentless"] += 1
                before = Span(max(0, gold.content.start - 40), gold.content.start, "")
                if _hits(gold.cue, findings, (PASSIVE,)) or _hits(before, findings, (PASSIVE,)):
                    c["agentless found"] += 1
                elif args.verbose:
                    print(f"missed agentless [{passage.id}] {passage.text[:80]}")
            elif gold.source is not None and gold.source_type in ("person", "organization",
                                                                  "government", "document"):
                c["named"] += 1
                wrong = _hits(gold.source, findings, (*SOURCE_RULES, PASSIVE))
                metonym = [f for f in wrong if f.data.get("kind") == "metonym"]
                if metonym:
                    c["named: metonym flagged"] += 1
                elif wrong:
                    c["named: false alarm"] += 1
                    if args.verbose:
                        print(f"false alarm [{passage.id}] {gold.source.text}: {wrong[0].message}")
        if not passage.claims:
            c["narration"] += 1
            unattributed = [f for f in findings if f.rule == "attribution.unattributed-claim"]
            if unattributed:
                c["narration flagged"] += 1
                if args.verbose:
                    print(f"narration flagged [{passage.id}] {unattributed[0].message}")
    for lang, c in sorted(counts.items()):
        print(f"[{lang}] {c['passages']} passages")
        for gold, found in (("anonymous", "anonymous found"), ("agentless", "agentless found")):
            rate = c[found] / c[gold] if c[gold] else 0.0
            print(f"  {gold:10} recall {c[found]}/{c[gold]} = {rate:.2f}")
        named = c["named"]
        print(f"  named sources: {named}; false alarms {c['named: false alarm']} "
              f"({c['named: false alarm'] / max(named, 1):.3f}); metonyms flagged "
              f"{c['named: metonym flagged']}")
        print(f"  narration passages: {c['narration']}; flagged unattributed "
              f"{c['narration flagged']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
