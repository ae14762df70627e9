"""The module's settings checked at start-up: a misspelt house rule is a config error, not a no-op.

``[tool.claimcheck.settings.claimcheck_attribution]`` may hold ``lexicons`` (extra YAML files),
``house_rules`` and ``scores``. The house rules and score grades a newsroom may set are the ones
the shipped lexicons define (rules/lexicons/<lang>/attribution.yaml), so the YAML stays the one
place that names them; a value must have the type of the shipped default (true/false for a flag,
a number for a threshold, a list of grades for ``two_sources_for``), and a score lies in [0, 1].
"""

from __future__ import annotations

from typing import Any

from claimcheck.errors import ConfigError

PLUGIN = "claimcheck_attribution"
KEYS = ("lexicons", "house_rules", "scores")
LANGS = ("ar", "en")
GRADE_LISTS = {"two_sources_for"}  # house rules whose items are grades (keys of "scores")


def validate(settings: dict[str, Any]) -> None:
    """Raise ConfigError (one line) for an unknown key or a value of the wrong kind."""
    where = f"settings.{PLUGIN}"
    unknown = sorted(set(settings) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    defaults, grades = _shipped()
    house = settings.get("house_rules") or {}
    scores = settings.get("scores") or {}
    if not isinstance(house, dict) or not isinstance(scores, dict):
        raise ConfigError(f"{where}: house_rules and scores must be tables")
    for key, value in house.items():
        _check_rule(f"{where}.house_rules", str(key), value, defaults, grades)
    for key, value in scores.items():
        if key not in grades:
            raise ConfigError(f"{where}.scores: unknown grade {key!r} (known: "
                              f"{', '.join(sorted(grades))})")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ConfigError(f"{where}.scores.{key}: must be a number from 0 to 1, "
                              f"not {value!r}")
    _check_lexicons(where, settings.get("lexicons"))


def _check_rule(where: str, key: str, value: Any, defaults: dict[str, Any],
                grades: set[str]) -> None:
    if key not in defaults:
        raise ConfigError(f"{where}: unknown house rule {key!r} (known: "
                          f"{', '.join(sorted(defaults))})")
    default = defaults[key]
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}.{key}: must be true or false, not {value!r}")
    elif isinstance(default, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}.{key}: must be a number, not {value!r}")
    elif isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}.{key}: must be a list of names, not {value!r}")
        if key in GRADE_LISTS:
            wrong = [v for v in value if v not in grades]
            if wrong:
                raise ConfigError(f"{where}.{key}: unknown grade {wrong[0]!r} (known: "
                                  f"{', '.join(sorted(grades))})")


def _check_lexicons(where: str, files: Any) -> None:
    """Every extra lexicon file is a readable YAML mapping (read now, not at the first article)."""
    from claimcheck_attribution.lexicon import _read_extra

    if files is None:
        return
    if isinstance(files, str):
        files = [files]
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise ConfigError(f"{where}.lexicons: must be a file name or a list of file names")
    for path in files:
        for lang in LANGS:
            _read_extra(path, lang)


def _shipped() -> tuple[dict[str, Any], set[str]]:
    """The house rules (name -> default) and score grades of the shipped lexicons."""
    from claimcheck.resources import lexicon
    from claimcheck_attribution.sources import DEFAULT_SCORES

    defaults: dict[str, Any] = {}
    grades = set(DEFAULT_SCORES)
    for lang in LANGS:
        try:
            data = lexicon(lang, "attribution") or {}
        except FileNotFoundError:
            continue
        defaults.update(data.get("house_rules") or {})
        grades.update(data.get("scores") or {})
    return defaults, grades
