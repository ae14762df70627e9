"""Where a finding stands, in the units each output needs: code points, UTF-16 units, root paths.

The model counts code points (``Article.line_col``). SARIF's default ``columnKind`` is
``utf16CodeUnits`` and GitHub (code scanning and workflow annotations, both rendered by JavaScript)
counts UTF-16 code units, so a character outside the Basic Multilingual Plane (an emoji, some
symbols) takes two columns there. Arabic letters, diacritics and Arabic-Indic digits are in the BMP:
one unit either way.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from claimcheck.model import Article, Finding


@dataclass(frozen=True)
class Region:
    """1-based start and end line and column; ``end_column`` is exclusive (one past the last)."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


def utf16_len(text: str) -> int:
    """The number of UTF-16 code units ``text`` takes (2 for each astral character)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def line_col(article: Article, offset: int, unit: str = "utf16") -> tuple[int, int]:
    """1-based line and column of a code-point ``offset``; column in ``unit`` ("utf16" or "cp")."""
    line, column = article.line_col(offset)
    if unit == "cp":
        return line, column
    line_start = offset - column + 1
    return line, utf16_len(article.text[line_start:offset]) + 1


def region(article: Article, finding: Finding, unit: str = "utf16") -> Region | None:
    """The finding's region, or None for an article-level finding (no span)."""
    if finding.span is None:
        return None
    start_line, start_col = line_col(article, finding.span.start, unit)
    end_line, end_col = line_col(article, finding.span.end, unit)
    return Region(start_line, start_col, end_line, end_col)


RECORD = re.compile(r"^(?P<file>.+\.jsonl?)(?P<record>#\d+(?::.*)?|:[^/\\]+)$", re.IGNORECASE)


def record_of(path: str) -> tuple[str, str] | None:
    """``(file, record)`` when ``path`` names one record of a JSON / JSON Lines file
    ("wire.jsonl#2:w2"): its offsets are into the record's text, not into the file."""
    match = RECORD.match(path)
    return (match.group("file"), match.group("record")) if match else None


def relative_path(path: str, root: str | os.PathLike[str] | None) -> str:
    """``path`` as a forward-slash path relative to ``root`` when it lies inside it; else as is."""
    if root is None or path.startswith("<"):
        return path.replace(os.sep, "/")
    try:
        rel = Path(path).resolve().relative_to(Path(root).resolve())
    except ValueError:
        return path.replace(os.sep, "/")
    return PurePosixPath(*rel.parts).as_posix()
