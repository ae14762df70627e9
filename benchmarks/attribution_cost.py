"""Print what the attribution module costs per article (a benchmark: it prints, never asserts).

    python benchmarks/attribution_cost.py [FILES...]   (default: the seed and the corpus)

Runs each article through the pipeline with and without the attribution plugin (the other rule
modules left out, as in the tests) and prints milliseconds per article for both and the module's
share. One article per language warms each engine's caches first and is not counted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "attribution"))

from attribution_helpers import PLUGINS, make_engine

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 3


def _articles(engine, paths):
    out = []
    for path in paths:
        out.extend(engine.load(path, path.read_bytes()))
    return out


def _time(engine, articles) -> float:
    first = {}
    for article in articles:
        first.setdefault(article.lang, article)
    for article in first.values():
        engine.check(article)  # warm-up, one article per language: pipelines, lexicons, matchers
    start = time.perf_counter()
    for _ in range(REPEAT):
        for article in articles:
            engine.check(article)
    return (time.perf_counter() - start) / (REPEAT * len(articles)) * 1000


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [
        ROOT / "seeds" / "000_85d54ae7857c55e9.md",
        *sorted((ROOT / "tests" / "data" / "articles").glob("*/*.md"))]
    with_it = make_engine()
    without = make_engine([p for p in PLUGINS if p != "claimcheck_attribution"])
    articles = _articles(with_it, paths)
    a = _time(with_it, articles)
    b = _time(without, articles)
    print(f"{len(articles)} articles, {REPEAT} runs each")
    print(f"pipeline without attribution: {b:7.1f} ms/article")
    print(f"pipeline with attribution:    {a:7.1f} ms/article")
    print(f"attribution module:           {a - b:7.1f} ms/article ({(a - b) / b:.0%} of the rest)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
