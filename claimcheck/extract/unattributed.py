"""Unattributed claims: sentences in the outlet's own voice that carry checkable content.

A sentence is listed (kind "unattributed", ``Source("self", "", None)``, no cue) when the language
module's ``checkable`` predicate holds for it (numbers, dates from ``analysis.times``, named people,
places or institutions) and no attributed claim's content overlaps it: a sentence that already
holds reported speech is not the outlet's claim.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import TYPE_CHECKING

from claimcheck.model import Source

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan

    from claimcheck.extract.claims import ClaimSet


def add_unattributed(claims: ClaimSet, checkable: Callable[[DocSpan], bool],
                     skip: Container[int] = ()) -> None:
    """Add an unattributed claim for every checkable sentence no claim covers.

    ``skip`` holds the start offsets of sentences that are the outlet's voice whatever they
    contain (background introduced by "ويذكر أن"): they are listed without the overlap test.
    """
    attributed = [claims.view_content[c.id] for c in claims.claims]
    for sent in claims.analysis.doc.sents:
        start, end = claims.trim(claims.after_dateline(sent.start_char), sent.end_char)
        if end <= start:
            continue
        if sent.start_char not in skip and any(s < end and start < e for s, e in attributed):
            continue
        if not checkable(sent):
            continue
        claims.add("unattributed", (start, end), Source(type="self", name="", span=None), None,
                   sent)
