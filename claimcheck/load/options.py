"""What the command line tells the loaders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class LoadOptions:
    encoding: str | None = None  # None: detect (UTF-8 with or without BOM, UTF-16 BOM, cp1256)
    lang: str | None = None  # None or "auto": detect from the script
    published: date | None = None  # --published wins over front matter, record and dateline
    format: str | None = None  # force a format ("txt", "md", "html", "json", "jsonl")
