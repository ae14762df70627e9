"""The headline of a plain-text article: its first line, when that line reads as a headline."""

from __future__ import annotations

import re

MAX_CHARS = 200
MAX_WORDS = 30
_SENTENCE_END = (".", ":", "؛", ";", ",", "،")  # a headline ends without these
_HAS_LETTER = re.compile(r"[^\W\d_]")


def headline_span(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """[start, end) of the first non-empty line of ``text[start:end]`` if it reads as a headline.

    A headline is short (at most 30 words, 200 characters), has letters, ends without a full stop
    or a colon, and is followed by more text: a one-line article has no headline.
    """
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = text[pos:line_end]
        if line.strip():
            a = pos + len(line) - len(line.lstrip())
            b = pos + len(line.rstrip())
            head = text[a:b]
            rest = text[line_end:end]
            if (len(head) <= MAX_CHARS and len(head.split()) <= MAX_WORDS
                    and _HAS_LETTER.search(head) and not head.endswith(_SENTENCE_END)
                    and not head.endswith("...") and rest.strip()):
                return a, b
            return None
        pos = line_end + 1
    return None
