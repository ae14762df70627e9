"""pytest helpers for plugin and rule-pack authors: run text through the whole pipeline and assert.

Installed with claimcheck as a pytest plugin (entry point ``pytest11``), so a plugin's tests need
no conftest to use it::

    import my_plugin

    def test_flags_a_vague_source(assert_flags):
        assert_flags("watch.vague-source", "Sources say the talks failed.", plugins=[my_plugin])

    def test_rule_examples():
        from claimcheck.testing import assert_examples
        assert_examples("watch.", plugins=[my_plugin])   # every example of every watch.* rule

Fixtures: ``claimcheck_plugins`` / ``claimcheck_rule_packs`` / ``claimcheck_settings`` (override
them in a conftest to apply to every test), ``claimcheck_engine`` (an Engine with those),
``check_text``, ``assert_flags`` and ``assert_passes`` (bound to that engine; extra ``plugins=``,
``rule_packs=`` or ``settings=`` build a new one). The same helpers are plain functions here too.

Importing this module is cheap: claimcheck's engine is imported when a helper is first used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from claimcheck.engine import Engine
    from claimcheck.model import ArticleReport, Finding

PluginSpec = ModuleType | str | Path | object


def make_engine(plugins: Iterable[PluginSpec] = (), rule_packs: Iterable[str | Path] = (),
                settings: dict[str, dict[str, Any]] | None = None, entry_points: bool = False,
                **config: Any) -> Engine:
    """An Engine with the built-ins plus ``plugins``: modules or objects with hook functions,
    or paths of plugin files and folders (as ``--plugin`` takes). Installed plugins are left out
    unless ``entry_points`` is true, so a test sees the same plugins on every machine."""
    from claimcheck.config import Config
    from claimcheck.engine import Engine
    from claimcheck.plugins import build_manager

    paths = [str(p) for p in plugins if isinstance(p, str | Path)]
    objects = [p for p in plugins if not isinstance(p, str | Path)]
    manager = build_manager(paths, entry_points_too=entry_points)
    for n, plugin in enumerate(objects):
        name = getattr(plugin, "__name__", None) or f"{type(plugin).__name__}-{n}"
        if not manager.pm.is_registered(plugin):
            manager.register(plugin, name, "test")
    manager.check_pending()
    cfg = Config(plugins=paths, rule_packs=[str(p) for p in rule_packs],
                 settings=dict(settings or {}), **config)
    return Engine(cfg, manager)


def check_text(text: str, lang: str | None = None, *, engine: Engine | None = None,
               plugins: Iterable[PluginSpec] = (), rule_packs: Iterable[str | Path] = (),
               settings: dict[str, dict[str, Any]] | None = None,
               published: date | str | None = None, title: str | None = None) -> ArticleReport:
    """The ArticleReport for ``text`` (language from its script unless given)."""
    from claimcheck.model import Article

    if engine is None or plugins or rule_packs or settings:
        engine = make_engine(plugins, rule_packs, settings)
    if isinstance(published, str):
        published = date.fromisoformat(published)
    article = Article(text=text, path="<test>", lang=lang or _lang(text), title=title,
                      published=published, published_from="test" if published else None)
    return engine.check(article)


def assert_flags(rule_id: str, text: str, lang: str | None = None, **kwargs: Any
                 ) -> list[Finding]:
    """Assert that ``rule_id`` reports at least one finding on ``text``; return its findings.

    Fails too when a plugin raised on the text (its error is in the message)."""
    engine = kwargs.pop("engine", None) or make_engine(**_engine_args(kwargs))
    report = check_text(text, lang, engine=engine, **kwargs)
    found = [f for f in report.findings if f.rule == rule_id]
    if rule_id != "claimcheck.plugin-error":
        _fail_on_own_errors(engine, report)
    if not found:
        raise AssertionError(f"{rule_id} did not flag {_short(text)!r}\n{_explain(report)}")
    for finding in found:  # findings point at the exact characters of the input
        if finding.span is not None:
            assert text[finding.span.start:finding.span.end] == finding.span.text, finding
    return found


def assert_passes(rule_id: str, text: str, lang: str | None = None, **kwargs: Any) -> None:
    """Assert that ``rule_id`` reports nothing on ``text`` (and that no plugin raised)."""
    engine = kwargs.pop("engine", None) or make_engine(**_engine_args(kwargs))
    report = check_text(text, lang, engine=engine, **kwargs)
    _fail_on_own_errors(engine, report)
    found = [f for f in report.findings if f.rule == rule_id]
    if found:
        raise AssertionError(f"{rule_id} flagged {_short(text)!r}\n{_explain(report, found)}")


def assert_examples(selection: str | Sequence[str], *, engine: Engine | None = None,
                    **kwargs: Any) -> int:
    """Run the flag and pass examples of the rules ``selection`` names (ids, a category such as
    ``"watch."``, or a pack); fail with `claimcheck rules test`'s report. Returns how many ran."""
    from claimcheck.ruletesting import EXEMPT, render, run_rule, selected

    engine = engine or make_engine(**kwargs)
    names = [selection] if isinstance(selection, str) else list(selection)
    rules = [r for r in sorted(engine.rules.values(), key=lambda r: r.id)
             if r.id not in EXEMPT and selected(r, names)]
    if not rules:
        raise AssertionError(f"no registered rule matches {names}; registered: "
                             f"{', '.join(sorted(engine.rules))}")
    results = [result for rule in rules for result in run_rule(engine, rule)]
    lines, summary = render(results)
    if not summary.ok:
        raise AssertionError("rule examples failed:\n" + "\n".join(lines))
    return summary.examples


