"""Arabic normalization for matching, through CAMeL Tools, with offsets kept.

The normalized form folds what Arabic spelling lets vary without changing the word: diacritics and
tatweel are dropped, hamza-carrying alefs become bare alef, alef maksura becomes ya, teh marbuta
becomes heh, and presentation forms are unfolded. Every rule that matches Arabic words matches on
this form, so "أعلنت"، "اعلنت" and "أَعْلَنَت" are one word.
"""

from __future__ import annotations

from functools import cache

from claimcheck.analyze.textview import TextView

ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@cache
def normalize_char(ch: str) -> str:
    """The normalized form of one character (CAMeL Tools' maps are character-local)."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    out = normalize_unicode(ch)
    out = dediac_ar(out).replace("\u0640", "")  # tatweel
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    return out.translate(ARABIC_INDIC_DIGITS)


def normalize_ar(text: str) -> str:
    """The normalized form of a word or phrase (for lexicon keys)."""
    return "".join(normalize_char(ch) for ch in text)


def normalized_view(origin: TextView | str) -> TextView:
    """A normalized view of ``origin`` whose offsets map back to it (and to its own origin)."""
    return TextView.by_character(origin, normalize_char)
