"""Running rules' flag and pass examples, for `claimcheck rules test` and the test suite.

A flag example passes when the rule reports at least one finding on it; a pass example passes when
the rule reports none. A rule with no flag example or no pass example fails: every rule carries
both, in its own language. Results are grouped per rule and printed the way textlint's tester and
LanguageTool's rule tests do: what was expected, what was found, and where.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from claimcheck.model import Article, Example, Finding, Rule

if TYPE_CHECKING:
    from claimcheck.engine import Engine
    from claimcheck.model import ArticleReport

EXEMPT = {"claimcheck.plugin-error"}  # raised by the engine itself, not by text
PASS, FAIL = "✓", "✗"


@dataclass
class ExampleResult:
    rule: Rule
    kind: Literal["flag", "pass", "missing"]
    example: Example | None
    ok: bool
    found: list[Finding]
    errors: list[str]
    claims: int = 0  # how many claims the pipeline found in the example (hint for claim rules)

    def describe(self) -> str:
        """One line (plus a reason line when it failed), without the rule id."""
        if self.kind == "missing":
            missing = " and ".join(k for k, have in (("flag", self.rule.flag),
                                                       ("pass", self.rule.pass_)) if not have)
            return f"{FAIL} has no {missing} example (every rule needs both)"
        assert self.example is not None
        text = " ".join(self.example.text.split())
        text = text if len(text) <= 72 else text[:71] + "…"
        head = f"{PASS if self.ok else FAIL} {self.kind} [{self.example.lang}] {text}"
        if self.errors:
            return f"{head}\n      error: {self.errors[0]}"
        if self.ok:
            return head
        if self.kind == "flag":
            claims = f"{self.claims} claim{'s' if self.claims != 1 else ''}"
            return f"{head}\n      expected a finding, got none ({claims} found in the example)"
        got = "; ".join(_where(f, self.example) for f in self.found[:3])
        return f"{head}\n      expected no finding, got {len(self.found)}: {got}"


def _where(finding: Finding, example: Example) -> str:
    if finding.span is None:
        return finding.message
    line = example.text.count("\n", 0, finding.span.start) + 1
    col = finding.span.start - (example.text.rfind("\n", 0, finding.span.start) + 1) + 1
    return f"{finding.span.text!r} at {line}:{col} ({finding.message})"


def example_report(engine: Engine, rule_id: str, example: Example) -> ArticleReport:
    """The report on one example. Its ``errors`` leave out start-up errors (a plugin whose
    register_rules failed): they are about that plugin, not the example; see startup_errors."""
    article = Article(text=example.text, path=f"<example of {rule_id}>", lang=example.lang,
                      title=example.title, published=example.published,
                      published_from="example" if example.published else None)
    report = engine.check(article)
    startup = startup_errors(engine)
    report.errors = [e for e in report.errors if e not in startup]
    return report


def startup_errors(engine: Engine) -> list[str]:
    """Plugins that failed while the engine started (configure, register_rules...)."""
    return [str(e) for e in engine.startup_errors]


def example_findings(engine: Engine, rule_id: str, example: Example) -> tuple[list[Finding],
                                                                             list[str]]:
    """The findings of ``rule_id`` on one example, and any plugin errors raised on it."""
    report = example_report(engine, rule_id, example)
    return [f for f in report.findings if f.rule == rule_id], report.errors


def selected(rule: Rule, selection: list[str]) -> bool:
    """Whether a rule is chosen by ids, categories or packs (a pack name, folder or file)."""
    if not selection:
        return True
    origin = rule.origin.rsplit(":", 1)[0] if rule.origin else ""
    for s in selection:
        s = s.rstrip("/").removeprefix("./")
        if rule.id == s or rule.id.startswith(s.rstrip(".") + ".") or rule.origin == s:
            return True
        if origin and (origin == s or origin.startswith(s + "/") or
                       origin.endswith("/" + s) or f"/{s}/" in f"/{origin}"):
            return True
    return False


def run_rule(engine: Engine, rule: Rule) -> list[ExampleResult]:
    results: list[ExampleResult] = []
    if not rule.flag or not rule.pass_:
        results.append(ExampleResult(rule, "missing", None, False, [], []))
    for kind, examples in (("flag", rule.flag), ("pass", rule.pass_)):
        for example in examples:
            report = example_report(engine, rule.id, example)
            found = [f for f in report.findings if f.rule == rule.id]
            ok = not report.errors and (bool(found) if kind == "flag" else not found)
            results.append(ExampleResult(rule, kind, example, ok, found, report.errors,  # type: ignore[arg-type]
                                         len(report.claims)))
    return results


def run_examples(engine: Engine, selection: list[str] | None = None) -> list[ExampleResult]:
    results: list[ExampleResult] = []
    for rule in sorted(engine.rules.values(), key=lambda r: r.id):
        if rule.id in EXEMPT or not selected(rule, selection or []):
            continue
        results.extend(run_rule(engine, rule))
    return results


@dataclass
class Summary:
    rules: int = 0
    failed_rules: list[str] = field(default_factory=list)
    examples: int = 0
    failed_examples: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed_rules


def render(results: Iterable[ExampleResult]) -> tuple[list[str], Summary]:
    """The report lines, one block per rule, and the totals."""
    lines: list[str] = []
    summary = Summary()
    current: Rule | None = None
    for result in results:
        if result.rule is not current:
            current = result.rule
            summary.rules += 1
            lines.append(f"{current.id}  ({current.origin or 'unknown origin'})")
        if result.kind != "missing":
            summary.examples += 1
        if not result.ok:
            summary.failed_examples += result.kind != "missing"
            if current.id not in summary.failed_rules:
                summary.failed_rules.append(current.id)
        lines.append("  " + result.describe())
    return lines, summary