def _engine_args(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: kwargs.pop(k) for k in ("plugins", "rule_packs", "settings") if k in kwargs}


def _fail_on_own_errors(engine: Engine, report: ArticleReport) -> None:
    """Fail when a plugin under test (not a built-in or installed one) raised on the text.

    Errors of other plugins are not the author's to fix; they are listed in any failure message.
    """
    own = {name for name, info in engine.manager.infos.items()
           if info.origin != "builtin" and not info.origin.startswith("entry point")}
    for error in report.errors:
        match = re.match(r"plugin '([^']+)'", error)
        if match and match.group(1) in own:
            pytest.fail(f"a plugin under test failed on the text: {error}", pytrace=False)


def _lang(text: str) -> str:
    from claimcheck.rulepacks.phrases import lang_of

    return lang_of(text)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


def _explain(report: ArticleReport, findings: list[Finding] | None = None) -> str:
    findings = report.findings if findings is None else findings
    lines = [f"  plugin error: {e}" for e in report.errors]
    lines.append(f"  claims found: {len(report.claims)}")
    for claim in report.claims:
        source = claim.source.name if claim.source else "-"
        cue = claim.cue.lemma if claim.cue else "-"
        lines.append(f"    {claim.id} {claim.kind} source={source} cue={cue}: "
                     f"{_short(claim.content.text)}")
    lines.append(f"  findings: {len(findings)}")
    for f in findings:
        where = f" {f.span.text!r}" if f.span else ""
        lines.append(f"    {f.rule} ({f.severity}){where}: {f.message}")
    return "\n".join(lines)


# -- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def claimcheck_plugins() -> list[PluginSpec]:
    """Plugins every helper of this test uses; override in a conftest to add yours."""
    return []


@pytest.fixture
def claimcheck_rule_packs() -> list[str | Path]:
    """Rule packs (names, folders or files) every helper of this test uses."""
    return []


@pytest.fixture
def claimcheck_settings() -> dict[str, dict[str, Any]]:
    """Per-plugin settings, as ``[plugins.<name>]`` in claimcheck.toml would give them."""
    return {}


@pytest.fixture
def claimcheck_engine(claimcheck_plugins, claimcheck_rule_packs, claimcheck_settings) -> Engine:
    """An Engine with the built-ins plus the fixtures' plugins, rule packs and settings."""
    return make_engine(claimcheck_plugins, claimcheck_rule_packs, claimcheck_settings)


class _Bound:
    """A helper bound to the test's engine; extra plugins, packs or settings in a call are added to
    the fixtures' ones and get an engine of their own."""

    def __init__(self, func, engine: Engine, plugins: list, packs: list, settings: dict) -> None:
        self.func, self.engine = func, engine
        self.plugins, self.packs, self.settings = plugins, packs, settings

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        plugins = list(kwargs.pop("plugins", None) or ())
        packs = list(kwargs.pop("rule_packs", None) or ())
        settings = dict(kwargs.pop("settings", None) or {})
        if "engine" not in kwargs:
            kwargs["engine"] = self.engine if not (plugins or packs or settings) else make_engine(
                [*self.plugins, *plugins], [*self.packs, *packs], {**self.settings, **settings})
        return self.func(*args, **kwargs)


def _bound(func):
    @pytest.fixture(name=func.__name__)
    def fixture(claimcheck_engine, claimcheck_plugins, claimcheck_rule_packs,
                claimcheck_settings) -> _Bound:
        return _Bound(func, claimcheck_engine, list(claimcheck_plugins),
                      list(claimcheck_rule_packs), dict(claimcheck_settings))

    fixture.__doc__ = f"``{func.__name__}`` bound to ``claimcheck_engine``: {func.__doc__}"
    return fixture


check_text_fixture = _bound(check_text)
assert_flags_fixture = _bound(assert_flags)
assert_passes_fixture = _bound(assert_passes)
