"""`claimcheck config show [PATH]`: the effective configuration (TOML), where each part came from.

The output is valid TOML that could be saved as claimcheck.toml; each setting carries a comment
naming its origin ("default", the config file, "command line"). With a PATH, the per-path sections
that match it are applied too, so a user sees what that file is checked with.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.config import Config

SHOWN = ("lang", "published", "encoding", "fail_on", "select", "ignore", "plugins", "rule_packs",
         "baseline")
TABLES = ("severity", "spacy_models")


def _value(value: Any) -> str:
    """One TOML value (strings, numbers, booleans, dates, arrays, inline tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a TOML basic string


def _key(key: str) -> str:
    bare = key.replace("-", "").replace("_", "").isalnum() and key.isascii()
    return key if bare else json.dumps(key, ensure_ascii=False)


def _published(config: Config) -> Any:
    return config.published if config.published is not None else config.published_source


def render(config: Config) -> str:
    origin = config.origins
    lines = ["# claimcheck: effective configuration (command line > config file > defaults)",
             f"# config file: {config.path or 'none found'}",
             f"# repository root: {config.root or 'unknown'}"
             + (f" ({origin['root']})" if "root" in origin else ""), ""]
    defaults = Config()
    for name in SHOWN:
        value = _published(config) if name == "published" else getattr(config, name)
        if name == "lang" and value is None:
            value = "auto"
        if value is None:
            lines.append(f"# {name.replace('_', '-')}: not set")
            continue
        where = origin.get(name, "default")
        if name == "published" and "published" not in origin:
            where = "default" if _published(defaults) == value else where
        lines.append(f"{name.replace('_', '-')} = {_value(value)}  # {where}")
    for name in TABLES:
        lines += ["", f"[{name.replace('_', '-')}]  # {origin.get(name, 'default')}"]
        lines += [f"{_key(k)} = {_value(v)}" for k, v in getattr(config, name).items()]
    for plugin, settings in config.settings.items():
        lines += ["", f"[settings.{_key(plugin)}]  # {origin.get('settings', 'default')}"]
        lines += [f"{_key(k)} = {_value(v)}" for k, v in settings.items()]
    for n, override in enumerate(config.overrides, 1):
        lines += ["", f"[[overrides]]  # #{n}, {origin.get('overrides', 'default')}"
                      f"; globs relative to {override.base}"]
        lines.append(f"files = {_value(override.files)}")
        if override.select is not None:
            lines.append(f"select = {_value(override.select)}")
        if override.ignore:
            lines.append(f"ignore = {_value(override.ignore)}")
        if override.lang:
            lines.append(f"lang = {_value(override.lang)}")
        if override.published or override.published_source:
            lines.append(f"published = {_value(override.published or override.published_source)}")
        if override.severity:
            lines.append(f"severity = {_value(override.severity)}")
    return "\n".join(lines) + "\n"


def show_config(config: Config, paths: list[str]) -> int:
    if not paths:
        print(render(config), end="")
        return 0
    for path in paths:
        effective = config.for_path(Path(path))
        matched = [o for o in config.overrides if o.matches(Path(path))]
        effective.origins = dict(config.origins)
        for key in ("select", "ignore", "severity", "lang", "published"):
            if any(getattr(o, key) for o in matched):
                effective.origins[key] = f"{effective.origins.get(key, 'default')} + overrides"
        print(f"# as applied to {path} ({len(matched)} per-path section(s) match)")
        print(render(effective), end="")
    return 0


