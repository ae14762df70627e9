"""``kind: sources``: a newsroom's list of named sources, each with a tier or a note.

Flags every claim whose source names a listed outlet or body (by its name or an alias, matched
Arabic-aware), e.g. state media that must be attributed as such. With ``scope: text`` it flags every
mention in the text, attributed or not. The message gets {name}, {tier}, {note} and {match}.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from claimcheck.model import Finding
from claimcheck.rulepacks.base import PackRule, doc_range
from claimcheck.rulepacks.phrases import lang_of

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.rulepacks.fields import Fields


@dataclass
class Listed:
    name: str
    aliases: list[str]
    tier: str = ""
    note: str = ""


@dataclass
class SourceListRule(PackRule):
    sources: list[Listed] = field(default_factory=list)
    scope: str = "claims"
    _indexes: dict[str, Any] = field(default_factory=dict, repr=False)

    KIND: ClassVar[str] = "sources"
    ALIASES: ClassVar[tuple[str, ...]] = ("source-list",)
    SUMMARY: ClassVar[str] = "named sources with a credibility tier or note; flags their claims"
    PLACEHOLDERS: ClassVar[tuple[str, ...]] = ("match", "name", "tier", "note")
    DEFAULT_MESSAGE: ClassVar[str] = "source '{match}' is on the list ({tier}): {note}"

    @classmethod
    def parse(cls, f: Fields, common: dict[str, Any]) -> SourceListRule:
        listed = []
        for item in f.require("sources", list):
            if not isinstance(item, dict) or not item.get("name"):
                f.fail("sources: each source is a mapping with at least 'name'")
            extra = sorted(set(item) - {"name", "aliases", "tier", "note"})
            if extra:
                f.fail(f"sources: unknown key {', '.join(extra)} (use name, aliases, tier, note)")
            aliases = f.strings("sources.aliases", item["aliases"]) if item.get("aliases") else []
            listed.append(Listed(str(item["name"]), aliases, str(item.get("tier") or ""),
                                 str(item.get("note") or "")))
        scope = f.get("scope", "claims", str)
        if scope not in ("claims", "text"):
            f.fail(f"scope must be 'claims' or 'text', not {scope!r}")
        langs = sorted({lang_of(w) for s in listed for w in (s.name, *s.aliases)})
        return cls(**common, langs=tuple(langs), sources=listed, scope=scope)

    def _index(self, lang: str):
        if lang not in self._indexes:
            from claimcheck.rulepacks.phrases import PhraseIndex

            entries = [(w, s) for s in self.sources for w in (s.name, *s.aliases)
                       if lang_of(w) == lang]
            self._indexes[lang] = PhraseIndex.build(lang, entries)
        return self._indexes[lang]

    def check(self, analysis: Analysis) -> Iterable[Finding]:
        index = self._index(analysis.lang)
        doc = analysis.doc
        if self.scope == "text":
            spans = []
            for hit in index.find(doc):
                span = analysis.span(hit.char_start, hit.char_end)
                spans.append((span, self._values(span.text, hit.value)))
            return self.span_findings(analysis, spans)
        out = []
        for claim in analysis.claims:
            if claim.source is None or claim.source.span is None or not self.claim_ok(
                    claim, analysis):
                continue
            tokens = doc_range(analysis, claim.source.span)
            hit = next(iter(index.find(doc, *tokens)), None) if tokens else None
            if hit is None:
                continue
            span = analysis.span(hit.char_start, hit.char_end)
            out.append(self.finding(span, [claim], **self._values(span.text, hit.value)))
        return out

    @staticmethod
    def _values(match: str, listed: Listed) -> dict[str, Any]:
        return {"match": match, "name": listed.name, "tier": listed.tier, "note": listed.note}
