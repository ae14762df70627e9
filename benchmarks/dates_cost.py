"""Benchmark: the date module's cost per article against one plain spaCy blank tokenization pass.

Run: python benchmarks/dates_cost.py [REPEAT]

Prints, for the seed article (Arabic) and an English wire story, the median time of
``spacy.blank(lang)(text)`` and of the date module's work on an already built analysis (tagging,
resolution, checks), and their ratio. Figures, not assertions: timing is not tested.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

EN_STORY = """Russian President Vladimir Putin and U.S. President Donald Trump sought on Tuesday to
ease tensions over U.S. air strikes in Syria in April and discussed a ceasefire.
The two leaders laid the groundwork for what could be their first face-to-face meeting in July.
Trump, who took office on Jan. 20, said during his campaign last year that he wanted safe zones.
Washington will send a representative to ceasefire talks in Astana on Wednesday and Thursday.
The Kremlin said the leaders discussed meeting at the G20 summit in Hamburg on July 7-8.
"""


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(repeat: int = 50) -> None:
    import spacy
    from claimcheck_dates.checks import findings
    from claimcheck_dates.tagger import tag

    from claimcheck.analyze.build import build_analysis
    from claimcheck.config import Config
    from claimcheck.engine import Engine

    engine = Engine(Config())
    seed = ROOT / "seeds" / "000_85d54ae7857c55e9.md"
    ar_article = engine.load(seed, seed.read_bytes())[0]
    en_article = engine.load(None, EN_STORY.encode("utf-8"),)[0]
    en_article.lang = "en"
    en_article.published = ar_article.published
    print(f"{'article':<10}{'chars':>7}{'blank tokenize':>17}{'dates module':>15}{'ratio':>8}")
    for name, article in (("seed (ar)", ar_article), ("wire (en)", en_article)):
        text = article.text[article.body_start:article.body_end]
        blank = spacy.blank(article.lang)
        analysis = build_analysis(article, Config())
        tag(analysis)  # warm the lexicon and hijridate
        t_blank = _median(lambda b=blank, t=text: b(t), repeat)

        def dates(a=analysis) -> None:
            findings(a, tag(a))

        t_dates = _median(dates, repeat)
        print(f"{name:<10}{len(text):>7}{t_blank * 1000:>14.2f} ms{t_dates * 1000:>12.2f} ms"
              f"{t_dates / t_blank:>8.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
