"""`claimcheck plugins list`, `rules list` and `rules show ID`: what is loaded, and from where.

These build the plugin manager and the rule registry only; no article is analysed, so spaCy and
CAMeL Tools are never imported (tests/rulepacks/test_cli.py checks sys.modules in a subprocess).
"""

from __future__ import annotations

import textwrap

from claimcheck.config import Config
from claimcheck.errors import UsageError


def _engine(config: Config):
    from claimcheck.engine import Engine

    return Engine(config)


def list_plugins(config: Config) -> int:
    engine = _engine(config)
    infos = list(engine.manager.infos.values())
    for info in infos:
        doc = _first_line(engine.manager.pm.get_plugin(info.name))
        print(f"{info.name}  [{info.origin}]")
        if doc:
            print(f"    {doc}")
        print(f"    hooks: {', '.join(h.removeprefix('claimcheck_') for h in info.hooks) or '-'}")
    builtin = sum(1 for i in infos if i.origin == "builtin")
    print(f"\n{len(infos)} plugins: {builtin} built-in, {len(infos) - builtin} installed or local")
    return 0


def _first_line(plugin: object) -> str:
    doc = getattr(plugin, "__doc__", None) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def list_rules(config: Config) -> int:
    from claimcheck.rulepacks.pack import builtin_packs
    from claimcheck.rulepacks.plugin import packs_for

    engine = _engine(config)
    width = max((len(r) for r in engine.rules), default=10)
    for rule in sorted(engine.rules.values(), key=lambda r: r.id):
        severity = config.severity.get(rule.id, rule.severity)
        state = "" if config.rule_enabled(rule.id) else "  (disabled by config)"
        langs = ",".join(rule.langs) or "any"
        print(f"{rule.id:<{width}}  {severity:<7}  {langs:<5}  {rule.origin}{state}")
        print(f"{'':<{width}}  {rule.description}")
    loaded = {p.path.resolve() for p in packs_for(config)}
    idle = [name for name, path in builtin_packs().items() if path.resolve() not in loaded]
    print(f"\n{len(engine.rules)} rules")
    if idle:
        print(f"built-in rule packs not enabled: {', '.join(idle)} "
              f"(use --rules NAME, or rule_packs in the config)")
    return 0


def show_rule(config: Config, rule_id: str) -> int:
    from claimcheck.rulepacks.pack import builtin_packs, load_packs

    engine = _engine(config)
    rule = engine.rules.get(rule_id)
    if rule is None:  # perhaps in a built-in pack that is not enabled: say so
        for name, path in builtin_packs().items():
            for pack in load_packs([str(path)]):
                if pack.name == name and any(r.id == rule_id for r in pack.rules):
                    raise UsageError(f"rule {rule_id!r} is in the rule pack {name!r}, which is "
                                     f"not enabled; add --rules {name}")
        raise UsageError(f"no rule {rule_id!r}; see `claimcheck rules list`")
    pack_rule = _pack_rule(config, rule_id)
    severity = config.severity.get(rule.id, rule.severity)
    print(rule.id)
    print(f"  description: {rule.description}")
    print(f"  severity:    {severity}" + ("" if severity == rule.severity
                                          else f" (configured; default {rule.severity})"))
    print(f"  languages:   {', '.join(rule.langs) or 'any'}")
    print(f"  defined in:  {rule.origin}")
    if pack_rule is not None:
        print(f"  kind:        {pack_rule.KIND} ({pack_rule.SUMMARY})")
        print(f"  message:     {pack_rule.message}")
        for label, cond in (("when", pack_rule.when), ("unless", pack_rule.unless)):
            if cond is not None:
                print(f"  {label}:{' ' * (11 - len(label))}{_conditions(cond)}")
    if rule.help_url:
        print(f"  guideline:   {rule.help_url}")
    if not config.rule_enabled(rule.id):
        print("  state:       disabled by the configuration (select / ignore)")
    for label, examples in (("flags", rule.flag), ("passes", rule.pass_)):
        print(f"  {label}:" if examples else f"  {label}: (none: `rules test` fails this rule)")
        for example in examples:
            lines = textwrap.wrap(example.text, 90) or [""]
            print(f"    [{example.lang}] {lines[0]}")
            for more in lines[1:]:
                print(f"         {more}")
    return 0


def _pack_rule(config: Config, rule_id: str):
    from claimcheck.rulepacks.plugin import packs_for

    for pack in packs_for(config):
        for rule in pack.rules:
            if rule.id == rule_id:
                return rule
    return None


def _conditions(cond) -> str:
    parts = []
    for label, value in (("kind", cond.kinds), ("source type", cond.source_types),
                         ("stance", cond.stances)):
        if value:
            parts.append(f"{label} in {', '.join(sorted(value))}")
    for label, value in (("cue", cond.cues), ("source", cond.sources),
                         ("content has", cond.content)):
        if value:
            parts.append(f"{label} " + " | ".join(w for ws in value.values() for w in ws))
    if cond.content_regex:
        parts.append("content matches " + " | ".join(cond.content_regex))
    return "; ".join(parts)
