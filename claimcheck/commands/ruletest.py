"""`claimcheck rules test`: run every rule's examples; a rule without examples fails."""

from __future__ import annotations

from claimcheck.config import Config


def run_rule_tests(config: Config, selection: list[str]) -> int:
    from dataclasses import replace

    from claimcheck.engine import Engine
    from claimcheck.ruletesting import run_examples

    # Examples test the rules themselves, whatever the config selects or ignores.
    engine = Engine(replace(config, select=[], ignore=[]))
    results = run_examples(engine, selection)
    failed = [r for r in results if not r.ok]
    for result in results:
        print(("ok    " if result.ok else "FAIL  ") + result.describe())
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0
