"""Markdown: YAML front matter (title, published, lang, id, the rest as metadata) and the body view.

The analysed view of a Markdown article is its body with what a reader does not read as prose cut
out: HTML comments (``<!-- claimcheck-disable ... -->`` suppressions among them), heading and
block-quote markers, emphasis markers and link targets. The cuts are listed as ranges of the input,
so every character left in the view still points at itself in ``Article.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimcheck.errors import InputError

_OPEN = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)

# What a Markdown reader does not read as text, as regexes over the body (hand-written: no
# Markdown library keeps source offsets for inline text).
_CUTS = re.compile(
    r"<!--.*?(?:-->|\Z)"  # HTML comments, suppressions included
    r"|!\[[^\]\n]*\]\([^)\n]*\)"  # images
    r"|(?<=\])\([^)\s]*(?:\s+\"[^\"\n]*\")?\)"  # link targets: [text](url "title")
    r"|^[ \t]{0,3}#{1,6}[ \t]+"  # ATX heading markers
    r"|[ \t]+#+[ \t]*$"  # closing heading hashes
    r"|^[ \t]{0,3}(?:>[ \t]?)+"  # block-quote markers
    r"|^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+"  # list markers
    r"|^[ \t]{0,3}(?:[-*_][ \t]*){3,}$"  # thematic breaks
    r"|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)"  # emphasis markers
    r"|\[(?=[^\]\n]*\]\()|(?<=[^\s\[])\](?=\()",  # link brackets
    re.M | re.S,
)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)


@dataclass
class FrontMatter:
    data: dict[str, Any] = field(default_factory=dict)
    body_start: int = 0  # where the body begins in the text
    lines: dict[str, int] = field(default_factory=dict)  # key -> 1-based line in the file


def split_front_matter(text: str, where: str) -> FrontMatter:
    """Parse the front matter at the top of ``text`` (none: an empty FrontMatter)."""
    opened = _OPEN.match(text)
    if not opened:
        return FrontMatter()
    close = _CLOSE.search(text, opened.end())
    if close is None:
        raise InputError(f"{where}: front matter opened on line 1 is never closed "
                         "(a line with --- is missing)")
    source = text[opened.end():close.start()]
    import yaml

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
        data = yaml.load(source, Loader=loader) if source.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = f" line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{where}:{line}: broken front matter: {problem}") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: line 2: front matter must be key: value pairs, "
                         f"not a {type(data).__name__}")
    lines = {}
    for n, line_text in enumerate(source.splitlines(), 2):
        key = line_text.split(":", 1)[0].strip()
        if key in data and key not in lines:
            lines[key] = n
    return FrontMatter({str(k): v for k, v in data.items()}, close.end(), lines)


def body_pieces(text: str, start: int) -> list[tuple[str, int, int]]:
    """The visible pieces of a Markdown body: ``(text, start, end)`` stretches of ``text``."""
    pieces = []
    pos = start
    for cut in _CUTS.finditer(text, start):
        if cut.start() > pos:
            pieces.append((text[pos:cut.start()], pos, cut.start()))
        pos = max(pos, cut.end())
    if pos < len(text):
        pieces.append((text[pos:], pos, len(text)))
    # The view starts at the first visible character: blank lines after the front matter or a
    # suppression comment would otherwise open the first sentence.
    while pieces and not pieces[0][0].strip():
        pieces.pop(0)
    if pieces:
        piece, start, end = pieces[0]
        skip = len(piece) - len(piece.lstrip())
        pieces[0] = (piece[skip:], start + skip, end)
    return pieces


def first_heading(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of the text of the first ATX heading among the body's first lines."""
    for match in _HEADING.finditer(text, start, end):
        if text.count("\n", start, match.start()) > 5:
            return None
        title = match.group(1)
        if title.strip().startswith("<!--"):
            continue
        return match.start(1), match.end(1)
    return None
