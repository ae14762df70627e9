"""The per-claim attribution score: the source's place on the ladder, with a readable reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.model import Score
from claimcheck_attribution import rules
from claimcheck_attribution.context import Context
from claimcheck_attribution.sources import assess

if TYPE_CHECKING:
    from claimcheck.model import Claim, Finding

DIMENSION = "attribution"


def score_claim(claim: Claim, findings: list[Finding], ctx: Context) -> Score:
    """Score("attribution", value, reason): the grade's value; the reason names the grade and
    what else the checks found about this claim's sourcing (a loaded verb, a single source)."""
    a = assess(claim, ctx)
    notes = []
    rule_ids = {f.rule for f in findings}
    if rules.SINGLE in rule_ids:
        notes.append("it rests on a single source")
    if rules.LOADED in rule_ids:
        notes.append("its reporting verb is loaded")
    reason = a.reason
    if notes:
        reason = f"{reason} Also: {' and '.join(notes)}."
    return Score(DIMENSION, round(a.value, 3), reason)
