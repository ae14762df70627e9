"""Turning what resolution met into findings, plus the checks that look at the article as a whole.

- the issues resolution found on each expression (weekday, month pair, impossible day, range,
  Hijri equivalent, tense against the timeline) become findings at the expression's exact span;
- the lead's weekday: wire copy dates the news of its lead on the publication day or the day
  before, so a lead that tells of a past event "on Thursday" in a story published on Tuesday has
  most likely the wrong weekday (dates.weekday-mismatch, at warning level: it is an inference);
- dates.no-anchor, once per article, when relative dates cannot be checked for want of a
  publication date.

The lead's allowed lag is a setting: ``[settings.claimcheck_dates] lead_max_lag_days = 3`` in
claimcheck.toml (a weekly that reports last week's events may raise it).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from claimcheck.model import Finding
from claimcheck_dates.resolve import WEEKDAYS, Resolved, fmt

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis

SEVERITY = {
    "dates.weekday-mismatch": "error",
    "dates.month-pair-mismatch": "error",
    "dates.impossible-date": "error",
    "dates.tense-timeline": "warning",
    "dates.range-order": "warning",
    "dates.hijri-mismatch": "warning",
    "dates.no-anchor": "info",
}
LEAD_MAX_LAG_DAYS = 3  # a lead may tell of the days before publication (Friday in a Monday story)
SENTENCE_END = (".", "!", "?", "؟", "…", ":")


def claims_with(analysis: Analysis, start: int, end: int) -> list[str]:
    """Ids of the claims whose times include the flagged stretch [start, end) (article offsets):
    the time itself, or a part of it such as the month pair of a full date."""
    return [c.id for c in analysis.claims
            if any(t.span.start <= start and end <= t.span.end for t in c.times)]


def findings(analysis: Analysis, resolved: list[Resolved]) -> list[Finding]:
    out: list[Finding] = []
    for res in resolved:
        for issue in res.issues:
            span = analysis.span(issue.start, issue.end)
            related = []
            if res.expr.equiv is not None:
                related.append(analysis.span(res.expr.equiv.start, res.expr.equiv.end))
            out.append(Finding(
                rule=issue.rule, message=issue.message, severity=SEVERITY[issue.rule],  # type: ignore[arg-type]
                span=span, claims=claims_with(analysis, span.start, span.end), related=related,
                data={"expected": issue.expected, "found": issue.found, "value": res.value}))
    lead = lead_weekday(analysis, resolved)
    if lead is not None:
        out.append(lead)
    anchor = no_anchor(analysis, resolved)
    if anchor is not None:
        out.append(anchor)
    return out


def lead_end(analysis: Analysis) -> int:
    """View offset where the lead ends: the first paragraph written as a sentence (headlines and
    standfirsts above it carry no full stop)."""
    for para in analysis.paragraphs:
        text = analysis.text[para.start_char:para.end_char].rstrip(" \t»”\")]")
        if text.endswith(SENTENCE_END) or len(para) >= 40:
            return para.end_char
    return len(analysis.text)


def lead_weekday(analysis: Analysis, resolved: list[Resolved]) -> Finding | None:
    pub = analysis.article.published
    if pub is None:
        return None
    end = lead_end(analysis)
    settings = analysis.config.plugin_settings("claimcheck_dates")
    max_lag = int(settings.get("lead_max_lag_days", LEAD_MAX_LAG_DAYS))
    for res in resolved:
        if res.expr.start >= end:
            return None
        if not res.expr.bare_weekday:
            continue
        if res.tense.kind != "past" or res.last is None or res.issues:
            return None
        lag = (pub - res.last).days
        if lag <= max_lag:
            return None
        span = analysis.span(res.expr.start, res.expr.end)
        found = " and ".join(res.meta.get("weekdays", []))
        yesterday = date.fromordinal(pub.toordinal() - 1)
        return Finding(
            rule="dates.weekday-mismatch",
            message=(f"{fmt(pub)} (the publication day) or {WEEKDAYS[yesterday.weekday()]} "
                     f"expected for the news of the lead, text says {found} "
                     f"({fmt(res.last)}, {lag} days before publication)"),
            severity="warning", span=span, claims=claims_with(analysis, span.start, span.end),
            data={"expected": WEEKDAYS[pub.weekday()], "found": found, "value": res.value,
                  "lag_days": lag})
    return None


def no_anchor(analysis: Analysis, resolved: list[Resolved]) -> Finding | None:
    if analysis.article.published is not None:
        return None
    unresolved = [r for r in resolved if r.relative and r.value is None]
    if not unresolved:
        return None
    words = ", ".join(f"\"{r.expr.text}\"" for r in unresolved[:4])
    more = f" and {len(unresolved) - 4} more" if len(unresolved) > 4 else ""
    return Finding(
        rule="dates.no-anchor",
        message=(f"a publication date expected to check {len(unresolved)} relative date"
                 f"{'s' if len(unresolved) > 1 else ''} ({words}{more}); none is known: pass "
                 f"--published or add `published:` to the front matter"),
        severity="info", span=None,
        related=[analysis.span(r.expr.start, r.expr.end) for r in unresolved],
        data={"expected": "publication date", "found": None, "unresolved": len(unresolved)})
