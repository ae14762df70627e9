"""The rule kinds a pack may use, by the name written in ``kind:`` (one module each)."""

from __future__ import annotations

from claimcheck.rulepacks.base import PackRule
from claimcheck.rulepacks.kinds.claims import ClaimRule
from claimcheck.rulepacks.kinds.lexicon import LexiconRule
from claimcheck.rulepacks.kinds.pattern import PatternRule
from claimcheck.rulepacks.kinds.preferred import PreferredRule
from claimcheck.rulepacks.kinds.sources import SourceListRule

ALL: tuple[type[PackRule], ...] = (LexiconRule, PatternRule, PreferredRule, SourceListRule,
                                   ClaimRule)
KINDS: dict[str, type[PackRule]] = {
    name: cls for cls in ALL for name in (cls.KIND, *cls.ALIASES)
}
