"""Date coherence: the temporal tagger for Arabic and English news and the rules that check it.

The plugin finds every temporal expression (anchored and coordinated weekdays, Levantine and
Gregorian months and their pairs, ordinal days, ranges, relative expressions, years, decades,
calendar quarters with their year, weeks of a day, Hijri dates),
resolves it against the publication date, attaches the times to the claims that mention them, and
flags what does not fit: dates.weekday-mismatch, dates.month-pair-mismatch, dates.impossible-date,
dates.tense-timeline, dates.range-order, dates.hijri-mismatch and dates.no-anchor.

Modules, one job each: lexicon (the YAML vocabulary), pieces (token splitting), finder (the
grammar), tense, resolve (calendar arithmetic and the inconsistencies it meets), tagger (the
pipeline over one article), checks (findings), rules (identity cards and examples), scoring.
Importing this module is cheap: spaCy, hijridate and the lexicon load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.hookspecs import hookimpl

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import ArticleReport, Claim, Finding, Rule, Score

NAME = "claimcheck_dates"


@hookimpl
def claimcheck_register_rules() -> list[Rule]:
    from claimcheck_dates.rules import RULES

    return list(RULES)


@hookimpl
def claimcheck_analyze(analysis: Analysis) -> None:
    from claimcheck_dates.tagger import tag, time_expression

    resolved = tag(analysis)
    times = [time_expression(analysis, r) for r in resolved]
    analysis.times.extend(times)
    analysis.data[NAME] = {"resolved": resolved, "times": times}


@hookimpl
def claimcheck_claims_extracted(analysis: Analysis) -> None:
    times = analysis.data.get(NAME, {}).get("times", [])
    for claim in analysis.claims:
        areas = [claim.content] + ([claim.sentence] if claim.sentence is not None else [])
        mine = [t for t in times if any(a.contains(t.span) for a in areas)]
        known = {(t.span.start, t.span.end) for t in claim.times}
        claim.times.extend(t for t in mine if (t.span.start, t.span.end) not in known)


@hookimpl
def claimcheck_check_article(analysis: Analysis) -> list[Finding]:
    from claimcheck_dates.checks import findings

    return findings(analysis, analysis.data.get(NAME, {}).get("resolved", []))


@hookimpl
def claimcheck_score_claim(claim: Claim, findings: list[Finding]) -> list[Score]:
    from claimcheck_dates.scoring import score

    result = score(claim, findings)
    return [result] if result is not None else []


@hookimpl
def claimcheck_summarize_article(report: ArticleReport, analysis: Analysis) -> dict | None:
    if NAME not in analysis.data:
        return None
    times = analysis.data[NAME]["times"]
    flagged = [f for f in report.findings if f.category == "dates" and f.severity != "info"]
    return {"dates": {
        "published": analysis.article.published.isoformat() if analysis.article.published
        else None,
        "times": len(times),
        "unresolved": sum(1 for t in times if t.value is None),
        "flagged": len(flagged),
    }}
