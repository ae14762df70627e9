"""The per-claim consistency score: 1 for a claim no consistency finding touches, less for each
finding that does, by its severity."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.model import Claim, Finding, Score

PENALTY = {"error": 0.6, "warning": 0.35, "info": 0.1}


def score(claim: Claim, findings: list[Finding]) -> Score:
    from claimcheck.model import Score

    mine = [f for f in findings if f.category == "consistency"]
    if not mine:
        return Score("consistency", 1.0, "no inconsistency found")
    value = 1.0
    for f in mine:
        value -= PENALTY.get(f.severity, 0.1)
    rules = sorted({f.rule.split(".", 1)[1] for f in mine})
    return Score("consistency", round(max(0.0, value), 3), "involved in: " + ", ".join(rules))
