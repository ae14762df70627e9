"""consistency.contested: two sources lay the blame on different parties, or one asserts what
another denies.

Blame is found in claims and in narration alike, from the lexicon's blame expressions (ألقى باللائمة
على، حمّل ... المسؤولية، هي المسؤولة عن، اتهم؛ blamed, held ... responsible, was responsible for,
accused). Each gives a blamer (the claim's source, else the speaker of the sentence or the subject
next to the verb) and a blamed party. Two blames conflict when both blamers are named and differ
and the blamed parties share no word, within a few sentences of each other (there is no event
matching: "the chemical attack" and "the use of nerve gas" share no word). An assertion and a
denial conflict when two claims from different sources, one with a denial cue (نفى، denied),
share most of their content words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck_consistency.lexicon import BlameExpression, Lexicon
from claimcheck_consistency.speakers import (
    PUNCT,
    Speaker,
    _stems,
    ar_subject,
    claim_at,
    en_subject,
    speaker_at,
)
from claimcheck_consistency.words import Word, lexicon, per_analysis, words

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Finding, Span

RULE = "consistency.contested"
AR_PARTY_STOP = {"عن", "في", "ب", "بسبب", "اثر", "اذ", "الذي", "التي", "بعد", "قبل", "منذ", "مع",
                 "علي", "بشان", "خلال", "لكن", "بينما", "حيث", "كما", "و"}
EN_PARTY_STOP = {"for", "of", "in", "over", "after", "before", "with", "while", "but", "and",
                 "which", "who", "that", "since", "on", "during", "as", "by"}
AR_CLAUSE = {"ان", "انه", "انها", "بان", "قائلا"}
EN_CLAUSE = {"that", "said", "says"}
MAX_PARTY = 6
NEAR = 4  # sentences: two blames further apart are not taken for one event


@dataclass
class Blame:
    blamer: Speaker | None
    party: list[Word]
    expression: list[Word]
    sent: int
    claim: str | None
    party_text: str = ""  # the party as written, hyphens and all


def _matches(ws: list[Word], k: int, expr: BlameExpression, lex: Lexicon) -> int:
    """How many words from k match the expression (0 if it does not match there)."""
    n = len(expr.words)
    if k + n > len(ws):
        return 0
    for i, want in enumerate(expr.words):
        w = ws[k + i]
        forms = {w.norm, w.stem}
        if lex.lang == "ar" and w.norm[:1] in "وفبل":
            forms.add(w.norm[1:])
        if lex.lang == "ar" and i == len(expr.words) - 1 and want == "ل":
            if not w.norm.startswith("ل"):
                return 0
            return n - 1  # "المسؤولية لـ": the party is glued to the lam
        if want not in forms:
            return 0
    return n


def _party_after(ws: list[Word], j: int, lex: Lexicon, then: tuple[str, ...]) -> list[Word]:
    stop = AR_PARTY_STOP if lex.lang == "ar" else EN_PARTY_STOP
    out: list[Word] = []
    sent = ws[j - 1].sent if j else 0
    while j < len(ws) and len(out) < MAX_PARTY and ws[j].sent == sent:
        w = ws[j]
        if w.text in ("-", "‐") and out and j + 1 < len(ws):
            j += 1  # "al-Assad"
            continue
        if w.text in PUNCT or w.norm in stop or w.norm in then or w.stem in then:
            break
        if lex.lang == "ar" and out and w.norm[:1] == "ب" and w.norm not in ("بشار",):
            break  # "اتهم X باستخدام ..."
        out.append(w)
        j += 1
    return out


def _party_before(ws: list[Word], k: int, lex: Lexicon) -> list[Word]:
    clause = AR_CLAUSE if lex.lang == "ar" else EN_CLAUSE
    out: list[Word] = []
    sent = ws[k].sent
    j = k - 1
    while j >= 0 and len(out) < MAX_PARTY and ws[j].sent == sent:
        w = ws[j]
        if w.text in PUNCT or w.norm in clause or w.stem in clause or w.norm in lex.cues:
            break
        if lex.lang == "ar" and w.norm[:1] == "و" and w.norm[1:] in lex.cues:
            break
        out.insert(0, w)
        j -= 1
    if lex.lang == "en":
        while out and out[0].norm in ("the", "a"):
            out.pop(0)
    return out


def _reciprocal(party: list[Word], lex: Lexicon) -> bool:
    """"blamed each other", "تبادلا الاتهامات": both sides blame, no third party is named."""
    words = [w.norm for w in party]
    return any(" ".join(words[:n]) in lex.reciprocals for n in range(1, min(3, len(words)) + 1))


@per_analysis("blames")
def blames(analysis: Analysis) -> list[Blame]:
    lex = lexicon(analysis)
    ws = words(analysis)
    out: list[Blame] = []
    k = 0
    while k < len(ws):
        for expr in lex.blame:
            n = _matches(ws, k, expr, lex)
            if not n:
                continue
            expression = ws[k:k + n]
            if expr.party == "after":
                party = _party_after(ws, k + n, lex, expr.then)
                if expr.then:
                    after = k + n + len(party)
                    if after >= len(ws) or not ({ws[after].norm, ws[after].stem} & set(expr.then)):
                        continue
            else:
                party = _party_before(ws, k, lex)
            if not party or _reciprocal(party, lex):
                continue
            blamer = _blamer(analysis, ws, k, n, expr, party)
            held = analysis.view_offsets(blamer.span) if blamer and blamer.span else None
            if held and party and held[0] <= party[0].start < held[1]:
                party = [w for w in party if not held[0] <= w.start < held[1]]  # اتهمت واشنطن دمشق
            if not party:
                continue
            claim = claim_at(analysis, expression[0].start, expression[-1].end)
            text = analysis.text[party[0].token_start:party[-1].end]
            out.append(Blame(blamer, party, expression, ws[k].sent, claim.id if claim else None,
                             text))
            k += n - 1
            break
        k += 1
    return out


def _blamer(analysis: Analysis, ws: list[Word], k: int, n: int, expr: BlameExpression,
            party: list[Word]) -> Speaker | None:
    """Who lays the blame: the claim's source or the sentence's speaker, else the subject beside
    the verb (verb-first Arabic: "ألقت فيه واشنطن باللائمة"، "اتهمت واشنطن دمشق")."""
    speaker = speaker_at(analysis, ws[k].start, ws[k + n - 1].end)
    if speaker is not None:
        return speaker
    lex = lexicon(analysis)
    sent = ws[k].sent
    if lex.lang == "ar":
        if expr.party == "after" and expr.words[0] not in ("باللائمه", "باللوم", "اللوم",
                                                           "اللائمه"):
            subject = ar_subject(party, lex)  # اتهمت واشنطن دمشق
        else:
            subject = []
            for w in reversed(ws[max(0, k - 3):k]):
                if w.sent != sent or w.text in PUNCT:
                    break
                if w.norm in ("فيه", "فيها", "به", "بها", "عليه", "له") or len(w.norm) < 3:
                    continue
                subject = [w]
                break
    else:
        subject = en_subject(ws, k)
    if not subject or expr.party == "before":
        return None
    s = analysis.span(subject[0].start, subject[-1].end)
    return Speaker(s.text, s, None, _stems(s.text, lex.lang))


def _blame_span(analysis: Analysis, b: Blame) -> Span:
    items = b.expression + b.party
    return analysis.span(min(w.token_start for w in items), max(w.end for w in items))


def _content_stems(analysis: Analysis, span: Span) -> set[str]:
    lex = lexicon(analysis)
    rng = analysis.view_offsets(span)
    if rng is None:
        return set()
    from claimcheck_consistency.names import _stop_words

    stops = _stop_words(lex.lang)
    return {w.stem for w in words(analysis) if rng[0] <= w.start < rng[1] and w.alpha
            and w.stem not in stops and w.norm not in stops and w.stem not in lex.cues
            and len(w.stem) > 2}


def denial_pairs(analysis: Analysis) -> list[tuple]:
    """(assertion claim, denial claim, shared words) for claims that say and deny one thing."""
    out = []
    claims = [c for c in analysis.claims if c.cue is not None and c.source is not None]
    for d in claims:
        if d.cue.stance != "denial":
            continue
        d_words = _content_stems(analysis, d.content)
        if len(d_words) < 3:
            continue
        d_speaker = Speaker(d.source.name, d.source.span, d.id, _stems(d.source.name,
                                                                      analysis.lang))
        for a in claims:
            if a is d or a.cue.stance == "denial":
                continue
            a_speaker = Speaker(a.source.name, a.source.span, a.id, _stems(a.source.name,
                                                                          analysis.lang))
            if not a_speaker.differs(d_speaker):
                continue
            if a.content.overlaps(d.content) and a.cue.stance not in ("accusation",
                                                                     "assertive"):
                continue  # nested spans share words by construction; only a charge is denied
            shared = d_words & _content_stems(analysis, a.content)
            if len(shared) >= 3 and len(shared) >= 0.5 * min(len(d_words), 1 + len(shared)):
                out.append((a, d, shared))
    return out


@dataclass
class Denial:
    speaker: Speaker
    span: Span  # the claim's content, else the sentence
    sent: int
    claim: str | None


@per_analysis("denials")
def denials(analysis: Analysis) -> list[Denial]:
    """Denials in the article: claims with a denial cue, and sentences whose verb denies."""
    from claimcheck_consistency.speakers import _stance

    lex = lexicon(analysis)
    ws = words(analysis)
    out: list[Denial] = []
    seen: set[int] = set()
    for claim in analysis.claims:
        if claim.cue is None or claim.cue.stance != "denial" or claim.source is None:
            continue
        rng = analysis.view_offsets(claim.cue.span)
        sent = next((w.sent for w in ws if rng and w.start >= rng[0]), -1)
        name = claim.source.span.text if claim.source.span else claim.source.name
        out.append(Denial(Speaker(name, claim.source.span, claim.id, _stems(name, lex.lang)),
                          claim.content, sent, claim.id))
        seen.add(sent)
    for w in ws:
        if w.sent in seen or _stance(w, lex) != "denial":
            continue
        speaker = speaker_at(analysis, w.start, w.end)
        if speaker is None or not speaker.stems:
            continue
        sentence = [x for x in ws if x.sent == w.sent]
        out.append(Denial(speaker, analysis.span(sentence[0].token_start, sentence[-1].end),
                          w.sent, speaker.claim))
        seen.add(w.sent)
    return out


def blame_denied(analysis: Analysis) -> list[tuple[Blame, Denial]]:
    """A blamed party that denies it, near the blame ("اتهمت واشنطن دمشق..." / "ونفت دمشق")."""
    out = []
    for b in blames(analysis):
        party = _party_stems(b, analysis.lang)
        for d in denials(analysis):
            if abs(d.sent - b.sent) > NEAR or d.sent == b.sent or not (party & d.speaker.stems):
                continue
            if b.blamer is not None and not b.blamer.differs(d.speaker):
                continue
            out.append((b, d))
    return out


def blame_conflicts(analysis: Analysis) -> list[tuple[Blame, Blame]]:
    bs = blames(analysis)
    out = []
    for i, a in enumerate(bs):
        for b in bs[i + 1:]:
            if a.blamer is None or b.blamer is None or not a.blamer.differs(b.blamer):
                continue
            if abs(a.sent - b.sent) > NEAR:
                continue  # far apart in the article: most likely two different events
            pa, pb = _party_stems(a, analysis.lang), _party_stems(b, analysis.lang)
            if pa and pb and not (pa & pb):
                out.append((a, b))
    return out


def _party_stems(b: Blame, lang: str) -> set[str]:
    return _stems(b.party_text, lang) - {"رئيس", "حكومه", "president", "government"}


def _who(claim) -> str:
    return claim.source.name or (claim.source.span.text if claim.source.span else "?")


def check(analysis: Analysis) -> list[Finding]:
    from claimcheck.model import Finding
    from claimcheck_consistency.words import where

    findings = []
    for a, b in blame_conflicts(analysis):
        sa, sb = _blame_span(analysis, a), _blame_span(analysis, b)
        related = [sa] + [s.span for s in (a.blamer, b.blamer) if s and s.span]
        who_a = where(analysis, a.blamer.span) if a.blamer.span else a.blamer.name
        who_b = where(analysis, b.blamer.span) if b.blamer.span else b.blamer.name
        findings.append(Finding(
            rule=RULE, severity="info", span=sb, related=related,
            claims=[c for c in (a.claim, b.claim) if c],
            message=(f"responsibility is contested: {who_a} blames {a.party_text}, while "
                     f"{who_b} blames {b.party_text}"),
            data={"kind": "blame", "sides": [
                {"source": a.blamer.name, "blamed": a.party_text},
                {"source": b.blamer.name, "blamed": b.party_text}]}))
    for b, d in blame_denied(analysis):
        sb = _blame_span(analysis, b)
        who = where(analysis, b.blamer.span) if b.blamer and b.blamer.span else (
            b.blamer.name if b.blamer else "the article")
        denier = where(analysis, d.speaker.span) if d.speaker.span else d.speaker.name
        findings.append(Finding(
            rule=RULE, severity="info", span=d.span,
            related=[sb] + [s.span for s in (b.blamer, d.speaker) if s and s.span],
            claims=[c for c in (b.claim, d.claim) if c],
            message=f"{denier} denies the blame {who} lays on {b.party_text}",
            data={"kind": "blame-denied", "sides": [
                {"source": b.blamer.name if b.blamer else None, "blamed": b.party_text},
                {"source": d.speaker.name, "denies": True}]}))
    for a, d, shared in denial_pairs(analysis):
        line = analysis.article.line_col
        what = "the charge made by" if a.cue.stance == "accusation" else "what was said by"
        findings.append(Finding(
            rule=RULE, severity="info", span=d.content, related=[a.content] + [
                s for s in (a.source.span, d.source.span) if s],
            claims=[a.id, d.id],
            message=(f"{_who(d)} (line {line(d.cue.span.start)[0]}) denies {what} {_who(a)} "
                     f"(line {line(a.cue.span.start)[0]})"),
            data={"kind": "denial", "shared": sorted(shared)}))
    return findings
