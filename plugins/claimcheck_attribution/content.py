"""Checkable content: what makes a statement in the outlet's own voice need a source.

A toll, a statistic (a number with a unit, a magnitude word), an accusation, a superlative or a
causal claim, unless a hedge (قد، ربما، may, might) makes it a possibility. Dates are not
statistics: numbers inside the article's time expressions are skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck_attribution.context import Context, claim_sentence

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan

    from claimcheck.model import Claim, Span

STRONG = ("toll", "statistic", "accusation")  # kinds a reader expects a source for, always
KIND_NAMES = {"toll": "a toll", "statistic": "a count of people", "accusation": "an accusation",
              "superlative": "a superlative", "causal": "a causal claim",
              "casualties": "a report of casualties"}


def markers(ctx: Context, part: DocSpan) -> list[tuple[str, Span]]:
    """The checkable-content markers in a stretch of the doc, in text order."""
    out: list[tuple[int, str, Span]] = []
    start, end = part.start, part.end
    in_time = ctx.in_time()

    def hedged(i: int) -> bool:
        lo = max(part.sent.start, i - 4)
        return any(m.end <= i for m in ctx.found("hedge", lo, i + 1))

    units = ctx.found("unit", start, min(len(ctx.doc), end + 2))
    counts: list[tuple[int, int]] = []
    for token in part:
        if token.i in in_time or not ctx.is_number(token):
            continue
        unit = next((u for u in units if token.i < u.start <= token.i + 3), None)
        if unit is not None:
            counts.append((token.i, unit.end))
    counts.extend((m.start, m.end) for m in ctx.found("magnitude", start, end))
    numbered = bool(counts) or any(ctx.is_number(t) and t.i not in in_time for t in part)
    for token in part:
        if ctx.is_("toll", token):
            # a toll with a number is checkable; "casualties" without one is a weaker sign
            kind = "toll" if numbered else "casualties"
            out.append((token.i, kind, ctx.span(token.i, token.i + 1)))
    for a, b in counts:
        out.append((a, "statistic", ctx.span(a, b)))
    exceptions = ctx.found("superlative.exception", start, end)
    for kind, group in (("superlative", "superlative"), ("accusation", "accusation"),
                        ("causal", "causal")):
        for m in ctx.found(group, start, end):
            if kind == "superlative" and any(e.start <= m.start < e.end for e in exceptions):
                continue
            if kind != "accusation" and hedged(m.start):
                continue
            out.append((m.start, kind, ctx.span(m.start, m.end)))
    out.sort(key=lambda x: x[0])
    seen: set[tuple[str, int]] = set()
    result = []
    for i, kind, span in out:
        if (kind, i) not in seen:
            seen.add((kind, i))
            result.append((kind, span))
    return result


def checkable(ctx: Context, claim: Claim) -> list[tuple[str, Span]]:
    """The markers in an unattributed claim's content (read once per claim: several checks ask)."""
    key = ("checkable", claim.content.start, claim.content.end)
    if key not in ctx.memo:
        tokens = ctx.tokens(claim.content)
        ctx.memo[key] = markers(ctx, tokens) if tokens is not None and len(tokens) else []
    return ctx.memo[key]


def has_cue(ctx: Context, sent: DocSpan) -> bool:
    """A reporting verb in the sentence: someone is quoted there (even if no claim was found)."""
    return any(ctx.is_("cue", t) for t in sent) or bool(ctx.found("passive", sent.start, sent.end))


def exempt_sentence(ctx: Context, sent: DocSpan) -> bool:
    """Sentences that need no source of their own: the headline, a continuation of a quote."""
    article = ctx.analysis.article
    where = ctx.analysis.span(sent)
    if article.title_span is not None and article.title_span.overlaps(where):
        return True
    if ctx.found("inline_source", sent.start, sent.end):
        return True  # "a toll released by the provincial government": attributed in the phrase
    prev = ctx.previous_sentence(sent)
    if prev is None:
        return False
    prev_span = ctx.analysis.span(prev)
    for claim in ctx.analysis.claims:
        # the sentence before in the paragraph is attributed: its attribution carries over
        if claim.kind != "unattributed" and claim.source is not None \
                and claim.source.type != "self" and claim.content.overlaps(prev_span):
            return True
    return False


def exempt(ctx: Context, claim: Claim) -> bool:
    """An unattributed claim needs no source of its own in an exempt sentence, or in one with a
    reporting verb ("واتهمت منظمة العفو ... بارتكاب جرائم حرب"): someone is speaking there."""
    sent = claim_sentence(ctx, claim)
    return sent is not None and (exempt_sentence(ctx, sent) or has_cue(ctx, sent))


def strength(kinds: list[str]) -> str:
    """"strong" when a reader always expects a source for one of the kinds, else "weak"."""
    return "strong" if any(k in STRONG for k in kinds) else "weak"
