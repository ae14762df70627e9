"""Arabic normalization for matching, through CAMeL Tools, with offsets kept.

The normalized form folds what Arabic spelling lets vary without changing the word: diacritics and
tatweel are dropped, hamza-carrying alefs become bare alef, alef maksura becomes ya, teh marbuta
becomes heh, presentation forms are unfolded, Arabic-Indic digits become ASCII, Persian keheh and
yeh (typed on Persian keyboards) become Arabic kaf and ya, and invisible format characters (ZWNJ,
ZWJ, RTL/LTR marks and isolates, the Arabic letter mark, BOM) are dropped. Every rule that matches
Arabic words matches on this form, so "أعلنت"، "اعلنت"، "أَعْلَنَت" and "أعلنـــت" are one word.

Normalization works on graphemes: a base character with the combining marks and format characters
that follow it. So a decomposed hamza (ا + U+0654) composes before it is folded, and in the
normalized view a word's span takes its trailing diacritics with it: the view character "ل" of
"قالَ" maps back to "لَ", and a match of "قال" maps back to all of "قالَ".
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.analyze.textview import TextView

ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
PERSIAN_LETTERS = str.maketrans({"ک": "ك", "ی": "ي", "ۀ": "ه", "ہ": "ه", "ھ": "ه"})
TATWEEL = "\u0640"
# Characters that attach to the grapheme before them: combining marks (diacritics, hamza above,
# madda), tatweel, and invisible format characters.
_ATTACHED = re.compile(r"[\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8"
                       r"\u06ea-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
                       r"\u0300-\u036f\ufe20-\ufe2f]")
_GRAPHEME = re.compile(rf".{_ATTACHED.pattern}*|{_ATTACHED.pattern}+", re.S)
_FORMAT = re.compile(r"[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


@lru_cache(maxsize=16384)
def normalize_grapheme(grapheme: str) -> str:
    """The normalized form of one grapheme (a base character and the marks attached to it)."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    out = normalize_unicode(_FORMAT.sub("", grapheme))  # NFKC: composes ا + ٔ, unfolds ligatures
    out = dediac_ar(out).replace(TATWEEL, "")
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    out = _ATTACHED.sub("", out)  # marks CAMeL's dediacritizer does not know
    return out.translate(ARABIC_INDIC_DIGITS).translate(PERSIAN_LETTERS)


def normalize_char(ch: str) -> str:
    """The normalized form of one character on its own (kept for callers of the first version)."""
    return normalize_grapheme(ch)


def normalize_ar(text: str) -> str:
    """The normalized form of a word or phrase (token norms and lexicon keys)."""
    return "".join(normalize_grapheme(g) for g in _GRAPHEME.findall(text))


def normalized_view(origin: TextView | str) -> TextView:
    """A normalized view of ``origin`` whose offsets map back to it (and to its own origin).

    Graphemes that normalization leaves as they are form one-to-one runs; any other grapheme is a
    piece of its own that maps to its whole origin stretch, diacritics and tatweel included.
    """
    source = origin.text if isinstance(origin, TextView) else origin
    pieces: list[tuple[str, int, int]] = []
    run_start = 0
    for match in _GRAPHEME.finditer(source):
        grapheme = match.group()
        out = normalize_grapheme(grapheme)
        if out == grapheme:
            continue
        start, end = match.span()
        if run_start < start:
            pieces.append((source[run_start:start], run_start, start))
        pieces.append((out, start, end))
        run_start = end
    if run_start < len(source):
        pieces.append((source[run_start:], run_start, len(source)))
    view = TextView.from_pieces(pieces)
    return view.compose(origin) if isinstance(origin, TextView) else view

