"""Time the whole pipeline per article against a plain spacy.blank(lang) tokenization pass.

    python benchmarks/speed.py [--runs 5] [PATH ...]

For the seed and for each batch of articles (default: seeds/*.md and tests/data/articles/{ar,en}),
prints the median per-article time of:

- tokenize: ``spacy.blank(lang)(text)`` over the same analysed text the pipeline sees;
- pipeline: ``Engine.check(article)``, every built-in plugin (analyze, extract, check, score);
- dates: the ``claimcheck_dates`` plugin's analyze hook alone, timed inside a run of every analyze
  hook in order on a fresh Analysis; and the pipeline with that plugin blocked, whose difference
  from the full pipeline is the whole module's cost (analyze and its rules);

each as a ratio to the tokenization pass. Pipelines are built once and warmed up before timing;
each figure is the median of --runs runs. A benchmark: it prints, it never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck.analyze.build import body_view, build_analysis
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Article

ROOT = Path(__file__).resolve().parents[1]
DATES_PLUGIN = "claimcheck_dates"


def load_articles(engine: Engine, paths: list[Path]) -> list[Article]:
    articles = []
    for path in paths:
        articles.extend(engine.load(path, path.read_bytes()))
    return articles


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def tokenizers(articles: list[Article]) -> dict[str, object]:
    import spacy

    return {lang: spacy.blank(lang) for lang in {a.lang or "ar" for a in articles}}


def time_dates_analyze(engine: Engine, articles: list[Article]) -> float | None:
    """Seconds spent in the dates plugin's analyze hook over ``articles`` (None: no such hook)."""
    impls = engine.manager.pm.hook.claimcheck_analyze.get_hookimpls()
    if not any(impl.plugin_name == DATES_PLUGIN for impl in impls):
        return None
    order = list(reversed(impls))  # pluggy calls the last registered first
    spent = 0.0
    for article in articles:
        analysis = build_analysis(article, engine.config)
        for impl in order:
            start = time.perf_counter()
            impl.function(analysis=analysis)
            if impl.plugin_name == DATES_PLUGIN:
                spent += time.perf_counter() - start
    return spent


def measure(name: str, articles: list[Article], engines: dict[str, Engine], runs: int) -> None:
    nlps = tokenizers(articles)
    texts = [(nlps[a.lang or "ar"], body_view(a).text) for a in articles]
    full, without = engines["full"], engines["without-dates"]

    def tokenize() -> None:
        for nlp, text in texts:
            nlp(text)

    def run(engine: Engine) -> Callable[[], None]:
        return lambda: [engine.check(a) for a in articles]

    for fn in (tokenize, run(full), run(without)):  # warm up: caches, lexicons, pipelines
        fn()
    n = len(articles)
    words = sum(len(text.split()) for _, text in texts) / n
    base = median_time(tokenize, runs) / n
    # Interleave the two pipelines so that drift on a shared machine hits both alike.
    timed = [(median_time(run(full), 1), median_time(run(without), 1)) for _ in range(runs)]
    pipeline = statistics.median(t[0] for t in timed) / n
    no_dates = statistics.median(t[1] for t in timed) / n
    dates_runs = [time_dates_analyze(full, articles) for _ in range(runs)]
    known = [d for d in dates_runs if d is not None]
    dates = statistics.median(known) / n if known else None

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:8.2f} ms"

    print(f"\n{name}: {n} article(s), {words:.0f} words each on average, median of {runs} runs")
    print(f"  tokenize (spacy.blank)          {ms(base)}   1.00x")
    print(f"  pipeline (Engine.check)         {ms(pipeline)} {pipeline / base:6.2f}x")
    print(f"  pipeline, dates plugin blocked  {ms(no_dates)} {no_dates / base:6.2f}x")
    module = pipeline - no_dates
    print(f"  dates module (difference)       {ms(module)} {module / base:6.2f}x")
    if dates is None:
        print("  dates analyze hook              (the dates plugin has no analyze hook)")
    else:
        print(f"  dates analyze hook alone        {ms(dates)} {dates / base:6.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="articles (default: seed and corpus)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (median)")
    args = parser.parse_args(argv)

    full = Engine(Config())
    without = Engine(Config())
    without.manager.pm.set_blocked(DATES_PLUGIN)
    engines = {"full": full, "without-dates": without}
    if args.paths:
        batches = {"given": sorted(args.paths)}
    else:
        corpus = ROOT / "tests" / "data" / "articles"
        batches = {"seed": sorted((ROOT / "seeds").glob("*.md"))}
        for lang in ("ar", "en"):
            batches[f"batch {lang}"] = sorted((corpus / lang).glob("*.md"))
    for name, paths in batches.items():
        if paths:
            measure(name, load_articles(full, paths), engines, max(1, args.runs))
        else:
            print(f"\n{name}: no articles found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
