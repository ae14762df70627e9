"""`claimcheck plugins list`, `rules list` and `rules show ID`: what is loaded, and from where.

These build the plugin manager and the rule registry only; no article is analysed, so spaCy and
CAMeL Tools are never imported.
"""

from __future__ import annotations

from claimcheck.config import Config
from claimcheck.errors import UsageError


def _engine(config: Config):
    from claimcheck.engine import Engine

    return Engine(config)


def list_plugins(config: Config) -> int:
    engine = _engine(config)
    for info in engine.manager.infos.values():
        print(f"{info.name}  [{info.origin}]")
        print(f"    hooks: {', '.join(h.removeprefix('claimcheck_') for h in info.hooks) or '-'}")
    return 0


def list_rules(config: Config) -> int:
    engine = _engine(config)
    width = max((len(r) for r in engine.rules), default=10)
    for rule in sorted(engine.rules.values(), key=lambda r: r.id):
        severity = config.severity.get(rule.id, rule.severity)
        state = "" if config.rule_enabled(rule.id) else "  (disabled)"
        print(f"{rule.id:<{width}}  {severity:<7}  {rule.origin}{state}")
        print(f"{'':<{width}}  {rule.description}")
    return 0


def show_rule(config: Config, rule_id: str) -> int:
    engine = _engine(config)
    rule = engine.rules.get(rule_id)
    if rule is None:
        raise UsageError(f"no rule {rule_id!r}; see `claimcheck rules list`")
    print(f"{rule.id}\n  severity: {rule.severity}\n  origin: {rule.origin}")
    print(f"  description: {rule.description}")
    if rule.help_url:
        print(f"  help: {rule.help_url}")
    for label, examples in (("flags", rule.flag), ("passes", rule.pass_)):
        for example in examples:
            print(f"  {label} [{example.lang}]: {example.text}")
    return 0
