"""What a formatter is: a name for --format and a function from a RunReport to text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from claimcheck.model import RunReport


@dataclass
class FormatOptions:
    """What formatters may need beyond the report itself."""

    color: bool = False  # ANSI colours (text format on a terminal)
    root: str | None = None  # repository root for relative URIs (sarif, github)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Formatter:
    name: str
    description: str
    render: Callable[[RunReport, FormatOptions], str]
    media_type: str = "text/plain"
