"""The JSON report (schema ``claimcheck/report@1``, described in DESIGN.md) as plain dicts.

Tools rely on this shape: keys may be added, never renamed or removed without a new schema version.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from claimcheck import __version__
from claimcheck.model import ArticleReport, Claim, Finding, RunReport
from claimcheck.report.formatter import FormatOptions

SCHEMA = "claimcheck/report@1"


def tool_dict() -> dict[str, Any]:
    return {"name": "claimcheck", "version": __version__}


def claim_dict(claim: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": claim.id,
        "kind": claim.kind,
        "source": claim.source.to_dict() if claim.source else None,
        "cue": claim.cue.to_dict() if claim.cue else None,
        "content": claim.content.to_dict(),
        "sentence": claim.sentence.to_dict() if claim.sentence else None,
        "parent": claim.parent,
        "times": [t.to_dict() for t in claim.times],
        "scores": {dim: score.value for dim, score in claim.scores.items()},
        "score_reasons": {dim: s.reason for dim, s in claim.scores.items() if s.reason},
        "findings": list(claim.findings),
        "related": claim.related,
    }
    if claim.meta:
        out["meta"] = claim.meta
    return out


def finding_dict(finding: Finding, report: ArticleReport) -> dict[str, Any]:
    line = column = end_line = end_column = None
    if finding.span is not None:
        line, column = report.article.line_col(finding.span.start)
        end_line, end_column = report.article.line_col(finding.span.end)
    return {
        "id": finding.id,
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity,
        "message": finding.message,
        "text": finding.span.text if finding.span else None,
        "start": finding.span.start if finding.span else None,
        "end": finding.span.end if finding.span else None,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "claims": list(finding.claims),
        "related": [s.to_dict() for s in finding.related],
        "data": finding.data,
        "plugin": finding.plugin,
    }


def article_dict(report: ArticleReport) -> dict[str, Any]:
    article = report.article
    return {
        "path": article.path,
        "id": article.id,
        "lang": article.lang,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from,
        "claims": [claim_dict(c) for c in report.claims],
        "findings": [finding_dict(f, report) for f in report.findings],
        "times": [t.to_dict() for t in report.times],
        "score": report.score,
        "summary": report.summary,
        "errors": report.errors,
    }


def run_dict(run: RunReport) -> dict[str, Any]:
    return {"schema": SCHEMA, "tool": tool_dict(),
            "articles": [article_dict(a) for a in run.articles]}


def _default(obj: Any) -> Any:
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, set | frozenset | tuple):
        return list(obj)
    raise TypeError(f"not JSON serializable: {type(obj).__name__}")


def render_json(run: RunReport, options: FormatOptions) -> str:
    return json.dumps(run_dict(run), ensure_ascii=False, indent=2, default=_default) + "\n"


def render_jsonl(run: RunReport, options: FormatOptions) -> str:
    return "".join(json.dumps(article_dict(a), ensure_ascii=False, default=_default) + "\n"
                   for a in run.articles)
