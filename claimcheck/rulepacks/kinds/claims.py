"""``kind: claim`` (alias ``claim-filter``): flag claims by their cue, stance, source or content.

The rule speaks about whole claims: every claim that meets its ``when`` conditions (and none of
its ``unless`` ones) is flagged, at its content. ``when`` / ``unless`` are the same conditions any
other kind may carry to restrict itself to claims (see claimcheck.rulepacks.claimfilter).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from claimcheck.model import Finding
from claimcheck.rulepacks.base import PackRule

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.rulepacks.fields import Fields


@dataclass
class ClaimRule(PackRule):
    KIND: ClassVar[str] = "claim"
    ALIASES: ClassVar[tuple[str, ...]] = ("claim-filter",)
    SUMMARY: ClassVar[str] = "flag claims whose cue, stance, source type, kind or content match"
    DEFAULT_MESSAGE: ClassVar[str] = "claim by '{source}' ({cue}) needs a second look"

    @classmethod
    def parse(cls, f: Fields, common: dict[str, Any]) -> ClaimRule:
        if common["when"] is None:
            f.fail("missing field 'when' (the conditions a claim must meet)")
        return cls(**common, langs=f.pack_langs)

    def check(self, analysis: Analysis) -> Iterable[Finding]:
        return [self.finding(claim.content, [claim], match=claim.content.text)
                for claim in analysis.claims if self.claim_ok(claim, analysis)]

