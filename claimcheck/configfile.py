"""Finding and reading configuration files (claimcheck.toml, [tool.claimcheck] in pyproject.toml).

Discovery walks up from the checked file (or the working folder): in each folder ``claimcheck.toml``
or ``.claimcheck.toml`` (settings at the top level) wins over a ``pyproject.toml`` that has a
``[tool.claimcheck]`` table; the first folder with one wins (no merging, as in ruff). The walk stops
at the repository root (a folder holding ``.git``) or at the filesystem root. Paths in the file
(plugins, rule packs, baseline, per-path globs) are relative to the file's folder.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.config import Config, PathOverride
from claimcheck.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = ("claimcheck.toml", ".claimcheck.toml")
SEVERITIES = ("error", "warning", "info")
FAIL_LEVELS = ("error", "warning", "info", "never")
LANGS = ("auto", "ar", "en")
PUBLISHED_SOURCES = ("auto", "front-matter", "dateline", "file-mtime")
KEYS = ("lang", "published", "encoding", "fail_on", "select", "ignore", "severity", "plugins",
        "rule_packs", "spacy_models", "settings", "baseline", "overrides", "morphology_db")
OVERRIDE_KEYS = ("files", "select", "ignore", "severity", "lang", "published")


def repository_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``.git``, or None."""
    folder = start.resolve()
    folder = folder if folder.is_dir() else folder.parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The first config file walking up from ``start``, with its claimcheck table."""
    folder = start.resolve()
    folder = folder if folder.is_dir() else folder.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name, _read(candidate / name)
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            table = _read(pyproject).get("tool", {}).get("claimcheck")
            if table is not None:
                return pyproject, _table(pyproject, table)
        if (candidate / ".git").exists():
            break
    return None


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    """The configuration from ``explicit`` or found by walking up from ``start``; else defaults."""
    start = start if start is not None else Path.cwd()
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        data = _read(explicit)
        if explicit.name == "pyproject.toml":
            data = _table(explicit, data.get("tool", {}).get("claimcheck", {}))
        found: tuple[Path, dict[str, Any]] | None = (explicit, data)
    else:
        found = find_config(start)
    config = Config()
    config.root = repository_root(start if start.exists() else Path.cwd())
    if found is not None:
        path, data = found
        apply_table(config, data, path)
        config.path = path
        if config.root is None:
            config.root = path.parent.resolve()
    return config


def apply_table(config: Config, data: dict[str, Any], path: Path) -> None:
    """Set ``config``'s fields from one config table, validating every key (ConfigError)."""
    base = path.parent
    where = str(path)
    for raw_key, value in data.items():
        key = raw_key.replace("-", "_")
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key {raw_key!r} (known: "
                              f"{', '.join(k.replace('_', '-') for k in KEYS)})")
        if key == "lang":
            lang = _choice(where, raw_key, value, LANGS)
            config.lang = None if lang == "auto" else lang
        elif key == "published":
            config.published, source = _published(where, raw_key, value)
            config.published_source = source or config.published_source
        elif key == "encoding":
            config.encoding = _string(where, raw_key, value)
        elif key == "fail_on":
            config.fail_on = _choice(where, raw_key, value, FAIL_LEVELS)
        elif key in ("select", "ignore"):
            setattr(config, key, _strings(where, raw_key, value))
        elif key == "severity":
            config.severity = _severity(where, raw_key, value)
        elif key == "plugins":
            config.plugins = [str(base / p) for p in _strings(where, raw_key, value)]
        elif key == "rule_packs":  # a path, or the bare name of a built-in pack
            config.rule_packs = [p if _bare_name(p) and not (base / p).exists() else str(base / p)
                                 for p in _strings(where, raw_key, value)]
        elif key == "baseline":
            config.baseline = str(base / _string(where, raw_key, value))
        elif key == "morphology_db":
            config.morphology_db = str(base / Path(_string(where, raw_key, value)).expanduser())
        elif key in ("spacy_models", "settings"):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: {raw_key} must be a table")
            setattr(config, key, dict(value))
        elif key == "overrides":
            config.overrides = _overrides(where, value, base)
        config.origins[key] = where


def _bare_name(value: str) -> bool:
    return "/" not in value and "\\" not in value and not value.endswith((".yaml", ".yml"))


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from None


def _table(path: Path, table: Any) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.claimcheck] must be a table")
    return table


def _string(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key} must be a string, not {value!r}")
    return value


def _strings(where: str, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of strings, not {value!r}")
    return list(value)


def _choice(where: str, key: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ConfigError(f"{where}: {key} must be one of {', '.join(choices)}, not {value!r}")
    return value


def _severity(where: str, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key} must be a table of rule id = severity")
    for rule, sev in value.items():
        if sev not in SEVERITIES:
            raise ConfigError(f"{where}: {key}.{rule} must be one of {', '.join(SEVERITIES)}, "
                              f"not {sev!r}")
    return dict(value)


def _published(where: str, key: str, value: Any) -> tuple[date | None, str | None]:
    """A fixed date (TOML date or "YYYY-MM-DD") or a source name."""
    if isinstance(value, date):
        return value, None
    if isinstance(value, str):
        if value in PUBLISHED_SOURCES:
            return None, value
        try:
            return date.fromisoformat(value), None
        except ValueError:
            pass
    raise ConfigError(f"{where}: {key} must be a date (YYYY-MM-DD) or one of "
                      f"{', '.join(PUBLISHED_SOURCES)}, not {value!r}")


def _overrides(where: str, value: Any, base: Path) -> list[PathOverride]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{where}: overrides must be an array of tables ([[overrides]])")
    out = []
    for n, table in enumerate(value, 1):
        here = f"{where}: overrides #{n}"
        unknown = [k for k in table if k.replace("-", "_") not in OVERRIDE_KEYS]
        if unknown:
            raise ConfigError(f"{here}: unknown key {unknown[0]!r} (known: "
                              f"{', '.join(OVERRIDE_KEYS)})")
        if "files" not in table:
            raise ConfigError(f"{here}: needs files = [globs]")
        override = PathOverride(files=_strings(here, "files", table["files"]), base=base)
        if "select" in table:
            override.select = _strings(here, "select", table["select"])
        override.ignore = _strings(here, "ignore", table.get("ignore", []))
        override.severity = _severity(here, "severity", table.get("severity", {}))
        if "lang" in table:
            lang = _choice(here, "lang", table["lang"], LANGS)
            override.lang = None if lang == "auto" else lang
        if "published" in table:
            override.published, override.published_source = _published(
                here, "published", table["published"])
        out.append(override)
    return out
