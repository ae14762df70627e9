"""Time the whole pipeline per article against a plain spacy.blank(lang) tokenization pass.

    python benchmarks/speed.py [--runs 5] [--profile] [PATH ...]

For the seed and for each batch of articles (default: seeds/*.md and tests/data/articles/{ar,en}),
prints the median per-article time of:

- tokenize: ``spacy.blank(lang)(text)`` over the same analysed text the pipeline sees;
- pipeline: ``Engine.check(article)``, every built-in plugin (analyze, extract, check, score);
- extraction: building the Analysis (spaCy pipeline and components) plus the analyze hooks (the
  dates module's left out) and the extract hooks, i.e. what claims cost before any rule runs; and
  the extract hooks alone;
- dates: the ``claimcheck_dates`` plugin's analyze hook alone, timed inside a run of every analyze
  hook in order on a fresh Analysis; and the pipeline with that plugin blocked, whose difference
  from the full pipeline is the whole module's cost (analyze and its rules);

each as a ratio to the tokenization pass. Pipelines are built once and warmed up before timing;
the tokenizer's cache of seen words is emptied before each article on both sides, so that repeated
runs over the same text are timed like unseen articles; each figure is the median of --runs runs.
With --profile, one more pass prints the time of every plugin's hooks. A benchmark: it prints, it
never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.analyze.build import body_view, build_analysis
from claimcheck.analyze.build import pipeline as nlp_pipeline
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Article

if TYPE_CHECKING:
    from spacy.language import Language

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


def tokenizers(articles: list[Article]) -> dict[str, Language]:
    import spacy

    return {lang: spacy.blank(lang) for lang in {a.lang or "ar" for a in articles}}


def forget(nlp: Language) -> None:
    """Empty the tokenizer's cache of seen words, so each timed pass is like an unseen article.

    spaCy caches the tokenization of every whitespace-delimited chunk: a warm cache makes a second
    pass over the same text ~100x faster, which would compare pipelines to a pass that does almost
    nothing. ``_flush_cache`` is private API, hence the guard.
    """
    flush = getattr(nlp.tokenizer, "_flush_cache", None)
    if flush is not None:
        flush()


def profile(engine: Engine) -> dict[tuple[str, str], float]:
    """Wrap every hook implementation of ``engine`` so that its time is added up per
    (plugin, hook); returns the totals, which fill in as the engine runs."""
    totals: dict[tuple[str, str], float] = defaultdict(float)
    for name in dir(engine.manager.pm.hook):
        caller = getattr(engine.manager.pm.hook, name)
        if not name.startswith("claimcheck_") or not hasattr(caller, "get_hookimpls"):
            continue
        for impl in caller.get_hookimpls():
            impl.function = _timed(impl.function, totals, (impl.plugin_name, name))
    return totals


def _timed(function: Callable[..., Any], totals: dict[tuple[str, str], float],
           key: tuple[str, str]) -> Callable[..., Any]:
    def wrapper(**kwargs: Any) -> Any:
        start = time.perf_counter()
        result = function(**kwargs)
        if isinstance(result, Iterator):  # generators do their work while consumed
            result = list(result)
        totals[key] += time.perf_counter() - start
        return result

    return wrapper


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


def extraction(engine: Engine, articles: list[Article], nlps: list[Language]
               ) -> tuple[float, float]:
    """Seconds over ``articles`` for (building the Analysis and running the analyze hooks other
    than the dates module's and the extract hooks; the extract hooks alone): what claim
    extraction costs before any rule runs."""
    analyzers = [impl for impl in reversed(engine.manager.pm.hook.claimcheck_analyze
                                           .get_hookimpls())
                 if impl.plugin_name != DATES_PLUGIN]
    whole = extract = 0.0
    for nlp, article in zip(nlps, articles, strict=True):
        forget(nlp)
        start = time.perf_counter()
        analysis = build_analysis(article, engine.config)
        for impl in analyzers:
            impl.function(analysis=analysis)
        middle = time.perf_counter()
        engine.manager.call_each("claimcheck_extract_claims", [], analysis=analysis)
        end = time.perf_counter()
        whole += end - start
        extract += end - middle
    return whole, extract


def measure(name: str, articles: list[Article], engines: dict[str, Engine], runs: int,
            profiled: dict[tuple[str, str], float] | None = None) -> None:
    nlps = tokenizers(articles)
    texts = [(nlps[a.lang or "ar"], body_view(a).text) for a in articles]
    full, without = engines["full"], engines["without-dates"]
    own = [nlp_pipeline(a.lang or "ar", full.config.spacy_models.get(a.lang or "ar"))
           for a in articles]

    def tokenize() -> None:
        for nlp, text in texts:
            forget(nlp)
            nlp(text)

    def run(engine: Engine) -> Callable[[], None]:
        def check_all() -> None:
            for nlp, article in zip(own, articles, strict=True):
                forget(nlp)
                engine.check(article)

        return check_all

    for fn in (tokenize, run(full), run(without)):  # warm up: caches, lexicons, pipelines
        fn()
    n = len(articles)
    words = sum(len(text.split()) for _, text in texts) / n
    base = median_time(tokenize, runs) / n
    # Interleave the two pipelines so that drift on a shared machine hits both alike.
    timed = [(median_time(run(full), 1), median_time(run(without), 1)) for _ in range(runs)]
    pipeline = statistics.median(t[0] for t in timed) / n
    no_dates = statistics.median(t[1] for t in timed) / n
    extract_runs = [extraction(full, articles, own) for _ in range(runs)]
    analyze_extract = statistics.median(r[0] for r in extract_runs) / n
    extract_only = statistics.median(r[1] for r in extract_runs) / n
    dates_runs = [time_dates_analyze(full, articles) for _ in range(runs)]
    known = [d for d in dates_runs if d is not None]
    dates = statistics.median(known) / n if known else None

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:8.2f} ms"

    print(f"\n{name}: {n} article(s), {words:.0f} words each on average, median of {runs} runs")
    print(f"  tokenize (spacy.blank)          {ms(base)}   1.00x")
    print(f"  pipeline (Engine.check)         {ms(pipeline)} {pipeline / base:6.2f}x")
    print(f"  analysis + extract (no rules)   {ms(analyze_extract)} {analyze_extract / base:6.2f}x")
    print(f"  extract hooks alone             {ms(extract_only)} {extract_only / base:6.2f}x")
    print(f"  pipeline, dates plugin blocked  {ms(no_dates)} {no_dates / base:6.2f}x")
    module = pipeline - no_dates
    print(f"  dates module (difference)       {ms(module)} {module / base:6.2f}x")
    if dates is None:
        print("  dates analyze hook              (the dates plugin has no analyze hook)")
    else:
        print(f"  dates analyze hook alone        {ms(dates)} {dates / base:6.2f}x")
    if profiled is not None:
        profiled.clear()
        run(engines["profiled"])()
        print("  per plugin and hook, one pass (ms per article):")
        for (plugin, hook), seconds in sorted(profiled.items(), key=lambda kv: -kv[1]):
            if seconds * 1000 / n >= 0.05:
                print(f"    {plugin:28} {hook:28} {ms(seconds / n)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="articles (default: seed and corpus)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (median)")
    parser.add_argument("--profile", action="store_true",
                        help="also print the time of each plugin's hooks (one extra pass)")
    args = parser.parse_args(argv)

    full = Engine(Config())
    without = Engine(Config())
    without.manager.pm.set_blocked(DATES_PLUGIN)
    engines = {"full": full, "without-dates": without}
    profiled = None
    if args.profile:  # a separate engine, so the timed ones carry no wrappers
        engines["profiled"] = Engine(Config())
        profiled = profile(engines["profiled"])
    if args.paths:
        batches = {"given": sorted(args.paths)}
    else:
        corpus = ROOT / "tests" / "data" / "articles"
        batches = {"seed": sorted((ROOT / "seeds").glob("*.md"))}
        for lang in ("ar", "en"):
            batches[f"batch {lang}"] = sorted((corpus / lang).glob("*.md"))
    for name, paths in batches.items():
        if paths:
            measure(name, load_articles(full, paths), engines, max(1, args.runs), profiled)
        else:
            print(f"\n{name}: no articles found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
