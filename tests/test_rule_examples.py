"""Every registered rule's flag and pass examples, run through the whole pipeline.

A rule without both kinds of example fails, as LanguageTool's rule tests do: the examples are the
rule's specification, and `claimcheck rules test` runs the same checks for users' rule packs.
"""

from __future__ import annotations

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.ruletesting import EXEMPT, example_findings


def _engine() -> Engine:
    return Engine(Config())


def _cases() -> list:
    cases = []
    for rule in sorted(_engine().rules.values(), key=lambda r: r.id):
        if rule.id in EXEMPT:
            continue
        cases.append(pytest.param(rule.id, "has-both", None, id=f"{rule.id}-has-examples"))
        for kind, examples in (("flag", rule.flag), ("pass", rule.pass_)):
            for n, example in enumerate(examples, 1):
                cases.append(pytest.param(rule.id, kind, example,
                                          id=f"{rule.id}-{kind}-{example.lang}-{n}"))
    return cases


@pytest.fixture(scope="module")
def engine() -> Engine:
    return _engine()


@pytest.mark.parametrize(("rule_id", "kind", "example"), _cases())
def test_rule_example(engine: Engine, rule_id: str, kind: str, example) -> None:
    rule = engine.rules[rule_id]
    if kind == "has-both":
        assert rule.flag and rule.pass_, f"{rule_id} needs flag and pass examples"
        return
    found, errors = example_findings(engine, rule_id, example)
    assert not errors
    if kind == "flag":
        assert found, f"{rule_id} should flag: {example.text}"
        for finding in found:  # findings point at the exact characters of the example
            if finding.span:
                assert example.text[finding.span.start:finding.span.end] == finding.span.text
    else:
        assert not found, f"{rule_id} should pass: {example.text}\n got: " + "; ".join(
            f.message for f in found)
