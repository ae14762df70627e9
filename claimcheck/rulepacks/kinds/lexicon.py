"""``kind: lexicon`` (alias ``existence``): flag words, phrases or regexes wherever they appear.

Words match Arabic-aware (proclitics, hamza and alef variants, diacritics, tatweel: see
claimcheck.rulepacks.phrases). Regexes match the normalized text (Arabic: CAMeL-normalized; the
pattern is normalized the same way), case-insensitively, on a time budget.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from claimcheck.model import Finding, Span
from claimcheck.rulepacks.base import PackRule
from claimcheck.rulepacks.saferegex import RegexProblem, SafeRegex

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.rulepacks.fields import Fields


@dataclass
class LexiconRule(PackRule):
    words: dict[str, list[str]] = field(default_factory=dict)
    regexes: dict[str, list[str]] = field(default_factory=dict)
    clitics: bool = True
    _indexes: dict[str, Any] = field(default_factory=dict, repr=False)

    KIND: ClassVar[str] = "lexicon"
    ALIASES: ClassVar[tuple[str, ...]] = ("existence",)
    SUMMARY: ClassVar[str] = "flag words, phrases or regexes wherever they appear"
    DEFAULT_MESSAGE: ClassVar[str] = "'{match}' is on the house list"

    @classmethod
    def parse(cls, f: Fields, common: dict[str, Any]) -> LexiconRule:
        words = {lang: f.strings("words", items)
                 for lang, items in f.per_lang("words", required=False).items()}
        raw_regex = f.per_lang("regex", required=False)
        if not words and not raw_regex:
            f.fail("missing field 'words' (or 'regex')")
        regexes: dict[str, list[str]] = {}
        for lang, sources in raw_regex.items():
            for source in f.strings("regex", sources):
                try:
                    SafeRegex.compile(source)  # refuse it now, with the pack's line
                except RegexProblem as exc:
                    f.fail(str(exc))
                regexes.setdefault(lang, []).append(source)
        clitics = f.get("clitics", True, bool)
        langs = tuple(sorted(set(words) | set(regexes)))
        return cls(**common, langs=langs, words=words, regexes=regexes, clitics=clitics)

    def _index(self, lang: str):
        if lang not in self._indexes:
            from claimcheck.rulepacks.phrases import PhraseIndex

            self._indexes[lang] = PhraseIndex.build(
                lang, ((w, None) for w in self.words.get(lang, [])), self.clitics)
        return self._indexes[lang]

    def _compiled(self, lang: str) -> list[SafeRegex]:
        key = f"regex:{lang}"
        if key not in self._indexes:
            sources = self.regexes.get(lang, [])
            if lang == "ar":
                from claimcheck.analyze.normalize import normalize_ar

                sources = [normalize_ar(s) for s in sources]
            self._indexes[key] = [SafeRegex.compile(s, ignore_case=True) for s in sources]
        return self._indexes[key]

    def check(self, analysis: Analysis) -> Iterable[Finding]:
        return self.span_findings(analysis, self.matches(analysis))

    def matches(self, analysis: Analysis) -> list[tuple[Span, dict[str, Any]]]:
        out = []
        doc = analysis.doc
        if self.words.get(analysis.lang):
            for hit in self._index(analysis.lang).find(doc):
                span = analysis.span(hit.char_start, hit.char_end)
                out.append((span, {"match": span.text, "entry": hit.entry}))
        out.extend(regex_matches(analysis, self._compiled(analysis.lang)))
        return out


def regex_matches(analysis: Analysis, regexes: list[SafeRegex]
                  ) -> list[tuple[Span, dict[str, Any]]]:
    """Regex hits on the analysed text (Arabic: its normalized view), as article spans."""
    if not regexes:
        return []
    out = []
    if analysis.lang == "ar":
        view = analysis.data.setdefault("claimcheck.rulepacks", {}).get("normalized")
        if view is None:
            from claimcheck.analyze.normalize import normalized_view

            view = normalized_view(analysis.view)
            analysis.data["claimcheck.rulepacks"]["normalized"] = view
        for regex in regexes:
            for a, b in regex.finditer(view.text):
                span = analysis.article.span(*view.origin_offsets(a, b))
                out.append((span, {"match": span.text}))
    else:
        for regex in regexes:
            for a, b in regex.finditer(analysis.text):
                span = analysis.span(a, b)
                out.append((span, {"match": span.text}))
    return out
