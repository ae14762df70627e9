"""The effective configuration: command line over config file over defaults.

This module holds the Config dataclass every stage reads. Finding and reading configuration files
(claimcheck.toml, [tool.claimcheck] in pyproject.toml) lives in claimcheck.configfile.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.model import Severity


@dataclass
class PathOverride:
    """A per-path section: settings that apply to files matching ``files`` (globs).

    Globs are relative to ``base`` (the config file's folder), with ``/`` separators; ``**`` and
    ``*`` both cross folders (fnmatch). ``ignore`` adds to the general ignore list, ``select``
    replaces the general selection, ``severity`` entries win over the general ones.
    """

    files: list[str]
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    lang: str | None = None
    published: date | None = None
    published_source: str | None = None
    base: Path | None = None

    def matches(self, path: Path) -> bool:
        try:
            rel = path.resolve().relative_to(self.base.resolve()) if self.base else path
        except ValueError:
            return False
        posix = rel.as_posix()
        return any(fnmatch.fnmatchcase(posix, g) or fnmatch.fnmatchcase(posix, g.rstrip("*/"))
                   for g in self.files)


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
    morphology_db: str | None = None  # a CAMeL Tools morphology.db (else $CAMELTOOLS_DATA's)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # per-plugin settings
    path: Path | None = None  # the config file this came from, if any
    # where the publication date comes from when --published / `published = DATE` do not say:
    # "auto" (front matter or record, then a dateline), "front-matter", "dateline", "file-mtime"
    published_source: str = "auto"
    overrides: list[PathOverride] = field(default_factory=list)  # per-path sections, in order
    baseline: str | None = None  # a baseline file: report only findings not in it
    root: Path | None = None  # the repository root, for repository-relative paths
    origins: dict[str, str] = field(default_factory=dict)  # setting -> where its value came from

    def for_path(self, path: Path) -> Config:
        """This configuration with the per-path sections that match ``path`` applied."""
        config = self
        cli = {key for key, origin in self.origins.items() if origin == "command line"}
        for override in self.overrides:
            if not override.matches(path):
                continue
            config = replace(
                config,
                select=(list(override.select) if override.select is not None
                        and "select" not in cli else config.select),
                ignore=[*config.ignore, *override.ignore],
                severity={**config.severity, **override.severity},
                lang=config.lang if "lang" in cli else override.lang or config.lang,
                published=(config.published if "published" in cli
                           else override.published or config.published),
                published_source=override.published_source or config.published_source)
        return config

    def plugin_settings(self, name: str) -> dict[str, Any]:
        return self.settings.get(name, {})

    def rule_enabled(self, rule_id: str) -> bool:
        """Whether findings of ``rule_id`` are reported, by select / ignore (ids or categories)."""

        def matches(patterns: list[str]) -> bool:
            return any(rule_id == p or rule_id.startswith(p.rstrip(".") + ".") for p in patterns)

        if self.select and not matches(self.select):
            return False
        return not matches(self.ignore)
