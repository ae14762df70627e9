"""The attribution lexicon of one language: rules/lexicons/<lang>/attribution.yaml, ready to match.

The YAML is data a newsroom edits; this module reads it once per language (plus any extra files
the configuration names), normalizes every entry the way the text is normalized (CAMeL Tools for
Arabic, lower case for English) and exposes it as phrase groups, word sets, house rules and the
score ladder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck.errors import ConfigError

LEXICON_NAME = "attribution"

# Phrase groups the matcher knows, as (group name, path in the YAML).
PHRASE_GROUPS: tuple[tuple[str, str], ...] = (
    ("anonymous.phrase", "anonymous.phrases"),
    ("anonymous.back_reference", "anonymous.back_references"),
    ("inline_source", "inline_sources"),
    ("vague.metonym", "vague.metonyms"),
    ("passive", "passive.markers"),
    ("statement", "statement_phrases"),
    ("spokesperson", "spokesperson"),
    ("superlative", "checkable.superlative"),
    ("superlative.exception", "checkable.superlative_exceptions"),
    ("accusation", "checkable.accusation"),
    ("causal", "checkable.causal"),
    ("hedge", "checkable.hedges"),
    ("unit", "checkable.units"),
    ("magnitude", "checkable.magnitudes"),
)

# Single-word sets, as (set name, path in the YAML).
WORD_SETS: tuple[tuple[str, str], ...] = (
    ("anonymous.head", "anonymous.heads"),
    ("anonymous.quantifier", "anonymous.quantifiers"),
    ("anonymous.modifier", "anonymous.modifiers"),
    ("anonymous.witness", "anonymous.witnesses"),
    ("vague.collective", "vague.collectives"),
    ("vague.quantifier", "vague.quantifiers"),
    ("passive.voweled", "passive.voweled"),
    ("passive.source", "passive.source_words"),
    ("complementizer", "complementizers"),
    ("cue", "reporting_cues"),
    ("statement.noun", "statement_nouns"),
    ("denial", "denials"),
    ("role", "roles"),
    ("toll", "checkable.toll"),
    ("number", "checkable.number_words"),
)


@dataclass(frozen=True)
class Entry:
    """One lexicon phrase: its words in match form, as written, and what the YAML says of it."""

    words: tuple[str, ...]
    text: str
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass
class Lexicon:
    lang: str
    phrases: dict[str, list[Entry]]
    words: dict[str, frozenset[str]]
    loaded: dict[str, dict[str, Any]]  # a loaded verb's match form -> {lemma, reason}
    house: dict[str, Any]
    scores: dict[str, float]
    neutral_verb: str = ""

    def has(self, set_name: str, form: str) -> bool:
        return form in self.words.get(set_name, frozenset())


def norm_word(word: str, lang: str) -> str:
    """A lexicon word in the form tokens are matched on (token.norm_)."""
    if lang == "ar":
        from claimcheck.analyze.normalize import normalize_ar

        return normalize_ar(word)
    return word.lower()


def _entry(text: str, lang: str, data: dict[str, Any] | None = None) -> Entry:
    return Entry(tuple(norm_word(w, lang) for w in str(text).split()), str(text), data or {})


def _get(data: dict[str, Any], path: str) -> Any:
    node: Any = data
    for key in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Lists are appended, mappings merged key by key, scalars replaced."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + value
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _read_extra(path: str, lang: str) -> dict[str, Any]:
    """A newsroom's own lexicon file: one mapping, or one per language under "ar:" / "en:"."""
    import yaml

    try:
        with Path(path).open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"attribution lexicon {path!r} cannot be read: "
                          f"{' '.join(str(exc).split())}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"attribution lexicon {path!r} is not a YAML mapping")
    if lang in data and isinstance(data[lang], dict):
        return data[lang]
    if set(data) & {"ar", "en"}:
        return {}
    return data


