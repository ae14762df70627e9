"""Arabic-aware phrase matching over the analysed tokens: clitics, hamza/alef, diacritics, tatweel.

Matching runs on ``token.norm_`` (CAMeL Tools normalization, see claimcheck.analyze.normalize), so
spelling variants of a word are one word. spaCy's blank Arabic tokenizer leaves proclitics on the
word ("وبالحكومة" is one token), and neither spaCy's PhraseMatcher nor CAMeL Tools' analysers give
a cheap offset-keeping split, so the proclitic stripping below is hand-written: conjunction و/ف,
then preposition ب/ل/ك, then the article ال (and ل + ال written لل).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
MIN_STEM = 2  # never strip a word down to one letter
# Punctuation the tokenizer may leave on a word ("داعش»." is one token in spaCy's blank Arabic).
EDGE_PUNCT = "\"'«»“”‘’‹›„()[]{}.,،؛;:!?؟…-–—/"


def is_arabic(text: str) -> bool:
    """Whether ``text`` contains an Arabic letter (decides an entry's language in mixed lists)."""
    return any("ARABIC" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def lang_of(text: str) -> str:
    return "ar" if is_arabic(text) else "en"


def arabic_stems(norm: str) -> set[str]:
    """Every reading of a normalized Arabic word with its proclitics stripped (itself included)."""
    out = {norm}
    for conj in ("", *CONJUNCTIONS):
        if conj and not norm.startswith(conj):
            continue
        rest = norm[len(conj):]
        if len(rest) < MIN_STEM:
            continue
        out.add(rest)
        if rest.startswith(PREPOSITIONS) and len(rest) - 1 >= MIN_STEM:
            out.add(rest[1:])
        if rest.startswith("لل") and len(rest) - 2 >= MIN_STEM:  # لل = ل + ال
            out.add(ARTICLE + rest[2:])
    for stem in list(out):
        if stem.startswith(ARTICLE) and len(stem) - 2 >= MIN_STEM:
            out.add(stem[2:])
    return out


@dataclass
class Hit:
    """A phrase found at doc tokens [start, end), with the entry it matched.

    ``char_start``/``char_end`` are view offsets with punctuation glued to the edge words left out;
    pass them to ``analysis.span``.
    """

    start: int
    end: int
    entry: str
    value: object = None
    char_start: int = 0
    char_end: int = 0


def bare(norm: str) -> str:
    """A token's norm without punctuation glued to its edges."""
    return norm.strip(EDGE_PUNCT) or norm


@dataclass
class PhraseIndex:
    """Phrases of one language, tokenized and normalized like the article, keyed by first word."""

    lang: str
    clitics: bool = True
    _first: dict[str, list[tuple[tuple[str, ...], str, object]]] = field(
        default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, lang: str, entries: Iterable[tuple[str, object]], clitics: bool = True
              ) -> PhraseIndex:
        """Index ``(phrase, value)`` pairs; tokenized with the same spaCy pipeline as articles."""
        from claimcheck.analyze.build import pipeline

        nlp = pipeline(lang)
        index = cls(lang, clitics)
        for phrase, value in entries:
            norms = tuple(bare(t.norm_) for t in nlp(phrase) if not t.is_space and bare(t.norm_)
                          not in EDGE_PUNCT)
            if not norms:
                continue
            firsts = {norms[0]}
            if lang == "ar" and clitics and norms[0].startswith(ARTICLE) and len(norms[0]) > 3:
                firsts.add(norms[0][2:])  # an entry with ال also matches the bare word
            for first in firsts:
                index._first[first].append((norms[1:], phrase, value))
        return index

    def _readings(self, norm: str) -> Iterable[str]:
        if self.lang == "ar" and self.clitics:
            return arabic_stems(norm)
        return (norm,)

    def find(self, doc: Doc, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        """Longest hits, left to right, within doc tokens [start, end)."""
        end = len(doc) if end is None else end
        i = start
        while i < end:
            best: Hit | None = None
            for reading in self._readings(bare(doc[i].norm_)):
                for rest, phrase, value in self._first.get(reading, ()):
                    stop = i + 1 + len(rest)
                    if stop > end or any(bare(doc[i + 1 + k].norm_) != w
                                         for k, w in enumerate(rest)):
                        continue
                    if best is None or stop > best.end:
                        best = Hit(i, stop, phrase, value)
            if best is not None:
                first, last = doc[best.start], doc[best.end - 1]
                best.char_start = first.idx + len(first.text) - len(first.text.lstrip(EDGE_PUNCT))
                best.char_end = last.idx + len(last.text.rstrip(EDGE_PUNCT) or last.text)
                yield best
                i = best.end
            else:
                i += 1

    def __bool__(self) -> bool:
        return bool(self._first)
