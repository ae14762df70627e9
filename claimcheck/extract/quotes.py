"""Quotations: where each quotation in a paragraph opens and closes, in view character offsets.

Pairing is done on characters, not tokens, because spaCy's blank tokenizers leave closing marks
glued to words ("الظروف»."), and a quotation may run over several sentences. Guillemets « », curly
quotes “ ” „ “ ‹ › pair by kind and may nest (only the outermost pair is kept); straight double
quotes " toggle. An opening mark left unclosed at the end of its paragraph yields no quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
STRAIGHT = '"'
MARKS = re.compile('[«»“”„‹›"]')


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start`` is the opening mark's offset, ``end`` one past the closing mark."""

    start: int
    end: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """The outermost quotations in ``text[start:end]`` (one paragraph), in text order."""
    end = len(text) if end is None else end
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (expected closing mark, offset of the opening one)
    straight_at: int | None = None
    for found in MARKS.finditer(text, start, end):  # only the marks, not every character
        i, ch = found.start(), found.group()
        if stack and ch == stack[-1][0]:
            _closing, opened = stack.pop()
            if not stack and straight_at is None:
                quotes.append(Quote(opened, i + 1))
        elif ch in PAIRS:
            stack.append((PAIRS[ch], i))
        elif ch == STRAIGHT:
            if straight_at is None:
                straight_at = i
            else:
                if not stack:
                    quotes.append(Quote(straight_at, i + 1))
                straight_at = None
    quotes.sort(key=lambda q: q.start)
    # Drop quotations nested in another (a straight pair inside guillemets, say).
    outer: list[Quote] = []
    for quote in quotes:
        if outer and outer[-1].start <= quote.start and quote.end <= outer[-1].end:
            continue
        outer.append(quote)
    return outer


def quote_at(quotes: list[Quote], offset: int) -> Quote | None:
    """The quotation that contains ``offset``, if any."""
    for quote in quotes:
        if quote.contains(offset):
            return quote
        if quote.start > offset:
            break
    return None


def quote_starting(quotes: list[Quote], offset: int) -> Quote | None:
    """The quotation whose opening mark stands at ``offset``, if any."""
    return next((quote for quote in quotes if quote.start == offset), None)
