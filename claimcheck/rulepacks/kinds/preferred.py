"""``kind: preferred`` (alias ``substitution``): use X, not Y; a house style for names and titles.

Each form gives the spelling to use and the ones to avoid; an avoided form that stands inside the
preferred one ("Assad" inside "Bashar al-Assad") is not flagged. The message gets {suggestion}.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from claimcheck.model import Finding
from claimcheck.rulepacks.base import PackRule
from claimcheck.rulepacks.phrases import lang_of

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.rulepacks.fields import Fields


@dataclass
class PreferredRule(PackRule):
    # language -> [(the form to use, the forms to avoid)]
    forms: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)
    clitics: bool = True
    _indexes: dict[str, Any] = field(default_factory=dict, repr=False)

    KIND: ClassVar[str] = "preferred"
    ALIASES: ClassVar[tuple[str, ...]] = ("substitution",)
    SUMMARY: ClassVar[str] = "use X, not Y: the house spelling of names and titles"
    PLACEHOLDERS: ClassVar[tuple[str, ...]] = ("match", "suggestion")
    DEFAULT_MESSAGE: ClassVar[str] = "use '{suggestion}', not '{match}'"

    @classmethod
    def parse(cls, f: Fields, common: dict[str, Any]) -> PreferredRule:
        raw = f.require("forms", list)
        forms: dict[str, list[tuple[str, list[str]]]] = {}
        for item in raw:
            if not isinstance(item, dict) or "use" not in item or "not" not in item:
                f.fail("forms: each form is a mapping with 'use' and 'not'")
            extra = sorted(set(item) - {"use", "not", "lang"})
            if extra:
                f.fail(f"forms: unknown key {', '.join(extra)} (use: X, not: [Y, ...])")
            use = str(item["use"])
            nots = f.strings("forms.not", item["not"])
            lang = item.get("lang") or lang_of(use)
            forms.setdefault(lang, []).append((use, nots))
        return cls(**common, langs=tuple(sorted(forms)), forms=forms,
                   clitics=f.get("clitics", True, bool))

    def _index(self, lang: str):
        if lang not in self._indexes:
            from claimcheck.rulepacks.phrases import PhraseIndex

            pairs = self.forms.get(lang, [])
            self._indexes[lang] = (
                PhraseIndex.build(lang, ((bad, use) for use, nots in pairs for bad in nots),
                                  self.clitics),
                PhraseIndex.build(lang, ((use, use) for use, _ in pairs), self.clitics))
        return self._indexes[lang]

    def check(self, analysis: Analysis) -> Iterable[Finding]:
        avoid, prefer = self._index(analysis.lang)
        doc = analysis.doc
        good = [(h.start, h.end) for h in prefer.find(doc)]
        hits = []
        for hit in avoid.find(doc):
            if any(a <= hit.start and hit.end <= b for a, b in good):
                continue
            span = analysis.span(hit.char_start, hit.char_end)
            hits.append((span, {"match": span.text, "suggestion": hit.value}))
        return self.span_findings(analysis, hits)
