"""The temporal tagger of one article: pieces -> items -> expressions -> resolved times.

This is the only module that touches the Analysis on the way in: it reads the spaCy Doc (tokens and
their norms, sentences), runs the finder and the resolver, and hands back model TimeExpressions in
article coordinates (through ``analysis.span``) with the resolution records the checks read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.model import TimeExpression
from claimcheck_dates import lexicon
from claimcheck_dates.finder import find
from claimcheck_dates.pieces import pieces
from claimcheck_dates.resolve import Resolved, Resolver
from claimcheck_dates.tense import tense_of

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis


def tag(analysis: Analysis) -> list[Resolved]:
    """Find and resolve every temporal expression of the analysed text, in text order."""
    lex = lexicon.load(analysis.lang)
    ps = pieces(analysis.doc, lex.fold, analysis.text)
    items, exprs = find(ps, lex, analysis.text)
    resolver = Resolver(analysis.article.published, lex)
    out = []
    spans = [range(expr.first_item, expr.last_item) for expr in exprs]
    for n, expr in enumerate(exprs):
        # the words of the sentence's other times (next, الماضي) are no tense of this one
        taken = {k for m in range(max(0, n - 3), min(len(spans), n + 4)) if m != n
                 and exprs[m].sent == expr.sent for k in spans[m]}
        tense = tense_of(items, expr.first_item, expr.last_item, lex, taken)
        try:
            out.append(resolver.resolve(expr, tense))
        except (ValueError, OverflowError, IndexError) as error:
            # A date the calendar cannot hold (year 1 - 1, a Hijri year out of range): keep the
            # expression, unresolved, rather than lose the article's other dates.
            out.append(Resolved(expr, None, "unknown", tense=tense,
                                meta={"kind": expr.kind, "error": str(error)}))
    return out


def time_expression(analysis: Analysis, res: Resolved) -> TimeExpression:
    meta = dict(res.meta)
    if res.issues:
        meta["issues"] = sorted({i.rule for i in res.issues})
        meta["expected"] = res.issues[0].expected
        meta["found"] = res.issues[0].found
    return TimeExpression(span=analysis.span(res.expr.start, res.expr.end), value=res.value,
                          granularity=res.granularity, meta=meta)  # type: ignore[arg-type]
