"""The consistency module: names, numbers, quotes and claims that disagree within one article.

Each check lives in its own module (names, mismatch, quotes, contested, headline); this module
only wires them to claimcheck's hooks. Nothing heavy is imported here: spaCy, rapidfuzz and
wordfreq are imported inside the functions that use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.hookspecs import hookimpl

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.model import Claim, Finding, Rule, Score


@hookimpl
def claimcheck_register_rules() -> list[Rule]:
    from claimcheck_consistency.rules import RULES

    return RULES


@hookimpl
def claimcheck_claims_extracted(analysis: Analysis) -> None:
    """Mark claims that repeat a quotation and claims that contest each other."""
    from claimcheck_consistency import contested, quotes

    def link(a: str | None, b: str | None, kind: str) -> None:
        if not a or not b or a == b:
            return
        for x, y in ((a, b), (b, a)):
            claim = analysis.claim(x)
            if claim is not None and y not in claim.related.setdefault(kind, []):
                claim.related[kind].append(y)

    for a, b, _score in quotes.repeated_pairs(analysis):
        link(a.claim, b.claim, "repeats")
    for x, y in quotes.repeated_claims(analysis):
        link(x, y, "repeats")
    for x, y in contested.blame_conflicts(analysis):
        link(x.claim, y.claim, "contradicts")
    for b, d in contested.blame_denied(analysis):
        link(b.claim, d.claim, "contradicts")
    for a, d, _shared in contested.denial_pairs(analysis):
        link(a.id, d.id, "contradicts")


@hookimpl
def claimcheck_check_article(analysis: Analysis) -> list[Finding]:
    from claimcheck_consistency import contested, headline, mismatch, names, quotes
    from claimcheck_consistency.speakers import claim_at

    findings: list[Finding] = []
    for check in (names.check, mismatch.check, quotes.check, contested.check, headline.check):
        findings.extend(check(analysis))
    for finding in findings:  # name the claims the spans stand in
        if finding.claims:
            continue
        for s in [finding.span, *finding.related]:
            rng = analysis.view_offsets(s) if s is not None else None
            claim = claim_at(analysis, *rng) if rng else None
            if claim is not None and claim.id not in finding.claims:
                finding.claims.append(claim.id)
    return findings


@hookimpl
def claimcheck_score_claim(claim: Claim, findings: list[Finding]) -> list[Score]:
    from claimcheck_consistency.scoring import score

    return [score(claim, findings)]
