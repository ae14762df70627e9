"""Where the headline is, and consistency.headline-unsupported: headline names and numbers that
the body does not support.

The headline is ``Article.title_span`` when the loader found one, else the front-matter title, else
the article's first paragraph (and a second, the standfirst) when it reads as a headline: short,
with no full stop at its end, before a longer body.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck_consistency.words import Word, lexicon, words, zipf

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Finding

RULE = "consistency.headline-unsupported"
HEADLINE_END = (".", "!", "؟", "?", ":", "،", ",", "»", "”", '"')
MAX_HEADLINE_WORDS = 25


@dataclass
class Headline:
    start: int  # view offsets of the headline block (first line, and a standfirst)
    end: int

    def holds(self, view_offset: int) -> bool:
        return self.start <= view_offset < self.end


def _looks_like_headline(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= MAX_HEADLINE_WORDS and not text.endswith(
        HEADLINE_END)


def headline(analysis: Analysis) -> Headline | None:
    """The headline block in view coordinates, or None (cached per analysis)."""
    store = analysis.data.setdefault("claimcheck_consistency", {})
    if "headline" in store:
        return store["headline"]
    found = None
    article = analysis.article
    paras = analysis.paragraphs
    if article.title_span is not None:
        found_range = analysis.view_offsets(article.title_span)
        if found_range:
            found = Headline(*found_range)
    if found is None and paras and len(paras) >= 3:
        first = paras[0]
        title = (article.title or "").strip()
        if (title and first.text.strip() == title) or (not title and
                                                       _looks_like_headline(first.text)):
            end = first.end_char
            second = paras[1]
            if not title and _looks_like_headline(second.text) and len(paras) >= 4:
                end = second.end_char  # a standfirst under the headline
            found = Headline(first.start_char, end)
    store["headline"] = found
    return found


def _body_words(analysis: Analysis, hl: Headline) -> list[Word]:
    return [w for w in words(analysis) if not hl.holds(w.start)]


def _name_words(analysis: Analysis, hl: Headline) -> list[Word]:
    """Headline words that name someone or somewhere: the name-variant candidates that also
    stand as names in the body's claims or gazetteer mentions, or capitalised English words."""
    lex = lexicon(analysis)
    ws = [w for w in words(analysis) if hl.holds(w.start) and w.alpha]
    if lex.lang == "ar":
        known = {m.span.text for m in analysis.mentions}
        known |= {c.source.span.text for c in analysis.claims if c.source and c.source.span}
        from claimcheck_consistency.lexicon import fold

        known_folded = {fold(k, "ar") for k in known}
        known_words = {part for k in known_folded for part in k.split()}
        return [w for w in ws if w.stem in known_words or w.norm in known_words
                or w.stem in lex.variants]
    return [w for w in ws if w.text[:1].isupper() and not w.sent_start
            and zipf(w.stem, "en") < 3.5 and w.stem not in lex.not_names]


def check(analysis: Analysis) -> list[Finding]:
    from claimcheck.model import Finding
    from claimcheck_consistency.names import variant_groups
    from claimcheck_consistency.numbers import quantities
    from claimcheck_consistency.words import span, where

    hl = headline(analysis)
    if hl is None:
        return []
    findings: list[Finding] = []
    body = _body_words(analysis, hl)
    if not body:
        return []
    body_stems = {w.stem for w in body} | {w.norm for w in body}
    variant_of = {f.stem for g in variant_groups(analysis) for f in g}  # name-variant reports them
    for w in _name_words(analysis, hl):
        if w.stem in body_stems or w.stem in variant_of:
            continue
        if any(b.stem.startswith(w.stem[:5]) for b in body if len(w.stem) >= 5):
            continue  # "Russian" in the body supports "Russia" in the headline
        s = span(analysis, w)
        findings.append(Finding(
            rule=RULE, severity="warning", span=s,
            message=f"the headline names {where(analysis, s)} but the body never does",
            data={"kind": "name", "headline": s.text}))
    qs = quantities(analysis)
    body_q = [q for q in qs if not hl.holds(q.start)]
    body_values = {q.value for q in body_q}
    for q in qs:
        if not hl.holds(q.start) or q.value in body_values:
            continue
        if any(b.noun == q.noun for b in body_q):
            continue  # the same noun with another value: consistency.number-mismatch says so
        s = analysis.span(q.start, q.end)
        findings.append(Finding(
            rule=RULE, severity="warning", span=s,
            message=f"the headline's {s.text} {q.noun_text} (line "
                    f"{analysis.article.line_col(s.start)[0]}) is not stated in the body",
            data={"kind": "number", "value": q.value, "noun": q.noun}))
    return findings
