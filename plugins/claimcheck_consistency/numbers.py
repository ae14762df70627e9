"""Numbers in running text: digits, Arabic-Indic digits, number words and scales, with the noun
they count.

"300", "٣٠٠", "1,200", "3.5 مليون", "300 ألف", "ثلاثون", "خمسة وعشرون", "twenty-five",
"3.5 million" all become values. A number is kept only when it counts something: years (عام 2017,
"in 2017"), dates and months, percentages, ages, times and ordinals are left out, and so are vague
scales on their own ("آلاف", "hundreds"). Written by hand: no maintained library parses Arabic
number words with their clitics (و، ب، ل) and scale words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck_consistency.lexicon import Lexicon
from claimcheck_consistency.words import Word, lexicon, per_analysis, words

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis

DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
CLITIC_BEFORE_DIGITS = re.compile(r"^[وبلف]?ـ*(?=\d)")
VAGUE = {"الاف", "مئات", "عشرات", "ملايين", "hundreds", "thousands", "millions", "dozens", "tens",
         "billions"}


@dataclass
class Quantity:
    """A number that counts something: its value, whether it is approximate, and the noun."""

    value: float
    approx: bool
    noun: str  # the counted-noun group ("dead") or the noun's folded stem
    noun_text: str
    start: int  # view offsets of the number expression
    end: int
    sent: int
    para: int
    first: int  # index in words() of the first word of the number
    last: int  # index of the last word (noun excluded)
    noun_i: int = -1  # index in words() of the counted noun
    event: str | None = None  # what happened to what is counted (events.py): killed, wounded...

    @property
    def key(self) -> tuple[str, str | None]:
        """What is counted: the noun and its event (12 people killed, 40 people wounded)."""
        return self.noun, self.event

    @property
    def display(self) -> str:
        v = int(self.value) if float(self.value).is_integer() else self.value
        return f"{v:,}" if isinstance(v, int) else str(v)


def _digits(text: str) -> float | None:
    text = text.replace("٫", ".").replace("٬", ",")
    text = CLITIC_BEFORE_DIGITS.sub("", text)
    m = DIGITS.match(text)
    if not m:
        return None
    whole = int(m.group(1).replace(",", ""))
    return float(f"{whole}.{m.group(2)}") if m.group(2) else float(whole)


def _bare(w: Word, lex: Lexicon) -> str:
    """A word without a leading conjunction / preposition, when what is left is known."""
    for form in (w.norm, w.stem):
        if form in lex.number_words or form in lex.scales:
            return form
    if lex.lang == "ar" and w.norm[:1] in "وبلف" and (w.norm[1:] in lex.number_words
                                                     or w.norm[1:] in lex.scales):
        return w.norm[1:]
    return w.norm


def _value_at(ws: list[Word], k: int, lex: Lexicon) -> float | None:
    w = ws[k]
    value = _digits(w.norm)
    if value is not None:
        return value
    bare = _bare(w, lex)
    if lex.lang == "ar" and w.norm.startswith("ال"):
        return None  # "العشرين" (the G20), "الثلاثة": definite number words name, not count
    return float(lex.number_words[bare]) if bare in lex.number_words else None


def _next_alpha(ws: list[Word], k: int) -> int | None:
    k += 1
    while k < len(ws) and ws[k].text in ("-", "–", "،", ","):
        k += 1
    return k if k < len(ws) else None


def _noun_key(w: Word, lex: Lexicon) -> str | None:
    for form in (w.norm, w.stem, w.stem.rstrip("ا") if lex.lang == "ar" else w.stem):
        if form in lex.counted:
            return lex.counted[form]
    if lex.lang == "en":
        if w.stem.endswith("s") and w.stem[:-1] in lex.counted:
            return lex.counted[w.stem[:-1]]
        return w.stem.rstrip("s") if w.alpha and len(w.stem) > 2 else None
    if not w.alpha or len(w.stem) < 3:
        return None
    return w.stem[:-1] if w.stem.endswith("ا") and len(w.stem) > 3 else w.stem


@per_analysis("quantities")
def quantities(analysis: Analysis) -> list[Quantity]:
    """Every counting number in the analysed text, in order (cached per analysis)."""
    lex = lexicon(analysis)
    ws = words(analysis)
    out: list[Quantity] = []
    k = 0
    while k < len(ws):
        value = _value_at(ws, k, lex)
        if value is None:
            k += 1
            continue
        first = last = k
        # compound: خمسة وعشرون, twenty-five, one hundred and twenty, 300 ألف, 3.5 million
        j = k + 1
        while j < len(ws):
            nxt = ws[j]
            bare = _bare(nxt, lex)
            if nxt.text in ("-", "and", "و") and j + 1 < len(ws):
                follow = _value_at(ws, j + 1, lex)
                if follow is not None and follow < value:
                    value += follow
                    last = j = j + 1
                    j += 1
                    continue
                break
            if lex.lang == "ar" and nxt.norm.startswith("و") and nxt.norm[1:] in lex.number_words \
                    and lex.number_words[nxt.norm[1:]] >= 20 and value < 10:
                value += lex.number_words[nxt.norm[1:]]
                last = j
                j += 1
                continue
            if bare in lex.scales and bare not in VAGUE:
                value *= lex.scales[bare]
                last = j
                j += 1
                continue
            if lex.lang == "en" and nxt.norm in lex.number_words and ws[j - 1].text == "-":
                value += lex.number_words[nxt.norm]
                last = j
                j += 1
                continue
            break
        k = last + 1
        q = _quantity(analysis, ws, first, last, value, lex)
        if q:
            out.append(q)
    from claimcheck_consistency.events import assign_events

    doc = analysis.doc
    assign_events(ws, out, lex, {k: doc[w.i].text for k, w in enumerate(ws)})
    return out


def _quantity(analysis: Analysis, ws: list[Word], first: int, last: int, value: float,
              lex: Lexicon) -> Quantity | None:
    before = [ws[i] for i in range(max(0, first - 3), first) if ws[i].sent == ws[first].sent]
    prev = before[-1].norm if before else ""
    if prev in lex.not_counts or (before and before[-1].stem in lex.not_counts):
        return None  # "May 5", "نيسان 2017"
    if lex.lang == "en" and prev == "the" and value == 2:
        return None  # "the two countries", "the two leaders": a pair named before, not a count
    year_like = value.is_integer() and 1800 <= value <= 2100 and _digits(ws[first].norm) is not None
    if year_like and last == first and (prev in lex.year_words or not before
                                        or before[-1].stem in lex.year_words):
        return None
    n = _next_alpha(ws, last)
    if n is None or ws[n].sent != ws[first].sent:
        return None
    noun_word = ws[n]
    if lex.lang == "ar" and noun_word.norm in ("من",) and n + 1 < len(ws):
        n += 1
        noun_word = ws[n]  # "300 من المدنيين"
    if noun_word.norm in lex.not_counts or noun_word.stem in lex.not_counts \
            or noun_word.text in lex.not_counts:
        return None
    if year_like and last == first:
        return None  # a bare four-digit number before a word is a year far more often than not
    key = _noun_key(noun_word, lex)
    if key is None or key in lex.number_words or key in lex.scales:
        return None
    approx = any(w.norm in lex.approximators or w.stem in lex.approximators
                 or " ".join(x.norm for x in before[i:]) in lex.approximators
                 for i, w in enumerate(before))
    start, end = ws[first].start, ws[last].end
    if _digits(ws[first].norm) is not None:
        start = ws[first].start + len(CLITIC_BEFORE_DIGITS.match(ws[first].text).group(0))
    return Quantity(value, approx, key, noun_word.text, start, end, ws[first].sent,
                    ws[first].para, first, last, noun_i=n)
