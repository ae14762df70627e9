"""Claim conditions (``when`` / ``unless``): cue lemma, stance, source type or name, kind, content.

Every condition given must hold (AND); within one condition any listed value may match (OR).
Names and words are matched Arabic-aware (see claimcheck.rulepacks.phrases); cue lemmas are
compared on their normalized form, with the cue's proclitics stripped ("وقال" is the cue قال).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimcheck.model import Claim, Span
from claimcheck.rulepacks.saferegex import RegexProblem, SafeRegex

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.rulepacks.fields import Fields
    from claimcheck.rulepacks.phrases import PhraseIndex

KINDS = ("direct", "indirect", "mixed", "according_to", "unattributed")
SOURCE_TYPES = ("person", "organization", "government", "anonymous", "document", "self", "none")
STANCES = ("neutral", "assertive", "doubtful", "denial", "accusation")
KEYS = ("kind", "source_type", "stance", "cue", "source", "content", "content_regex")


@dataclass
class ClaimFilter:
    kinds: set[str] = field(default_factory=set)
    source_types: set[str] = field(default_factory=set)
    stances: set[str] = field(default_factory=set)
    cues: dict[str, list[str]] = field(default_factory=dict)
    sources: dict[str, list[str]] = field(default_factory=dict)
    content: dict[str, list[str]] = field(default_factory=dict)
    content_regex: list[str] = field(default_factory=list)  # checked on load, compiled on use
    _indexes: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)

    @classmethod
    def parse(cls, f: Fields, key: str) -> ClaimFilter | None:
        raw = f.get(key, None, dict)
        if raw is None:
            return None
        unknown = sorted(str(k) for k in raw if k not in KEYS)
        if unknown:
            f.fail(f"{key}: unknown condition {', '.join(unknown)} (use {', '.join(KEYS)})")
        if not raw:
            f.fail(f"{key}: give at least one condition ({', '.join(KEYS)})")

        def closed(name: str, allowed: tuple[str, ...]) -> set[str]:
            values = set(f.strings(f"{key}.{name}", raw[name])) if name in raw else set()
            bad = sorted(values - set(allowed))
            if bad:
                f.fail(f"{key}.{name}: unknown value {', '.join(map(repr, bad))} "
                       f"(use {', '.join(allowed)})")
            return values

        def words(name: str) -> dict[str, list[str]]:
            if name not in raw:
                return {}
            from claimcheck.rulepacks.phrases import lang_of

            out: dict[str, list[str]] = {}
            for word in f.strings(f"{key}.{name}", raw[name]):
                out.setdefault(lang_of(word), []).append(word)
            return out

        regexes = []
        if "content_regex" in raw:
            for source in f.strings(f"{key}.content_regex", raw["content_regex"]):
                try:
                    SafeRegex.compile(source, ignore_case=True)
                    regexes.append(source)
                except RegexProblem as exc:
                    f.fail(f"{key}.content_regex: {exc}")
        return cls(closed("kind", KINDS), closed("source_type", SOURCE_TYPES),
                   closed("stance", STANCES), words("cue"), words("source"), words("content"),
                   regexes)

    # -- matching --------------------------------------------------------------------------------

    def matches(self, claim: Claim, analysis: Analysis) -> bool:
        if self.kinds and claim.kind not in self.kinds:
            return False
        if self.source_types:
            stype = claim.source.type if claim.source else "none"
            if stype not in self.source_types:
                return False
        if self.stances and (claim.cue is None or claim.cue.stance not in self.stances):
            return False
        if self.cues and not self._cue_matches(claim, analysis.lang):
            return False
        if self.sources and not self._source_matches(claim, analysis):
            return False
        if self.content and not self._words_in(claim.content, "content", analysis):
            return False
        if self.content_regex:
            text = _normal(claim.content.text, analysis.lang)
            if not any(r.search(text) for r in self._regexes(analysis.lang)):
                return False
        return True

    def _regexes(self, lang: str) -> list[SafeRegex]:
        """The content regexes, normalized like the content they run on (Arabic: CAMeL)."""
        key = ("regex", lang)
        if key not in self._indexes:
            self._indexes[key] = [SafeRegex.compile(_normal(r, lang) if lang == "ar" else r,
                                                    ignore_case=True)
                                  for r in self.content_regex]
        return self._indexes[key]

    def _cue_matches(self, claim: Claim, lang: str) -> bool:
        if claim.cue is None:
            return False
        wanted = {_normal(w, lang) for w in self.cues.get(lang, [])}
        seen = {_normal(claim.cue.lemma, lang)}
        for word in claim.cue.span.text.split():
            seen.add(_normal(word, lang))
        if lang == "ar":
            from claimcheck.rulepacks.phrases import arabic_stems

            seen = {stem for s in seen for stem in arabic_stems(s)}
        return bool(wanted & seen) or _normal(claim.cue.span.text, lang) in wanted

    def _source_matches(self, claim: Claim, analysis: Analysis) -> bool:
        if claim.source is None:
            return False
        lang = analysis.lang
        wanted = {_normal(w, lang) for w in self.sources.get(lang, [])}
        if _normal(claim.source.name, lang) in wanted:
            return True
        return claim.source.span is not None and self._words_in(claim.source.span, "source",
                                                                analysis)

    def _words_in(self, span: Span, which: str, analysis: Analysis) -> bool:
        from claimcheck.rulepacks.base import doc_range

        index = self._index(which, analysis.lang)
        tokens = doc_range(analysis, span)
        if index is None or tokens is None:
            return False
        return next(iter(index.find(analysis.doc, *tokens)), None) is not None

    def _index(self, which: str, lang: str) -> PhraseIndex | None:
        key = (which, lang)
        if key not in self._indexes:
            from claimcheck.rulepacks.phrases import PhraseIndex

            entries = getattr(self, "sources" if which == "source" else which).get(lang, [])
            self._indexes[key] = PhraseIndex.build(lang, ((w, None) for w in entries)
                                                   ) if entries else None
        return self._indexes[key]


def _normal(text: str, lang: str) -> str:
    if lang == "ar":
        from claimcheck.analyze.normalize import normalize_ar

        return normalize_ar(text).strip()
    return text.lower().strip()
