"""The effective configuration: command line over config file over defaults.

This module holds the Config dataclass every stage reads. Finding and reading configuration files
(claimcheck.toml, [tool.claimcheck] in pyproject.toml) lives in claimcheck.configfile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.model import Severity


@dataclass
class Config:
    lang: str | None = None  # None / "auto": detect from the script
    published: date | None = None
    encoding: str | None = None
    fail_on: str = "error"  # error | warning | info | never
    select: list[str] = field(default_factory=list)  # rule ids or categories; empty: all
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)  # per-rule override
    plugins: list[str] = field(default_factory=list)  # local plugin files or folders
    rule_packs: list[str] = field(default_factory=list)  # extra rule-pack folders
    spacy_models: dict[str, str] = field(default_factory=dict)  # lang -> trained pipeline name
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # per-plugin settings
    path: Path | None = None  # the config file this came from, if any

    def plugin_settings(self, name: str) -> dict[str, Any]:
        return self.settings.get(name, {})

    def rule_enabled(self, rule_id: str) -> bool:
        """Whether findings of ``rule_id`` are reported, by select / ignore (ids or categories)."""

        def matches(patterns: list[str]) -> bool:
            return any(rule_id == p or rule_id.startswith(p.rstrip(".") + ".") for p in patterns)

        if self.select and not matches(self.select):
            return False
        return not matches(self.ignore)
