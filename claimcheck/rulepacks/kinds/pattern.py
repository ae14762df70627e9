"""``kind: pattern``: spaCy Matcher token patterns, written as data.

Patterns are checked on load without spaCy (their shape, attribute names, operators, regexes), so
`rules list` stays fast; spaCy's own validator runs when the matcher is first built (every
`rules test` and `check` run) and its complaint becomes a one-line ConfigError. For Arabic rules,
the values of NORM are normalized like token.norm_, so a pattern may be written with hamzas.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from claimcheck.errors import ConfigError
from claimcheck.model import Finding
from claimcheck.rulepacks.base import PackRule
from claimcheck.rulepacks.saferegex import RegexProblem, check_static

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.rulepacks.fields import Fields

# spaCy's token attributes (spacy/schemas.py, TokenPattern), so a typo is caught without spaCy.
STRING_ATTRS = {"ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "POS", "TAG", "MORPH", "DEP",
                "ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID", "SHAPE", "PREFIX", "SUFFIX"}
NUMBER_ATTRS = {"LENGTH"}
BOOL_ATTRS = {"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
              "IS_SPACE", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
              "IS_CURRENCY", "IS_STOP", "IS_SENT_START", "SENT_START", "LIKE_NUM", "LIKE_URL",
              "LIKE_EMAIL", "SPACY"}
PREDICATES = {"IN", "NOT_IN", "IS_SUBSET", "IS_SUPERSET", "INTERSECTS", "REGEX", "FUZZY", "==",
              "!=", ">=", "<=", ">", "<"}
OPS = {"!", "?", "+", "*"}


@dataclass
class PatternRule(PackRule):
    patterns: dict[str, list[list[dict[str, Any]]]] = field(default_factory=dict)
    _matchers: dict[int, Any] = field(default_factory=dict, repr=False)

    KIND: ClassVar[str] = "pattern"
    SUMMARY: ClassVar[str] = "spaCy Matcher token patterns (NORM, LOWER, IN, REGEX, OP...)"

    @classmethod
    def parse(cls, f: Fields, common: dict[str, Any]) -> PatternRule:
        raw = f.require("patterns", (list, dict))
        if isinstance(raw, list):
            by_lang = {lang: raw for lang in f.pack_langs} if len(f.pack_langs) == 1 else None
            if by_lang is None:
                f.fail("patterns: say which language, as patterns: {ar: [...], en: [...]}")
        else:
            by_lang = raw
        patterns: dict[str, list[list[dict[str, Any]]]] = {}
        for lang, items in by_lang.items():
            if lang not in ("ar", "en"):
                f.fail(f"patterns: unknown language {lang!r}")
            if not isinstance(items, list) or not items:
                f.fail(f"patterns.{lang} must be a non-empty list of patterns")
            for n, pattern in enumerate(items, 1):
                problem = pattern_problem(pattern)
                if problem:
                    f.fail(f"pattern {n} ({lang}): {problem}")
            patterns[lang] = [[dict(tok) for tok in p] for p in items]
        return cls(**common, langs=tuple(sorted(patterns)), patterns=patterns)

    def compile(self) -> None:
        from claimcheck.analyze.build import pipeline

        for lang in self.patterns:
            self._matcher(pipeline(lang).vocab, lang)

    def _matcher(self, vocab, lang: str):
        key = (id(vocab), lang)
        if key not in self._matchers:
            from spacy.matcher import Matcher

            matcher = Matcher(vocab, validate=True)
            patterns = [[_normalize_token(t, lang) for t in p] for p in self.patterns[lang]]
            try:
                matcher.add(self.id, patterns)
            except Exception as exc:  # spaCy raises ValueError / MatchPatternError
                detail = " ".join(str(exc).split())
                raise ConfigError(f"{self.origin}: rule {self.id}: spaCy rejects a pattern: "
                                  f"{detail[:300]}") from None
            self._matchers[key] = matcher
        return self._matchers[key]

    def check(self, analysis: Analysis) -> Iterable[Finding]:
        doc = analysis.doc
        matcher = self._matcher(doc.vocab, analysis.lang)
        spans = []
        for piece in _longest(matcher(doc, as_spans=True)):
            span = analysis.span(piece)
            spans.append((span, {"match": span.text}))
        return self.span_findings(analysis, spans)


def _longest(spans) -> list:
    """Overlapping matches reduced to the longest, leftmost first (spaCy's filter_spans)."""
    from spacy.util import filter_spans

    return filter_spans(spans)


def _normalize_token(token: dict[str, Any], lang: str) -> dict[str, Any]:
    if lang != "ar" or "NORM" not in token:
        return token
    from claimcheck.analyze.normalize import normalize_ar

    value = token["NORM"]
    out = dict(token)
    if isinstance(value, str):
        out["NORM"] = normalize_ar(value)
    elif isinstance(value, dict):
        out["NORM"] = {k: ([normalize_ar(v) for v in vals] if k in {"IN", "NOT_IN"} and
                           isinstance(vals, list) else vals) for k, vals in value.items()}
    return out


def pattern_problem(pattern: Any) -> str | None:
    """What is wrong with one Matcher pattern, judged without spaCy; None when it looks right."""
    if not isinstance(pattern, list) or not pattern:
        return "a pattern is a non-empty list of token mappings"
    for i, token in enumerate(pattern, 1):
        if not isinstance(token, dict):
            return f"token {i} is not a mapping"
        for key, value in token.items():
            where = f"token {i}, {key}"
            if key == "OP":
                if value not in OPS and not _is_range_op(value):
                    return f"{where}: unknown operator {value!r} (use !, ?, +, * or {{n,m}})"
            elif key == "_":
                if not isinstance(value, dict):
                    return f"{where}: custom attributes go in a mapping"
            elif key in BOOL_ATTRS:
                if not isinstance(value, bool):
                    return f"{where}: must be true or false"
            elif key in STRING_ATTRS or key in NUMBER_ATTRS:
                problem = _value_problem(value, key in NUMBER_ATTRS)
                if problem:
                    return f"{where}: {problem}"
            else:
                return f"token {i}: unknown attribute {key!r}"
    return None


def _value_problem(value: Any, number: bool) -> str | None:
    scalar = (int,) if number else (str,)
    if isinstance(value, scalar) and not isinstance(value, bool):
        return None
    if not isinstance(value, dict):
        return f"must be {'a number' if number else 'text'} or a mapping of predicates"
    for pred, arg in value.items():
        if pred not in PREDICATES:
            return f"unknown predicate {pred!r} (use {', '.join(sorted(PREDICATES))})"
        if pred in {"IN", "NOT_IN", "IS_SUBSET", "IS_SUPERSET", "INTERSECTS"} and not isinstance(
                arg, list):
            return f"{pred} takes a list"
        if pred in {"==", "!=", ">=", "<=", ">", "<"} and (
                not isinstance(arg, int | float) or isinstance(arg, bool)):
            return f"{pred} takes a number, not {arg!r}"
        if pred == "REGEX":
            if not isinstance(arg, str):
                return "REGEX takes text"
            import re

            try:
                re.compile(arg)
                check_static(arg)
            except re.error as exc:
                return f"regex {arg!r} does not compile: {exc}"
            except RegexProblem as exc:
                return f"regex {arg!r}: {exc}"
    return None


def _is_range_op(value: Any) -> bool:
    import re

    return isinstance(value, str) and re.fullmatch(r"\{\d*(,\d*)?\}", value) is not None
