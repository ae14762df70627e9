"""The per-claim date score: how coherent the times a claim mentions are.

1.0 when every time the claim mentions resolves and nothing is flagged; each date finding on the
claim costs by its severity (an error half the score, a warning a quarter, an info a twentieth);
a time that cannot be resolved (no publication date) costs a little, since it could not be checked.
Claims that mention no time get no date score.
"""

from __future__ import annotations

from claimcheck.model import Claim, Finding, Score

PENALTY = {"error": 0.5, "warning": 0.25, "info": 0.05}
UNRESOLVED_PENALTY = 0.05


def score(claim: Claim, findings: list[Finding]) -> Score | None:
    if not claim.times:
        return None
    dated = [f for f in findings if f.category == "dates"]
    unresolved = [t for t in claim.times if t.value is None]
    value = 1.0 - sum(PENALTY.get(f.severity, 0.0) for f in dated)
    value -= UNRESOLVED_PENALTY * len(unresolved)
    value = round(max(0.0, min(1.0, value)), 3)
    n = len(claim.times)
    mentions = f"{n} time{'s' if n > 1 else ''}"
    if dated:
        rules = ", ".join(sorted({f.rule.split('.', 1)[1] for f in dated}))
        reason = f"{mentions}, {len(dated)} flagged ({rules})"
    elif unresolved:
        reason = f"{mentions}, {len(unresolved)} not checkable without a publication date"
    else:
        reason = f"{mentions}, all coherent with the publication date"
    return Score("dates", value, reason)
