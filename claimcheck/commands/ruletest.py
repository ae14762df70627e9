"""`claimcheck rules test [PACK...]`: run every rule's examples; a rule without examples fails.

PACK may be a rule id, a category, a built-in pack name, or a pack folder or file: a pack that is
not enabled by default (the sample house style, a pack being written) is loaded for the test.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from claimcheck.config import Config
from claimcheck.errors import UsageError


def packs_named(selection: list[str]) -> list[str]:
    """The entries of ``selection`` that name rule packs (so they are loaded for the test)."""
    from claimcheck.rulepacks.pack import PACK_FILE, builtin_packs

    builtins = builtin_packs()
    out = []
    for item in selection:
        path = Path(item)
        if item in builtins or (path.is_dir() and (path / PACK_FILE).is_file()) or (
                path.is_file() and path.suffix in (".yaml", ".yml")):
            out.append(item)
    return out


def run_rule_tests(config: Config, selection: list[str]) -> int:
    from claimcheck.engine import Engine
    from claimcheck.rulepacks.plugin import packs_for
    from claimcheck.ruletesting import render, run_examples, startup_errors

    extra = [p for p in packs_named(selection) if p not in config.rule_packs]
    # Examples test the rules themselves, whatever the config selects or ignores.
    config = replace(config, select=[], ignore=[], severity={},
                     rule_packs=[*config.rule_packs, *extra])
    for pack in packs_for(config):  # spaCy's pattern validator: a ConfigError, before any example
        for rule in pack.rules:
            rule.compile()
    engine = Engine(config)
    results = run_examples(engine, selection)
    if not results:
        raise UsageError(f"no rule matches {' '.join(selection)}; see `claimcheck rules list`")
    lines, summary = render(results)
    for error in startup_errors(engine):  # its rules are missing, but the others can be tested
        print(f"warning: {error}")
    print("\n".join(lines))
    print()
    print(f"{summary.rules} rule{'s' if summary.rules != 1 else ''}, {summary.examples} examples: "
          f"{summary.examples - summary.failed_examples} passed, {summary.failed_examples} failed; "
          f"{len(summary.failed_rules)} of {summary.rules} rules failed")
    return 1 if summary.failed_rules else 0
