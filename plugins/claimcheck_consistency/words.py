"""The article's words as the consistency checks compare them: folded, clitic-stripped, located.

spaCy's blank Arabic tokenizer leaves clitics on ("بقازاخستان", "وترامب"); CAMeL Tools' clitic
tokenizers need a morphology database that is not shipped, so the stripping here is ours: a word
loses a prefix (و، ف، ب، ل، ك، ال and their combinations) when the bare form stands elsewhere in the
article, or when the bare form is a much more frequent word (wordfreq) than the whole one.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TYPE_CHECKING

from claimcheck_consistency.lexicon import Lexicon, load

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Span

PLUGIN = "claimcheck_consistency"

# Longest first. "لل" is ل + ال with the alef dropped.
AR_PREFIXES = ("وبال", "فبال", "وكال", "وللـ", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
               "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
TRAILING = ".,،:;!?؟…»”\"'"
ARABIC_LETTERS = set("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")


@dataclass
class Word:
    """One token of the analysed text, with the form it is compared under."""

    i: int  # token index in the Doc
    text: str  # as written
    norm: str  # folded (normalized Arabic / lower-case English)
    stem: str  # folded, clitics and possessive stripped
    start: int  # view offsets of the stem part
    end: int
    sent: int  # sentence index
    para: int  # paragraph index (-1 outside any)
    sent_start: bool
    alpha: bool
    token_start: int  # view offset of the whole token, clitics included
    surface: str = ""  # the stem part as written (for frequency look-ups)


@lru_cache(maxsize=20000)
def zipf(word: str, lang: str) -> float:
    """How common a word is in general text (wordfreq's Zipf scale, 0 for unknown words)."""
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, lang)
    except (LookupError, ValueError):
        return 0.0


def _alpha(text: str) -> bool:
    """Letters only; Arabic diacritics and tatweel count as part of a word ("شخصاً")."""
    return bool(text) and any(c.isalpha() for c in text) and all(
        c.isalpha() or unicodedata.combining(c) or c == "\u0640" for c in text)


def is_arabic(word: str) -> bool:
    return bool(word) and all(c in ARABIC_LETTERS for c in word)


def _raw_prefix_len(text: str, folded_len: int) -> int:
    """How many characters of ``text`` make up its first ``folded_len`` folded characters."""
    from claimcheck.analyze.normalize import normalize_char

    n = 0
    for k, ch in enumerate(text):
        if n >= folded_len:
            return k
        n += len(normalize_char(ch))
    return len(text)


def _choose_ar_stem(text: str, norm: str, seen: Counter) -> int:
    """The number of folded prefix characters to strip from an Arabic word."""
    options = [p for p in AR_PREFIXES if norm.startswith(p) and len(norm) - len(p) >= 3]
    if not options:
        return 0
    for p in options:  # evidence from the article itself: the bare form stands elsewhere
        bare = norm[len(p):]
        if len(p) == 1 and len(bare) < 4:
            continue  # "فعلي" is not ف + "علي" because "على" is in the text
        if seen.get(bare) or seen.get("ال" + bare):
            return _with_article(norm, len(p))
    whole = zipf(text, "ar")
    best, best_f = 0, whole
    for p in options:
        bare = text[_raw_prefix_len(text, len(p)):]
        f = zipf(bare, "ar")
        if f > best_f + 0.5:
            best, best_f = len(p), f
    if best == 0 and whole == 0 and any(p.endswith("ال") or p == "لل" for p in options):
        return max(len(p) for p in options if p.endswith("ال") or p == "لل")
    return _with_article(norm, best)


def _with_article(norm: str, strip: int) -> int:
    """Strip a definite article left after a conjunction ("و" + "الخميس") too."""
    if norm.startswith("ال", strip) and len(norm) - strip - 2 >= 3:
        return strip + 2
    return strip



def per_analysis(key: str) -> Callable:
    """Compute a function of the analysis once per article, kept in ``analysis.data``.

    The rules share words, quantities, quotations, blames and denials; each is worked out by the
    first rule that asks and read from the analysis by the others.
    """

    def decorate(fn: Callable) -> Callable:
        @wraps(fn)
        def cached(analysis: Analysis):
            store = analysis.data.setdefault(PLUGIN, {})
            if key not in store:
                store[key] = fn(analysis)
            return store[key]

        return cached

    return decorate


@per_analysis("words")
def words(analysis: Analysis) -> list[Word]:
    """The analysed text's words (cached per analysis)."""
    doc = analysis.doc
    sent_of = {}
    for k, sent in enumerate(doc.sents):
        for t in sent:
            sent_of[t.i] = (k, t.i == sent.start)
    para_of = {}
    for k, para in enumerate(analysis.paragraphs):
        for t in para:
            para_of[t.i] = k
    arabic = analysis.lang == "ar"
    seen = Counter(t.norm_ for t in doc)
    out: list[Word] = []
    for t in doc:
        if t.is_space:
            continue
        text, norm = t.text, t.norm_
        core = text.rstrip(TRAILING)
        if core and core != text:  # "شخصاً." : the blank Arabic tokenizer keeps the stop on
            cut = len(text) - len(core)
            text, norm = core, norm[: len(norm) - cut]
        start, end = t.idx, t.idx + len(text)
        stem = norm
        if arabic and is_arabic(norm):
            strip = _choose_ar_stem(text, norm, seen)
            if strip:
                start += _raw_prefix_len(text, strip)
                stem = norm[strip:]
        elif not arabic:
            stem = norm.lower()
        sent, first = sent_of.get(t.i, (-1, False))
        out.append(Word(t.i, text, norm, stem, start, end, sent, para_of.get(t.i, -1), first,
                        _alpha(text), t.idx, text[start - t.idx:]))
    return out


def lexicon(analysis: Analysis) -> Lexicon:
    return load(analysis.lang if analysis.lang in ("ar", "en") else "en")


def span(analysis: Analysis, word: Word) -> Span:
    return analysis.span(word.start, word.end)


def line(analysis: Analysis, span: Span) -> int:
    return analysis.article.line_col(span.start)[0]


def where(analysis: Analysis, span: Span) -> str:
    """ "آستانة (line 19)": a span as a message names it."""
    return f"{span.text} (line {line(analysis, span)})"
