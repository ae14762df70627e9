"""Time loading and analysis per article against a plain spacy.blank(lang) tokenization pass.

    python benchmarks/analyze_cost.py [--runs 7] [--morphology-db PATH] [PATH ...]

For each article (default: seeds/*.md and tests/data/articles/{ar,en}/*), prints the best of
--runs timings of:

- tokenize: ``spacy.blank(lang)(view_text)``, the baseline;
- load: the loader plugin on the file's bytes (decode, format, front matter / HTML, title,
  language, dateline);
- analyze: ``build_analysis`` (claimcheck's pipeline: tokenizer, token norms, paragraphs and
  quote-aware sentences) plus the built-in analyze plugin (lemmas, when a morphology database is
  given with --morphology-db; none otherwise);

as ratios to the tokenization pass, then the medians over all articles. Both sides flush the
tokenizer's cache of seen words before each pass (as for unseen articles); the normalization and
lemma caches are kept warm, as they are in a run over many articles. A benchmark: it prints, it
never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import spacy

from claimcheck.analyze.build import body_view, build_analysis, pipeline
from claimcheck.analyze.builtin import claimcheck_analyze
from claimcheck.config import Config
from claimcheck.load.builtin import claimcheck_load
from claimcheck.load.options import LoadOptions

ROOT = Path(__file__).resolve().parents[1]


def best_time(fn: Callable[[], object], runs: int, before: Callable[[], None]) -> float:
    """The fastest of ``runs`` timings: on a shared machine the others measure its load."""
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def flusher(*nlps: spacy.language.Language) -> Callable[[], None]:
    def flush() -> None:
        for nlp in nlps:
            flush_cache = getattr(nlp.tokenizer, "_flush_cache", None)  # private API: guarded
            if flush_cache:
                flush_cache()
    return flush


@cache
def blank(lang: str) -> spacy.language.Language:
    return spacy.blank(lang)


def measure(path: Path, config: Config, runs: int) -> tuple[int, float, float, float]:
    """Characters analysed, tokenization seconds, and load and analyze as ratios to it."""
    data = path.read_bytes()
    [article, *_] = claimcheck_load(path, data, LoadOptions())
    text = body_view(article).text
    nlp = blank(article.lang)
    flush = flusher(nlp, pipeline(article.lang))

    def tokenize() -> None:
        nlp(text)

    def load() -> None:
        claimcheck_load(path, data, LoadOptions())

    def analyze() -> None:
        claimcheck_analyze(build_analysis(article, config))

    for fn in (tokenize, load, analyze):  # warm up pipelines, lexicons, caches
        fn()
    base = best_time(tokenize, runs, flush)
    return (len(text), base, best_time(load, runs, flush) / base,
            best_time(analyze, runs, flush) / base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--morphology-db", default=None)
    args = parser.parse_args()
    paths = args.paths or sorted((ROOT / "seeds").glob("*.md")) + sorted(
        (ROOT / "tests" / "data" / "articles").glob("*/*"))
    config = Config(morphology_db=args.morphology_db)
    rows = []
    print(f"{'article':48} {'chars':>6} {'tok ms':>7} {'load':>6} {'analyze':>8}")
    for path in paths:
        chars, base, load, analyze = measure(path, config, args.runs)
        rows.append((load, analyze))
        name = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        print(f"{name[-48:]:48} {chars:6d} {base * 1000:7.2f} {load:6.2f} {analyze:8.2f}")
    print(f"median over {len(rows)} articles: load {statistics.median(r[0] for r in rows):.2f}x, "
          f"analyze {statistics.median(r[1] for r in rows):.2f}x the tokenization pass")


if __name__ == "__main__":
    main()
