"""Finding figures in the analysed text: numbers, percentages and scale words, dates left out.

A figure is a run of number tokens (digits in any script, spaCy's ``like_num``, or a scale word
such as "ملايين" / "millions"), with a percent word after it when there is one. Years (1900-2100
standing alone), numbers inside the article's time expressions, and numbers beside a month name are
dates, not figures; spelled-out numbers under ten ("the two leaders") are left out too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Span

DATA = Path(__file__).parent / "data"
EDGE = "\"'«»“”()[].,،؛:!?؟"


@dataclass
class Figure:
    span: Span  # article coordinates
    tokens: tuple[int, int]  # doc tokens [start, end)


@cache
def vocabulary(lang: str) -> dict[str, Any]:
    import yaml

    with (DATA / "figures.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    vocab = {key: {" ".join(_norm(w.strip(EDGE) or w, lang) for w in str(phrase).split())
                   for phrase in data[key].get(lang, [])}
             for key in ("scale_words", "percent_words", "months", "clock_after", "clock_before",
                         "age_before")}
    vocab["age_after"] = tuple(str(w).lower() for w in data["age_after"].get(lang, []))
    return vocab


def _norm(text: str, lang: str) -> str:
    if lang == "ar":
        from claimcheck.analyze.normalize import normalize_ar

        text = normalize_ar(str(text))
        for prefix in ("وال", "بال", "لل", "ال", "و", "ب"):
            if text.startswith(prefix) and len(text) - len(prefix) >= 3:
                return text[len(prefix):]
        return text
    return str(text).lower()


def _word(token, lang: str) -> str:
    return _norm(token.text.strip(EDGE), lang)


def _digits(token) -> str:
    text = token.norm_.strip(EDGE)
    if text[:1] in ("و", "ف") and text[1:2].isdigit():  # "و5": the conjunction glued on
        text = text[1:]
    return text.replace(",", "").replace("٬", "").replace(".", "", 1)


def _is_figure_word(token, lang: str, vocab: dict[str, Any]) -> bool:
    """Digits or a scale word: what makes a run of number tokens a figure."""
    return _digits(token).isdigit() or _word(token, lang) in vocab["scale_words"]


def _is_number(token, lang: str, vocab: dict[str, Any]) -> bool:
    return _is_figure_word(token, lang, vocab) or bool(token.like_num)


def _is_year(token) -> bool:
    digits = token.norm_.strip(EDGE)
    return digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100


def _score(doc, i: int, j: int) -> bool:
    """A match score such as 1-0 or 2-2 (small numbers joined by a hyphen)."""
    if j - i != 1 or j + 1 >= len(doc) or doc[j].text not in ("-", "–", ":"):
        return False
    a, b = _digits(doc[i]), _digits(doc[j + 1])
    return a.isdigit() and b.isdigit() and int(a) <= 15 and int(b) <= 15


def find_figures(analysis: Analysis) -> list[Figure]:
    doc = analysis.doc
    lang = analysis.lang
    vocab = vocabulary(lang)
    times = [t.span for t in analysis.times]
    figures: list[Figure] = []
    i = 0
    while i < len(doc):
        if not _is_number(doc[i], lang, vocab):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and _is_number(doc[j], lang, vocab):
            j += 1
        end = j
        for width in (2, 1):  # "30 في المئة", "30 per cent", "30 %"
            words = " ".join(_word(t, lang) for t in doc[j:j + width])
            if j + width <= len(doc) and words in vocab["percent_words"]:
                end = j + width
                break
        run = doc[i:end]
        before = _word(doc[i - 1], lang) if i else ""
        after = _word(doc[j], lang) if j < len(doc) else ""
        if _score(doc, i, j):  # "a 1-0 win": skip both sides
            i = j + 2
            continue
        not_figure = (
            (j - i == 1 and _is_year(doc[i])) or {before, after} & vocab["months"]
            or after in vocab["clock_after"] or before in vocab["clock_before"]
            or before in vocab["age_before"]
            or doc.text[doc[j - 1].idx + len(doc[j - 1].text):].lower().startswith(
                vocab["age_after"] or ("\0",)))
        if not not_figure and any(_is_figure_word(t, lang, vocab) for t in doc[i:j]):
            first, last = run[0], run[-1]
            start = first.idx + len(first.text) - len(first.text.lstrip(EDGE))
            if first.text[start - first.idx:start - first.idx + 1] in ("و", "ف"):
                start += 1
            stop = last.idx + len(last.text.rstrip(EDGE) or last.text)
            span = analysis.span(start, stop)
            if not any(t.contains(span) for t in times):
                figures.append(Figure(span, (i, end)))
        i = max(end, i + 1)
    return figures
