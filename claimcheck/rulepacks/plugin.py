"""The rule packs as a plugin: register their rules and run them over every article.

Packs are loaded when the engine is configured (so `rules list` shows them and a broken pack
stops the run with one line), and found again from ``analysis.config`` when checking, so several
engines with different configurations can live in one process (as in tests).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.hookspecs import hookimpl
from claimcheck.model import Finding, Rule

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.config import Config
    from claimcheck.rulepacks.pack import Pack

_configured: list[Pack] = []


def packs_for(config: Config) -> list[Pack]:
    from claimcheck.rulepacks.pack import load_packs

    base = config.path.parent if config.path else None
    return load_packs(list(config.rule_packs), base)


@hookimpl
def claimcheck_configure(config: Config) -> None:
    _configured[:] = packs_for(config)


@hookimpl
def claimcheck_register_rules() -> list[Rule]:
    return [rule.to_rule() for pack in _configured for rule in pack.rules]


@hookimpl
def claimcheck_check_article(analysis: Analysis) -> list[Finding]:
    findings: list[Finding] = []
    for pack in packs_for(analysis.config):
        for rule in pack.rules:
            if rule.applies(analysis):
                findings.extend(rule.check(analysis))
    return findings
