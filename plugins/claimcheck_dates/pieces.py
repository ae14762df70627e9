"""The word pieces the tagger reads: spaCy tokens split where news copy glues things together.

spaCy's blank Arabic tokenizer leaves "غداً."، "يناير)."، "و8" and "1438هـ" as single tokens; the
tagger needs the word, the number and the punctuation apart, each with its exact view offsets.
A token that is one word or one number (nearly all of them) is taken as is, with its norm; only the
others are split, by one regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A run of letters (with Arabic marks and tatweel), a run of digits, or one other character.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
# An English abbreviation keeps its full stop ("Jan.", "Tues.").
_PIECE = re.compile(
    rf"[A-Za-z]{{2,5}}\.(?=$)|(?:[^\W\d_]|[{_MARKS}])+|\d+(?:st|nd|rd|th)\b|\d+|\S")
_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+")
_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


NO_CATS: dict[str, Any] = {}  # shared by the items no lexicon phrase starts; never written to


@dataclass(slots=True)
class Item:
    """One word, number or punctuation mark of the text, or a lexicon phrase matched over several.

    The tokenizer's pieces are items already: the finder replaces only the runs a date phrase
    starts (a small share of the words) by one item with its categories, so that no second object
    per word is built.
    """

    text: str  # as written (past an attached clitic for a matched phrase)
    norm: str  # matching form (normalized Arabic, lower-case English)
    start: int  # view offsets
    end: int
    sent: int  # index of the sentence it stands in
    kind: str  # "word", "num" or "punct"
    cats: dict[str, Any]  # the lexicon's categories (weekday, month...); NO_CATS for most
    clitic: str = ""  # the Arabic clitic a matched phrase bore (و of والخميس)

    @property
    def number(self) -> int | None:
        if self.kind != "num":
            return None
        norm = self.norm
        if norm.isdecimal():  # nearly always: "2017", "٢٠١٧"
            return int(norm) if len(norm) <= 4 else None
        digits = "".join(ch for ch in norm if ch.isdecimal())
        return int(digits) if digits and len(digits) <= 4 else None

    def has(self, cat: str) -> bool:
        return cat in self.cats


_SINGLE_KINDS: dict[str, str] = {}  # the kind of each one-character token met so far


def _kind(text: str) -> str:
    if text[:1].isdigit():
        return "num"
    if _WORD.fullmatch(text) or text[:1].isalpha():
        return "word"
    return "punct"


def pieces(doc: Doc, fold, text: str | None = None) -> list[Item]:
    """Every piece of ``doc`` in order, as items; ``fold`` gives the matching form of a split-off
    word (punctuation is its own matching form).

    Reads the Doc as arrays (offsets, norms, sentence starts) rather than Token objects: building
    a Python Token per word would cost as much as the tokenization itself.
    """
    from spacy.attrs import IDX, LENGTH, NORM, SENT_START

    rows = doc.to_array([IDX, LENGTH, NORM, SENT_START]).tolist()
    strings = doc.vocab.strings
    # doc.text joins a Token object per word; the caller usually has the text already.
    text = doc.text if text is None else text
    out: list[Item] = []
    append = out.append
    sent = -1
    for idx, length, norm_hash, sent_start in rows:
        if sent_start == 1 or sent < 0:
            sent += 1
        word = text[idx:idx + length]
        if word.isalpha():
            append(Item(word, strings[norm_hash], idx, idx + length, sent, "word", NO_CATS))
            continue
        if word.isdigit():
            append(Item(word, strings[norm_hash], idx, idx + length, sent, "num", NO_CATS))
            continue
        if length == 1:  # punctuation, or a lone mark
            if not word.isspace():
                kind = _SINGLE_KINDS.get(word) or _SINGLE_KINDS.setdefault(word, _kind(word))
                append(Item(word, word, idx, idx + 1, sent, kind, NO_CATS))
            continue
        if not word.strip():
            continue
        if _WORD.fullmatch(word):  # a word with diacritics or tatweel (غداً، قــال)
            append(Item(word, strings[norm_hash], idx, idx + length, sent, "word", NO_CATS))
            continue
        for match in _PIECE.finditer(word):
            part = match.group()
            start = idx + match.start()
            kind = _kind(part)
            if kind == "punct" and len(part) == 1:
                folded = part
            else:
                folded = fold(part)
                if kind == "num":
                    folded = folded.translate(_ASCII_DIGITS)
            append(Item(part, folded, start, start + len(part), sent, kind, NO_CATS))
    return out


def split_phrase(phrase: str) -> list[str]:
    """A lexicon phrase cut as the text's pieces are ("al-thani" -> al, -, thani)."""
    return [m.group() for word in phrase.split() for m in _PIECE.finditer(word)]


def skip_clitic(text: str, clitic: str, fold) -> int:
    """How many characters of ``text`` the attached ``clitic`` takes (its marks and tatweel too)."""
    if not clitic:
        return 0
    taken = 0
    pos = 0
    while pos < len(text) and taken < len(clitic):
        if fold(text[pos]):
            taken += 1
        pos += 1
    while pos < len(text) and not fold(text[pos]):  # "بـ": the tatweel goes with the clitic
        pos += 1
    return pos
