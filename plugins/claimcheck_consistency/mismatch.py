"""consistency.number-mismatch: one count stated with two values in the same article.

Two numbers are about the same thing when they count the same noun (or nouns of one group in the
lexicon: قتيل/قتلى، dead/killed) and name the same event, or neither names one (events.py: "مقتل
12 شخصاً" and "الجرحى 40 شخصاً" are the killed and the wounded, two counts). A mismatch is
reported when exactly two exact values are given for a noun, in different sentences, and one of
them is the odd one out: it stands against a value stated at least twice, or the headline and the
body disagree. Estimates ("نحو 300", "about 300") are left alone, and so are two values in one
sentence (a list, a breakdown) and single mentions of two values in the body, unless the words
around them say the same thing ("15 people are still missing" / "22 people are still missing"):
otherwise they are as often two different counts as one count misstated.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from claimcheck_consistency.headline import headline
from claimcheck_consistency.numbers import Quantity, quantities

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Finding

RULE = "consistency.number-mismatch"


def check(analysis: Analysis) -> list[Finding]:
    from claimcheck.model import Finding
    from claimcheck_consistency.words import where

    hl = headline(analysis)
    by_noun: dict[tuple[str, str | None], list[Quantity]] = defaultdict(list)
    for q in quantities(analysis):
        if not q.approx:
            by_noun[q.key].append(q)
    findings: list[Finding] = []
    for (noun, event), group in by_noun.items():
        by_value: dict[float, list[Quantity]] = defaultdict(list)
        for q in group:
            by_value[q.value].append(q)
        if len(by_value) != 2:
            continue
        (_va, qa), (_vb, qb) = sorted(by_value.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if {q.sent for q in qa} & {q.sent for q in qb}:
            continue  # both values in one sentence: two counts, not one misstated
        body_a = [q for q in qa if not (hl and hl.holds(q.start))]
        body_b = [q for q in qb if not (hl and hl.holds(q.start))]
        if body_a and not body_b:
            odd, usual = qb, qa  # stated only in the headline, against the body
        elif body_b and not body_a:
            odd, usual = qa, qb
        elif len(qa) >= 2 and len(qb) == 1 and any(_related_context(analysis, qb[0], q)
                                                  for q in qa):
            odd, usual = qb, qa
        elif len(qa) == len(qb) == 1 and _same_context(analysis, qa[0], qb[0]):
            odd, usual = sorted((qa, qb), key=lambda g: -g[0].start)
        else:
            continue
        spans = [analysis.span(q.start, q.end) for q in odd]
        usual_spans = [analysis.span(q.start, q.end) for q in usual]
        first, other = spans[0], usual_spans[0]
        found_v, usual_v = odd[0].display, usual[0].display
        findings.append(Finding(
            rule=RULE, severity="warning", span=first, related=spans[1:] + usual_spans,
            message=(f"{where(analysis, first)} {odd[0].noun_text} and {where(analysis, other)} "
                     f"{usual[0].noun_text} give two values for the same count "
                     f"({found_v} against {usual_v}, stated {len(usual)}×)"),
            data={"noun": noun, "event": event, "found": odd[0].value, "expected": usual[0].value,
                  "values": {found_v: len(odd), usual_v: len(usual)}}))
    return findings


WINDOW = 5


def _context(analysis: Analysis, q: Quantity) -> set[str]:
    """The content words just before the number and just after its noun, in its sentence."""
    from claimcheck_consistency.names import _stop_words
    from claimcheck_consistency.words import lexicon, words

    lex = lexicon(analysis)
    stops = _stop_words(lex.lang) | lex.approximators | set(lex.number_words) | set(lex.scales)
    ws = words(analysis)

    def content(w) -> bool:
        return (w.sent == q.sent and w.alpha and len(w.stem) > 2 and w.stem not in stops
                and w.norm not in stops)

    before = [w for w in ws[max(0, q.first - 4 * WINDOW):q.first] if content(w)][-WINDOW:]
    after = [w for w in ws[q.last + 2:q.last + 2 + 4 * WINDOW] if content(w)][:WINDOW]
    return {w.stem for w in before + after}


def _same_context(analysis: Analysis, a: Quantity, b: Quantity) -> bool:
    """The same words around both numbers, and no name beside one that the other lacks
    ("قتل 5 أشخاص في قصف على حلب" / "قتل 3 أشخاص في قصف على إدلب" are two counts)."""
    ca, cb = _context(analysis, a), _context(analysis, b)
    shared = ca & cb
    if len(shared) < 2 or len(shared) < 0.6 * min(len(ca), len(cb)):
        return False
    if _names_differ(analysis, ca, cb):
        return False
    return not any(_name_like(w, analysis) for w in ca ^ cb)


def _related_context(analysis: Analysis, a: Quantity, b: Quantity) -> bool:
    """No names around the two numbers that tell them apart ("in Aleppo" / "in Idlib")."""
    return not _names_differ(analysis, _context(analysis, a), _context(analysis, b))


def _names_differ(analysis: Analysis, ca: set[str], cb: set[str]) -> bool:
    """Both contexts name places or bodies, and not the same ones: two counts, not one."""
    na = {w for w in ca if _known_name(w, analysis)}
    nb = {w for w in cb if _known_name(w, analysis)}
    return bool(na) and bool(nb) and not (na & nb)


def _known_name(stem: str, analysis: Analysis) -> bool:
    from claimcheck_consistency.headline import gazetteer

    known = {w for group in gazetteer(analysis.lang) for p in group for w in p}
    bare = stem[2:] if stem.startswith("ال") else stem
    return stem in known or bare in known


def _name_like(stem: str, analysis: Analysis) -> bool:
    from claimcheck_consistency.headline import gazetteer
    from claimcheck_consistency.words import zipf

    known = analysis.data.setdefault("claimcheck_consistency", {}).get("gazetteer_words")
    if known is None:
        known = {w for group in gazetteer(analysis.lang) for p in group for w in p}
        analysis.data["claimcheck_consistency"]["gazetteer_words"] = known
    bare = stem[2:] if stem.startswith("ال") else stem
    return stem in known or bare in known or zipf(stem, analysis.lang) < 3.0
