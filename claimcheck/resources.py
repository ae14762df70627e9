"""Where the shipped data lives: the rules/ folder, in a source checkout or inside the wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any


@cache
def rules_dir() -> Path:
    """The rules/ folder: beside the package in a checkout, else the installed claimcheck_rules."""
    checkout = Path(__file__).resolve().parent.parent / "rules"
    if (checkout / "lexicons").is_dir():
        return checkout
    import claimcheck_rules  # installed from rules/ by the wheel

    return Path(claimcheck_rules.__file__).resolve().parent


@cache
def lexicon(lang: str, name: str) -> Any:
    """The parsed YAML of rules/lexicons/<lang>/<name>.yaml (cached; treat it as read-only)."""
    import yaml

    path = rules_dir() / "lexicons" / lang / f"{name}.yaml"
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)
