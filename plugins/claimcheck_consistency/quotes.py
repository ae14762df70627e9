"""consistency.quote-altered and consistency.quote-misattributed: one quotation given twice with
different words, or under two different speakers.

Quotations are the stretches between « », “ ”, ‹ › or straight double quotes, of four words or
more. Two are one quotation when their folded words are close (rapidfuzz ratio >= 80, lengths
within a quarter of each other) or when one holds the other whole and runs six words or more. A
quotation is not called misattributed when one speaker is named and the other described by a
title ("قال ترامب" and "قال الرئيس الأميركي" may be one man).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck_consistency.speakers import Speaker, claim_at, named, speaker_at
from claimcheck_consistency.words import per_analysis

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Finding

ALTERED = "consistency.quote-altered"
MISATTRIBUTED = "consistency.quote-misattributed"
QUOTE = re.compile(r"«([^«»]{3,1500})»|“([^“”]{3,1500})”|‹([^‹›]{3,1500})›|\"([^\"\n]{3,1500})\"")
WORD = re.compile(r"\w+")
SIMILAR = 80
MIN_WORDS = 4


@dataclass
class Quotation:
    start: int  # view offsets of the words inside the marks
    end: int
    words: list[str]  # folded
    speaker: Speaker | None
    claim: str | None

    @property
    def key(self) -> str:
        return " ".join(self.words)


@per_analysis("quotations")
def quotations(analysis: Analysis) -> list[Quotation]:
    from claimcheck_consistency.lexicon import fold

    out = []
    for m in QUOTE.finditer(analysis.text):
        g = next(k for k in range(1, 5) if m.group(k) is not None)
        start, end = m.start(g), m.end(g)
        inner = analysis.text[start:end]
        folded = [fold(w, analysis.lang) for w in WORD.findall(inner)]
        if len(folded) < MIN_WORDS:
            continue
        lead = len(inner) - len(inner.lstrip())
        trail = len(inner) - len(inner.rstrip())
        claim = claim_at(analysis, start, end)
        out.append(Quotation(start + lead, end - trail, folded, speaker_at(analysis, start, end),
                             claim.id if claim else None))
    return out


def same_quotation(a: Quotation, b: Quotation) -> tuple[bool, float]:
    """Whether two quotations are one, and how close their words are (0-100)."""
    from rapidfuzz.fuzz import ratio

    if a.key == b.key:
        return True, 100.0
    short, long_ = sorted((a, b), key=lambda q: len(q.words))
    if len(short.words) >= 6 and f" {short.key} " in f" {long_.key} ":
        return True, 100.0
    if len(short.key) < 0.75 * len(long_.key):
        return False, 0.0
    score = ratio(a.key, b.key)
    return score >= SIMILAR, score


def repeated_pairs(analysis: Analysis) -> list[tuple[Quotation, Quotation, float]]:
    qs = quotations(analysis)
    pairs = []
    for k, a in enumerate(qs):
        for b in qs[k + 1:]:
            same, score = same_quotation(a, b)
            if same:
                pairs.append((a, b, score))
    return pairs


def repeated_claims(analysis: Analysis) -> list[tuple[str, str]]:
    """Pairs of claim ids whose contents say the same thing in (nearly) the same words."""
    from rapidfuzz.fuzz import ratio

    from claimcheck_consistency.lexicon import fold

    keyed = []
    for claim in analysis.claims:
        folded = [fold(w, analysis.lang) for w in WORD.findall(claim.content.text)]
        if len(folded) >= 6:
            keyed.append((claim, " ".join(folded)))
    out = []
    for k, (a, ka) in enumerate(keyed):
        for b, kb in keyed[k + 1:]:
            if not a.content.overlaps(b.content) and ratio(ka, kb) >= 90:
                out.append((a.id, b.id))
    return out


def check(analysis: Analysis) -> list[Finding]:
    from claimcheck.model import Finding
    from claimcheck_consistency.words import where

    findings = []
    for a, b, score in repeated_pairs(analysis):
        sa, sb = analysis.span(a.start, a.end), analysis.span(b.start, b.end)
        claims = [c for c in (a.claim, b.claim) if c]
        altered = a.key != b.key and not (f" {a.key} " in f" {b.key} "
                                          or f" {b.key} " in f" {a.key} ")
        if altered:
            findings.append(Finding(
                rule=ALTERED, severity="warning", span=sb, related=[sa], claims=claims,
                message=(f"the quotation at line {_line(analysis, sb)} repeats the one at line "
                         f"{_line(analysis, sa)} with different words ({score:.0f}% alike)"),
                data={"similarity": round(score, 1), "first": sa.text, "second": sb.text}))
        # a pronoun's speaker is the extractor's guess: "In the statement, she said ..." repeats
        # the named speaker's words, and a guess that picked someone else is no misattribution
        guessed = bool(b.speaker and b.speaker.guessed) or bool(a.speaker and a.speaker.guessed)
        if b.speaker is not None and b.speaker.differs(a.speaker) and not guessed \
                and not _maybe_one_person(a.speaker, b.speaker, analysis.lang):
            related = [sa] + [s.span for s in (b.speaker, a.speaker) if s and s.span]
            findings.append(Finding(
                rule=MISATTRIBUTED, severity="warning", span=sb, related=related, claims=claims,
                message=(f"the same quotation is attributed to {where(analysis, b.speaker.span)} "
                         f"and to {where(analysis, a.speaker.span)}")
                if a.speaker and a.speaker.span and b.speaker.span else
                f"the same quotation is attributed to {b.speaker.name} and to "
                f"{a.speaker.name if a.speaker else '?'}",
                data={"speakers": [a.speaker.name if a.speaker else None, b.speaker.name],
                      "similarity": round(score, 1)}))
    return findings


def _maybe_one_person(a: Speaker, b: Speaker, lang: str) -> bool:
    """A name and a titled description may be one person ("ترامب" / "الرئيس الأميركي", "Smith" /
    "the union leader"), unless the name carries a title of its own that the description lacks
    ("رئيس اللجنة ... حسين الموسوي" / "المتحدث باسم المعارضة"). Two names are two people."""
    na, nb = named(a, lang), named(b, lang)
    if na == nb:
        return False
    name, description = (a, b) if na else (b, a)
    titles_d, titles_n = _titles_of(description, lang), _titles_of(name, lang)
    return bool(titles_d) and (not titles_n or bool(titles_d & titles_n))


def _titles_of(speaker: Speaker, lang: str) -> set[str]:
    from claimcheck_consistency.lexicon import load

    titles = {t[2:] if t.startswith("ال") else t for t in load(lang).titles}
    return {s for s in speaker.stems if s in titles or (s.startswith("ال") and s[2:] in titles)}


def _line(analysis: Analysis, span) -> int:
    return analysis.article.line_col(span.start)[0]
