"""Print the attribution findings and grades on a folder of articles (a measurement, not a test).

    python benchmarks/attribution_corpus.py tests/data/articles/ar tests/data/articles/en [-v]

For each article: the number of claims, the grade counts and every attribution finding with the
text it points at; at the end, findings per rule and per 1,000 words. On clean, well-sourced wire
copy every finding is a candidate false alarm for a person to judge.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "attribution"))

from attribution_helpers import make_engine


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if not a.startswith("-")]
    engine = make_engine()
    per_rule: Counter[str] = Counter()
    grades: Counter[str] = Counter()
    words = articles = claims = 0
    for folder in folders:
        for path in sorted(folder.glob("*.md")):
            for article in engine.load(path, path.read_bytes()):
                report = engine.check(article)
                articles += 1
                claims += len(report.claims)
                words += len(article.text.split())
                summary = report.summary.get("attribution", {})
                grades.update(summary.get("by_grade", {}))
                found = [f for f in report.findings if f.rule.startswith("attribution.")]
                per_rule.update(f.rule for f in found)
                print(f"{path}: {len(report.claims)} claims, {len(found)} attribution findings, "
                      f"mean score {summary.get('mean_score')}")
                for f in found:
                    where = f.span.text if f.span else ""
                    print(f"  {f.severity:7} {f.rule}: {where[:60]!r}")
                    if verbose:
                        print(f"          {f.message}")
                if report.errors:
                    print(f"  errors: {report.errors}")
    print()
    print(f"{articles} articles, {words} words, {claims} claims")
    print("grades:", dict(sorted(grades.items())))
    total = sum(per_rule.values())
    for rule, n in sorted(per_rule.items()):
        print(f"  {rule}: {n}")
    print(f"findings: {total} ({1000 * total / max(words, 1):.1f} per 1,000 words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
