"""Finding and reading configuration files (claimcheck.toml, [tool.claimcheck] in pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

from claimcheck.config import Config


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    """The configuration from ``explicit`` or found by walking up from ``start``; else defaults."""
    return Config()
