"""Benchmark: the date module's cost per article against one plain spaCy tokenization pass.

Run: python benchmarks/dates_cost.py [ROUNDS]

For the seed article and the clean corpus (tests/data/articles, Arabic and English apart), prints
per article the CPU time of

- one plain ``spacy.blank(lang)(text)`` pass with the tokenizer's cache of seen words emptied first,
  as for an article never seen before, and
- the date module's work on an analysis already built: tagging (pieces, lexicon matching, the
  grammar, tense, resolution) and the checks, which is what the plugin adds to a run,

and their ratio. CPU time (time.process_time), not wall time: on a shared machine the wall clock
swings twofold between runs. The two sides are timed in alternating rounds, and the best and the
median round are shown. Figures, not assertions: timing is not tested.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_85d54ae7857c55e9.md"
CORPUS = ROOT / "tests" / "data" / "articles"


def cpu_ms(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return (time.process_time() - start) * 1000


def forget(nlp) -> None:
    """Empty the tokenizer's cache of seen words (private API, hence the guard)."""
    flush = getattr(nlp.tokenizer, "_flush_cache", None)
    if flush is not None:
        flush()


def main(rounds: int = 25) -> None:
    import spacy
    from claimcheck_dates.checks import findings
    from claimcheck_dates.tagger import tag

    from claimcheck.analyze.build import build_analysis
    from claimcheck.config import Config
    from claimcheck.engine import Engine

    config = Config()
    engine = Engine(config)
    corpus = [a for path in sorted(CORPUS.glob("*/*")) if path.is_file()
              for a in engine.load(path, path.read_bytes())]
    groups = {
        "seed (ar)": engine.load(SEED, SEED.read_bytes()),
        "corpus ar": [a for a in corpus if a.lang == "ar"],
        "corpus en": [a for a in corpus if a.lang == "en"],
    }
    print(f"{rounds} alternating rounds; CPU ms per article, best round / median round")
    print(f"{'articles':<11}{'n':>3}{'words':>7}{'tokenize':>16}{'dates module':>16}"
          f"{'ratio':>12}")
    for name, articles in groups.items():
        analyses = [build_analysis(article, config) for article in articles]
        lang = articles[0].lang
        nlp = spacy.blank(lang)

        def tokenize(nlp=nlp, analyses=analyses) -> None:
            for analysis in analyses:
                forget(nlp)
                nlp(analysis.text)

        def dates(analyses=analyses) -> None:
            for analysis in analyses:
                findings(analysis, tag(analysis))

        tokenize(), dates()  # warm up: lexicons, hijridate, code paths
        spent: dict[str, list[float]] = {"tokenize": [], "dates": []}
        for _ in range(rounds):
            spent["tokenize"].append(cpu_ms(tokenize) / len(analyses))
            spent["dates"].append(cpu_ms(dates) / len(analyses))
        best = {k: min(v) for k, v in spent.items()}
        median = {k: statistics.median(v) for k, v in spent.items()}
        words = sum(len(a.doc) for a in analyses) // len(analyses)
        print(f"{name:<11}{len(analyses):>3}{words:>7}"
              f"{best['tokenize']:>8.2f} /{median['tokenize']:>5.2f}"
              f"{best['dates']:>8.2f} /{median['dates']:>5.2f}"
              f"{best['dates'] / best['tokenize']:>6.2f} /"
              f"{median['dates'] / median['tokenize']:>5.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25)