def _gazetteer_metonyms(lang: str) -> list[str]:
    """Metonyms the extractor's source gazetteer marks (sources.yaml), when it has one."""
    from claimcheck.resources import lexicon

    try:
        data = lexicon(lang, "sources")
    except (OSError, ImportError):
        return []
    names: list[str] = []
    for entity in (data or {}).get("entities", []) or []:
        if isinstance(entity, dict) and entity.get("metonym"):
            names.append(str(entity.get("name", "")))
            names.extend(str(a) for a in entity.get("aliases", []) or [])
    return [n for n in names if n]


@cache
def load(lang: str, extra_files: tuple[str, ...] = (),
         house_overrides: tuple[tuple[str, Any], ...] = (),
         score_overrides: tuple[tuple[str, float], ...] = ()) -> Lexicon:
    """The lexicon of ``lang`` (cached), with extra files appended and house rules overridden."""
    from claimcheck.resources import lexicon

    try:
        data: dict[str, Any] = dict(lexicon(lang, LEXICON_NAME) or {})
    except FileNotFoundError:
        data = {}
    for path in extra_files:
        data = _merge(data, _read_extra(path, lang))
    metonyms = list(_get(data, "vague.metonyms") or []) + _gazetteer_metonyms(lang)
    data["vague"] = dict(data.get("vague") or {}, metonyms=metonyms)

    phrases = {group: [_entry(t, lang) for t in (_get(data, path) or []) if str(t).strip()]
               for group, path in PHRASE_GROUPS}
    reasons = []
    for item in _get(data, "anonymous.reasons") or []:
        for text in item.get("phrases", []) or []:
            reasons.append(_entry(text, lang, {"label": item.get("label", "")}))
    phrases["anonymous.reason"] = reasons
    # "responsible for" accuses only with an act after it: the lists are crossed here
    for head in _get(data, "checkable.responsible") or []:
        for obj in _get(data, "checkable.responsible_for") or []:
            phrases["accusation"].append(_entry(f"{head} {obj}", lang))

    words: dict[str, frozenset[str]] = {}
    for name, path in WORD_SETS:
        words[name] = frozenset(" ".join(_entry(t, lang).words) for t in _get(data, path) or [])
    loaded: dict[str, dict[str, Any]] = {}
    for item in data.get("loaded_verbs", []) or []:
        info = {"lemma": item.get("lemma", ""), "reason": item.get("reason", "")}
        for form in [item.get("lemma", ""), *(item.get("forms", []) or [])]:
            if form:
                loaded[norm_word(form, lang)] = info

    house = dict(data.get("house_rules") or {})
    house.update(dict(house_overrides))
    scores = {str(k): float(v) for k, v in (data.get("scores") or {}).items()}
    scores.update(dict(score_overrides))
    return Lexicon(lang=lang, phrases=phrases, words=words, loaded=loaded, house=house,
                   scores=scores, neutral_verb=str(data.get("neutral_verb", "")))


def for_config(lang: str, settings: dict[str, Any]) -> Lexicon:
    """The lexicon for ``lang`` under the plugin's settings (extra lexicon files, house rules)."""
    files = settings.get("lexicons", []) or []
    if isinstance(files, str):
        files = [files]
    overrides = settings.get("house_rules", {}) or {}
    scores = settings.get("scores", {}) or {}
    if not isinstance(overrides, dict) or not isinstance(scores, dict):
        raise ConfigError("claimcheck_attribution: house_rules and scores must be tables")
    try:
        score_items = tuple(sorted((str(k), float(v)) for k, v in scores.items()))
    except (TypeError, ValueError):
        raise ConfigError("claimcheck_attribution: every score must be a number") from None
    frozen = tuple(sorted((str(k), tuple(v) if isinstance(v, list) else v)
                          for k, v in overrides.items()))
    try:
        hash(frozen)
    except TypeError:
        raise ConfigError("claimcheck_attribution: a house rule is a string, number, boolean or "
                          "list of strings") from None
    return load(lang, tuple(str(f) for f in files), frozen, score_items)
