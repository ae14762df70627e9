"""Running rules' flag and pass examples, for `claimcheck rules test` and the test suite.

A flag example passes when the rule reports at least one finding on it; a pass example passes when
the rule reports none. A rule with no flag example or no pass example fails: every rule carries
both, in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from claimcheck.model import Article, Example, Finding, Rule

if TYPE_CHECKING:
    from claimcheck.engine import Engine

EXEMPT = {"claimcheck.plugin-error"}  # raised by the engine itself, not by text


@dataclass
class ExampleResult:
    rule: Rule
    kind: Literal["flag", "pass", "missing"]
    example: Example | None
    ok: bool
    found: list[Finding]
    errors: list[str]

    def describe(self) -> str:
        if self.kind == "missing":
            return f"{self.rule.id}: has no {'flag' if not self.rule.flag else 'pass'} example"
        assert self.example is not None
        text = self.example.text.replace("\n", " ")
        head = f"{self.rule.id} {self.kind} [{self.example.lang}] {text[:70]}"
        if self.errors:
            return f"{head}\n      error: {self.errors[0]}"
        if not self.ok:
            what = ("no finding" if self.kind == "flag"
                    else "; ".join(f.message for f in self.found))
            return f"{head}\n      got: {what}"
        return head


def example_findings(engine: Engine, rule_id: str, example: Example) -> tuple[list[Finding],
                                                                             list[str]]:
    """The findings of ``rule_id`` on one example, and any plugin errors raised on it."""
    article = Article(text=example.text, path=f"<example of {rule_id}>", lang=example.lang,
                      title=example.title, published=example.published,
                      published_from="example" if example.published else None)
    report = engine.check(article)
    return [f for f in report.findings if f.rule == rule_id], report.errors


def selected(rule: Rule, selection: list[str]) -> bool:
    return not selection or any(
        rule.id == s or rule.id.startswith(s.rstrip(".") + ".") or rule.origin == s
        or s in rule.origin for s in selection)


def run_examples(engine: Engine, selection: list[str] | None = None) -> list[ExampleResult]:
    results: list[ExampleResult] = []
    for rule in sorted(engine.rules.values(), key=lambda r: r.id):
        if rule.id in EXEMPT or not selected(rule, selection or []):
            continue
        if not rule.flag or not rule.pass_:
            results.append(ExampleResult(rule, "missing", None, False, [], []))
        for kind, examples in (("flag", rule.flag), ("pass", rule.pass_)):
            for example in examples:
                found, errors = example_findings(engine, rule.id, example)
                ok = not errors and (bool(found) if kind == "flag" else not found)
                results.append(ExampleResult(rule, kind, example, ok, found, errors))
    return results
