"""The article-level attribution summary: how many claims, from how many sources, of which kinds."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from claimcheck_attribution.context import Context
from claimcheck_attribution.sources import assess

if TYPE_CHECKING:
    from claimcheck.model import ArticleReport

UNSOURCED = ("own_voice", "none")


def summarize(report: ArticleReport, ctx: Context) -> dict[str, Any]:
    from claimcheck_attribution.checks import _source_key

    claims = report.claims
    graded = [(c, assess(c, ctx)) for c in claims]
    attributed = [(c, a) for c, a in graded if a.grade not in UNSOURCED]
    distinct = {_source_key(ctx, c) for c, a in attributed if a.grade != "agentless"}
    by_type: Counter[str] = Counter()
    for claim, a in graded:
        if a.grade == "agentless":
            by_type["agentless"] += 1
        elif claim.source is None or a.grade in UNSOURCED:
            by_type["self"] += 1
        elif a.grade.startswith("anonymous"):
            by_type["anonymous"] += 1
        else:
            by_type[claim.source.type] += 1
    scores = [a.value for _, a in graded]
    return {"attribution": {
        "claims": len(claims),
        "attributed": len(attributed),
        "distinct_sources": len(distinct),
        "anonymous": sum(1 for _, a in graded if a.grade.startswith("anonymous")),
        "vague": sum(1 for _, a in graded if a.grade in ("vague", "metonym")),
        "agentless": sum(1 for _, a in graded if a.grade == "agentless"),
        "unattributed": sum(1 for _, a in graded if a.grade in UNSOURCED),
        "by_type": dict(sorted(by_type.items())),
        "by_grade": dict(sorted(Counter(a.grade for _, a in graded).items())),
        "mean_score": round(sum(scores) / len(scores), 3) if scores else None,
    }}
