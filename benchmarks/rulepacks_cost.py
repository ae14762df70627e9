"""Time the YAML rule packs per article, rule by rule, and what loading a pack costs.

    python benchmarks/rulepacks_cost.py [--runs 5] [--rules PACK ...] [PATH ...]

Each article (default: tests/data/articles/{ar,en}/*.md and seeds/*.md) is analysed and its claims
extracted once; then every rule of the packs (default: the sample house-style pack) is run on it
--runs times and the best time is kept (the machine is shared). Prints, per rule, the median and
the worst milliseconds per article and the findings it made, then the pack's load and first-use
(phrase indexes, spaCy matchers) costs. A benchmark: it prints, it never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.rulepacks.pack import load_pack, resolve

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rules", action="append", default=[])
    args = parser.parse_args()
    refs = args.rules or ["house-style"]
    paths = [Path(p) for p in args.paths] or sorted(
        [*ROOT.glob("tests/data/articles/*/*.md"), *ROOT.glob("seeds/*.md")])
    paths = [p for p in paths if p.name != "README.md"]

    started = time.perf_counter()
    files = [resolve(r) for r in refs]
    packs = [load_pack.__wrapped__(f.resolve(), 0.0) for f in files]  # uncached: a cold load
    load_ms = (time.perf_counter() - started) * 1000
    rules = [rule for pack in packs for rule in pack.rules]

    engine = Engine(Config())
    analyses = []
    for path in paths:
        for article in engine.load(path, path.read_bytes()):
            analyses.append(_analysed(engine, article))

    first_use = {}
    for rule in rules:
        started = time.perf_counter()
        for analysis in analyses:
            rule.check(analysis)
        first_use[rule.id] = (time.perf_counter() - started) * 1000

    print(f"{len(analyses)} articles, {len(rules)} rules from {', '.join(refs)}; "
          f"best of {args.runs} runs\n")
    print(f"{'rule':<34} {'median ms':>9} {'worst ms':>9} {'findings':>9}")
    totals = []
    for rule in rules:
        times, found = [], 0
        for analysis in analyses:
            best = float("inf")
            for _ in range(args.runs):
                started = time.perf_counter()
                findings = list(rule.check(analysis))
                best = min(best, time.perf_counter() - started)
            times.append(best * 1000)
            found += len(findings)
        totals.append(times)
        print(f"{rule.id:<34} {statistics.median(times):>9.3f} {max(times):>9.3f} {found:>9}")
    per_article = [sum(col) for col in zip(*totals, strict=True)]
    print(f"{'all rules':<34} {statistics.median(per_article):>9.3f} {max(per_article):>9.3f}")
    print(f"\nload and validate the pack(s): {load_ms:.1f} ms")
    print("first use (builds phrase indexes and matchers), over all articles: "
          + ", ".join(f"{k.split('.', 1)[1]} {v:.0f} ms" for k, v in first_use.items()))


def _analysed(engine: Engine, article):
    """The analysis of an article with its claims, as the rule packs see it."""
    from claimcheck.analyze.build import build_analysis

    analysis = build_analysis(article, engine.config)
    engine.manager.call_each("claimcheck_analyze", [], analysis=analysis)
    analysis.claims = engine._extract(analysis, [])
    return analysis


if __name__ == "__main__":
    main()
