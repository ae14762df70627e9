"""A derived text (visible body, normalized Arabic) that maps every offset back to its origin.

Analysis never runs on the input document itself: front matter is cut off, HTML markup is dropped,
Arabic is normalized. A ``TextView`` is such a derived string together with a piecewise map from its
offsets to the offsets of the string it came from, so that whatever is found in the view can be
reported at the exact characters of the input. Views compose: a normalized view of a body view maps
straight to the document.

This mapping is hand-written because neither spaCy nor CAMeL Tools keeps one across deletions and
replacements.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise


@dataclass
class TextView:
    """``text`` plus the map from its offsets to offsets of the origin string.

    The map is a sorted list of segments ``(view_start, origin_start, origin_end)``: the view's
    characters from ``view_start`` up to the next segment's start come from that origin stretch.
    A segment whose view length equals its origin length maps one to one; otherwise (a character
    normalized into two, a stretch of markup decoded into one character) every view offset inside it
    maps to the whole origin stretch.
    """

    text: str
    _view_starts: list[int] = field(default_factory=list, repr=False)
    _origins: list[tuple[int, int]] = field(default_factory=list, repr=False)

    # -- construction --------------------------------------------------------------------------

    @classmethod
    def identity(cls, origin: str, start: int = 0, end: int | None = None) -> TextView:
        """The stretch ``origin[start:end]`` as a view that maps one to one."""
        end = len(origin) if end is None else end
        return cls(origin[start:end], [0], [(start, end)])

    @classmethod
    def from_pieces(cls, pieces: Iterable[tuple[str, int, int]]) -> TextView:
        """Build a view from ``(view_text, origin_start, origin_end)`` pieces in order."""
        parts: list[str] = []
        view_starts: list[int] = []
        origins: list[tuple[int, int]] = []
        length = 0
        for text, o_start, o_end in pieces:
            if not text:
                continue
            view_starts.append(length)
            origins.append((o_start, o_end))
            parts.append(text)
            length += len(text)
        return cls("".join(parts), view_starts, origins)

    @classmethod
    def by_character(cls, origin: TextView | str, transform: Callable[[str], str]) -> TextView:
        """A view made by transforming each character of ``origin`` on its own.

        ``transform`` returns the character's replacement: itself, another character, several, or
        "" to drop it (diacritics, tatweel). Runs of unchanged characters become one segment.
        """
        source = origin.text if isinstance(origin, TextView) else origin
        pieces: list[tuple[str, int, int]] = []
        run_start = 0
        cache: dict[str, str] = {}
        for i, ch in enumerate(source):
            out = cache.get(ch)
            if out is None:
                out = cache[ch] = transform(ch)
            if out == ch:
                continue
            if run_start < i:
                pieces.append((source[run_start:i], run_start, i))
            pieces.append((out, i, i + 1))
            run_start = i + 1
        if run_start < len(source):
            pieces.append((source[run_start:], run_start, len(source)))
        view = cls.from_pieces(_split_same_length(pieces))
        return view.compose(origin) if isinstance(origin, TextView) else view

    # -- mapping -------------------------------------------------------------------------------

    def origin_offsets(self, start: int, end: int) -> tuple[int, int]:
        """The origin stretch [start', end') that view characters [start, end) come from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"[{start}, {end}) is outside a view of {len(self.text)} characters")
        if not self._view_starts:
            return 0, 0
        if start == end:
            o = self._origin_start(start) if start < len(self.text) else self._origins[-1][1]
            return o, o
        return self._origin_start(start), self._origin_end(end - 1)

    def view_offsets(self, o_start: int, o_end: int) -> tuple[int, int] | None:
        """The view stretch covering origin [o_start, o_end), or None if none of it is in view."""
        first = last = None
        for k, (a, b) in enumerate(self._origins):
            if b <= o_start and not (a == b == o_start):
                continue
            if a >= o_end and not (o_start == o_end == a):
                break
            if first is None:
                first = k
            last = k
        if first is None or last is None:
            return None
        return self._view_at(first, max(o_start, self._origins[first][0]), True), self._view_at(
            last, min(o_end, self._origins[last][1]), False
        )

    def _view_at(self, k: int, o: int, is_start: bool) -> int:
        v_start = self._view_starts[k]
        length = self._segment_length(k)
        o_start, o_end = self._origins[k]
        if length == o_end - o_start:
            return v_start + (o - o_start)
        return v_start if is_start else v_start + length

    def _segment(self, i: int) -> int:
        return bisect_right(self._view_starts, i) - 1

    def _segment_length(self, k: int) -> int:
        nxt = self._view_starts[k + 1] if k + 1 < len(self._view_starts) else len(self.text)
        return nxt - self._view_starts[k]

    def _origin_start(self, i: int) -> int:
        k = self._segment(i)
        o_start, o_end = self._origins[k]
        if self._segment_length(k) == o_end - o_start:
            return o_start + (i - self._view_starts[k])
        return o_start

    def _origin_end(self, i: int) -> int:
        """Exclusive origin end of view character ``i``."""
        k = self._segment(i)
        o_start, o_end = self._origins[k]
        if self._segment_length(k) == o_end - o_start:
            return o_start + (i - self._view_starts[k]) + 1
        return o_end

    def compose(self, outer: TextView) -> TextView:
        """This view re-expressed against the origin of ``outer`` (whose text is our origin)."""
        pieces = []
        for k, v_start in enumerate(self._view_starts):
            v_end = v_start + self._segment_length(k)
            o_start, o_end = self._origins[k]
            same = (v_end - v_start) == (o_end - o_start)
            if same:
                # Split where the outer map changes so that one-to-one stretches stay exact.
                for a, b, text in _cut_by(outer, o_start, o_end, self.text[v_start:v_end]):
                    pieces.append((text, *outer.origin_offsets(a, b)))
            else:
                pieces.append((self.text[v_start:v_end], *outer.origin_offsets(o_start, o_end)))
        return TextView.from_pieces(_split_same_length(pieces))


def _split_same_length(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Merge neighbouring one-to-one pieces that are contiguous in the origin."""
    merged: list[tuple[str, int, int]] = []
    for text, o_start, o_end in pieces:
        if (
            merged
            and len(text) == o_end - o_start
            and len(merged[-1][0]) == merged[-1][2] - merged[-1][1]
            and merged[-1][2] == o_start
        ):
            prev_text, prev_start, _ = merged[-1]
            merged[-1] = (prev_text + text, prev_start, o_end)
        else:
            merged.append((text, o_start, o_end))
    return merged


def _cut_by(outer: TextView, start: int, end: int, text: str) -> list[tuple[int, int, str]]:
    """Cut outer-view stretch [start, end) where ``outer``'s segments begin."""
    cuts = [start]
    k = outer._segment(start) + 1 if start < len(outer.text) else len(outer._view_starts)
    while k < len(outer._view_starts) and outer._view_starts[k] < end:
        cuts.append(outer._view_starts[k])
        k += 1
    cuts.append(end)
    return [(a, b, text[a - start : b - start]) for a, b in pairwise(cuts) if a < b]
