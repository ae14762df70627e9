"""Measure the consistency module on clean articles and on the same articles with planted errors.

    python benchmarks/consistency_corpus.py [FOLDER ...]   (default: tests/data/articles/ar, /en)

Part 1 prints every consistency finding of warning or error level on each clean article: each one
is a false alarm unless an editor agrees with it (read them). Part 2 plants one error of each kind
in each article, the way the issue describes them, and counts how many the module catches at the
planted span:
  - name: one occurrence of the article's most frequent name respelled (a long vowel dropped or
    written in, ك/ق swapped; English: one vowel changed); in Arabic the name is the most frequent
    long word never written with ال, which is how foreign names stand;
  - number: a sentence with a count repeated as a new paragraph, and the count changed in the
    original sentence;
  - quote: a direct quotation repeated at the end under another speaker;
  - rate: the headline's first rate ("4.7%", "2.5 في المئة") changed everywhere in the body, so
    the headline states a figure the body never gives.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from claimcheck.analyze.build import build_analysis
from claimcheck.engine import Engine
from claimcheck.model import Article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "tests/data/articles/ar", ROOT / "tests/data/articles/en"]
OTHER_SPEAKER = {"ar": "وقال المتحدث باسم المعارضة في ختام المؤتمر «{q}».",
                 "en": 'Opposition spokesman Daniel Moreau said: "{q}"'}


def loud(report):
    return [f for f in report.findings if f.category == "consistency"
            and f.severity in ("warning", "error")]


def respell(word: str, lang: str) -> str | None:
    if lang == "ar":
        inner = word[1:-1]
        for k, ch in enumerate(inner, 1):
            if ch == "ا":
                return word[:k] + word[k + 1:]
        if "ك" in word:
            return word.replace("ك", "ق", 1)
        if "ق" in word:
            return word.replace("ق", "ك", 1)
        return word[:2] + "ا" + word[2:] if len(word) >= 4 else None
    swaps = {"o": "u", "u": "o", "i": "e", "e": "i", "a": "e"}
    for k in range(len(word) - 2, 0, -1):
        if word[k] in swaps:
            return word[:k] + swaps[word[k]] + word[k + 1:]
    return None


def plant_name(engine: Engine, article: Article):
    from claimcheck_consistency.names import name_forms, variant_groups

    analysis = build_analysis(article, engine.config)
    grouped = {f.stem for g in variant_groups(analysis) for f in g}
    from claimcheck_consistency.names import _definite

    # Names, not common nouns: in Arabic a form never written with ال (ترامب، كازاخستان)
    forms = sorted((f for f in name_forms(analysis).values()
                    if len(f.words) >= 2 and len(f.stem) >= 5 and f.stem not in grouped
                    and not any(_definite(w) for w in f.words)),
                   key=lambda f: -len(f.words))
    for form in forms:
        w = form.words[-1]
        span = analysis.span(w.start, w.end)
        new = respell(span.text, analysis.lang)
        if not new or new == span.text:
            continue
        text = article.text[:span.start] + new + article.text[span.end:]
        return text, (span.start, span.start + len(new)), "consistency.name-variant"
    return None


def plant_number(engine: Engine, article: Article):
    from claimcheck_consistency.numbers import quantities

    analysis = build_analysis(article, engine.config)
    for q in quantities(analysis):
        if q.approx or not re.fullmatch(r"\d+", analysis.text[q.start:q.end]):
            continue
        sent = next(s for k, s in enumerate(analysis.doc.sents) if k == q.sent)
        s = analysis.span(sent)
        if article.title_span and article.title_span.overlaps(s):
            continue
        n = analysis.span(q.start, q.end)
        changed = str(int(n.text) + 7)
        text = (article.text[:n.start] + changed + article.text[n.end:]).rstrip("\n")
        text += "\n\n" + s.text + "\n"
        return text, (n.start, n.start + len(changed)), "consistency.number-mismatch"
    return None


def plant_quote(engine: Engine, article: Article):
    from claimcheck_consistency.quotes import quotations

    analysis = build_analysis(article, engine.config)
    for q in quotations(analysis):
        quote = analysis.span(q.start, q.end).text
        if len(quote.split()) < 5 or q.speaker is None:
            continue
        tail = OTHER_SPEAKER[analysis.lang].format(q=quote)
        text = article.text.rstrip("\n") + "\n\n" + tail + "\n"
        start = len(article.text.rstrip("\n")) + 2 + tail.index(quote)
        return text, (start, start + len(quote)), "consistency.quote-misattributed"
    return None


RATE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|٪|في المئة|في المائة|بالمئة|percent)")


def plant_rate(engine: Engine, article: Article):
    title = article.title_span
    if title is None:
        return None
    m = RATE.search(title.text)
    if m is None:
        return None
    value = m.group(1)
    changed = f"{float(value) + 0.3:g}"
    literal = re.compile(rf"(?<![\d.]){re.escape(value)}(?![\d.])")
    body = article.text[title.end:]
    if not literal.search(body):
        return None
    text = article.text[:title.end] + literal.sub(changed, body)
    start = title.start + m.start(1)
    return text, (start, start + len(value)), "consistency.headline-unsupported"


def main(folders: list[Path]) -> None:
    engine = Engine()
    files = sorted(p for folder in folders for p in folder.glob("*") if p.is_file()
                   and p.suffix in (".md", ".txt", ".html"))
    print("== clean articles: consistency warnings and errors ==")
    clean_total = 0
    for path in files:
        [article] = engine.load(path, path.read_bytes())
        found = loud(engine.check(article))
        clean_total += len(found)
        print(f"{path.relative_to(ROOT)}: {len(found)}")
        for f in found:
            print(f"    {f.rule} line {article.line_col(f.span.start)[0] if f.span else '-'}: "
                  f"{f.message}")
    print(f"{clean_total} warning/error findings on {len(files)} clean articles")
    print("\n== time spent in the consistency hooks (articles already analysed) ==")
    import time

    import claimcheck_consistency as module

    spent = []
    for path in files:
        [article] = engine.load(path, path.read_bytes())
        analysis = build_analysis(article, engine.config)
        analysis.claims = engine.check(article).claims
        t0 = time.perf_counter()
        module.claimcheck_claims_extracted(analysis)
        module.claimcheck_check_article(analysis)
        spent.append(time.perf_counter() - t0)
    print(f"{len(spent)} articles: mean {1000 * sum(spent) / len(spent):.0f} ms, "
          f"max {1000 * max(spent):.0f} ms (wordfreq and the lexicons already loaded by part 1)")
    print("\n== planted errors: caught at the planted span ==")
    for name, plant in (("name", plant_name), ("number", plant_number), ("quote", plant_quote),
                        ("rate", plant_rate)):
        tried = caught = 0
        for path in files:
            [article] = engine.load(path, path.read_bytes())
            planted = plant(engine, article)
            if planted is None:
                continue
            text, (start, end), rule = planted
            [changed] = engine.load(path, text.encode("utf-8"))
            tried += 1
            hits = [f for f in engine.check(changed).findings if f.rule == rule and any(
                s.start < end and start < s.end for s in [f.span, *f.related] if s)]
            caught += bool(hits)
            if not hits:
                print(f"  missed {name} in {path.relative_to(ROOT)}: "
                      f"{text[start:end]!r} at {start}")
        print(f"{name}: {caught}/{tried} planted errors caught")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or DEFAULT)
