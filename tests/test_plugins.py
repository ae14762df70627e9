"""Plugins found three ways (built-in, entry point, local file) add findings; failures stay put."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from claimcheck.cli import main
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.errors import ConfigError
from claimcheck.model import Article
from claimcheck.plugins import DEFAULT_PLUGINS, build_manager

# A plugin as a fact-checker would write it: one rule, flagging an outlet's banned phrase.
WATCHWORD_PLUGIN = textwrap.dedent('''
    from claimcheck.hookspecs import hookimpl
    from claimcheck.model import Example, Finding, Rule

    @hookimpl
    def claimcheck_register_rules():
        return [Rule(id="watch.phrase", description="Flags the phrase 'sources say'.",
                     severity="warning",
                     flag=[Example("Sources say the talks failed.", "en")],
                     pass_=[Example("The minister said the talks failed.", "en")])]

    @hookimpl
    def claimcheck_check_article(analysis):
        text = analysis.text
        i = text.lower().find("sources say")
        if i >= 0:
            yield Finding(rule="watch.phrase", message="vague: 'sources say'",
                          severity="warning", span=analysis.span(i, i + len("sources say")))
''')

FAILING_PLUGIN = textwrap.dedent('''
    from claimcheck.hookspecs import hookimpl

    @hookimpl
    def claimcheck_check_article(analysis):
        if "boom" in analysis.text:
            raise RuntimeError("cannot handle " + "this\\narticle")
        return []
''')


@pytest.fixture
def no_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_NO_ENTRY_POINTS", "1")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_every_builtin_plugin_is_registered(no_entry_points: None) -> None:
    manager = build_manager()
    assert list(manager.infos) == list(DEFAULT_PLUGINS)
    assert all(info.origin == "builtin" for info in manager.infos.values())


def test_local_plugin_file_adds_a_finding_at_the_exact_span(
    tmp_path: Path, no_entry_points: None
) -> None:
    plugin = write(tmp_path / "watchword.py", WATCHWORD_PLUGIN)
    engine = Engine(Config(plugins=[str(plugin)]))
    text = "Ankara, May 2 - Sources say the talks failed on Tuesday."
    report = engine.check(Article(text=text, lang="en"))
    found = [f for f in report.findings if f.rule == "watch.phrase"]
    assert len(found) == 1
    assert found[0].span is not None
    assert text[found[0].span.start:found[0].span.end] == found[0].span.text == "Sources say"
    assert found[0].plugin == "watchword"
    assert engine.rules["watch.phrase"].origin == "watchword"


def test_local_plugin_shows_in_plugins_list_and_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_entry_points: None
) -> None:
    plugin = write(tmp_path / "watchword.py", WATCHWORD_PLUGIN)
    article = write(tmp_path / "a.txt", "Sources say the ceasefire collapsed overnight.\n")
    assert main(["plugins", "list", "--plugin", str(plugin)]) == 0
    listing = capsys.readouterr().out
    assert f"watchword  [{plugin}]" in listing
    assert "check_article" in listing and "register_rules" in listing

    code = main(["check", str(article), "--plugin", str(plugin), "--format", "json",
                 "--fail-on", "warning"])
    report = json.loads(capsys.readouterr().out)
    rules = [f["rule"] for f in report["articles"][0]["findings"]]
    assert "watch.phrase" in rules
    assert code == 1  # a warning, with --fail-on warning


def test_plugin_installed_through_an_entry_point_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CLAIMCHECK_NO_ENTRY_POINTS", raising=False)
    site = tmp_path / "site"
    site.mkdir()
    write(site / "cc_watchword.py", WATCHWORD_PLUGIN)
    dist = site / "cc_watchword-1.2.dist-info"
    dist.mkdir()
    write(dist / "METADATA", "Metadata-Version: 2.1\nName: cc-watchword\nVersion: 1.2\n")
    write(dist / "entry_points.txt", "[claimcheck]\nwatchword = cc_watchword\n")
    monkeypatch.syspath_prepend(str(site))

    assert main(["plugins", "list"]) == 0
    assert "watchword  [entry point (cc-watchword 1.2)]" in capsys.readouterr().out
    report = Engine(Config()).check(Article(text="Sources say it rained.", lang="en"))
    assert "watch.phrase" in [f.rule for f in report.findings]


def test_a_plugin_that_raises_is_reported_and_the_other_articles_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_entry_points: None
) -> None:
    failing = write(tmp_path / "fragile.py", FAILING_PLUGIN)
    watch = write(tmp_path / "watchword.py", WATCHWORD_PLUGIN)
    first = write(tmp_path / "first.txt", "boom: sources say the bridge fell.\n")
    second = write(tmp_path / "second.txt", "Sources say the bridge stood.\n")
    code = main(["check", str(first), str(second), "--plugin", str(failing), "--plugin",
                 str(watch), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 2  # a plugin error
    first_report, second_report = out["articles"]
    errors = [f for f in first_report["findings"] if f["rule"] == "claimcheck.plugin-error"]
    assert len(errors) == 1
    assert "fragile" in errors[0]["message"] and "claimcheck_check_article" in errors[0]["message"]
    assert "\n" not in errors[0]["message"]
    # The other plugin still ran on the failing article, and the next article is untouched.
    assert "watch.phrase" in [f["rule"] for f in first_report["findings"]]
    assert "watch.phrase" in [f["rule"] for f in second_report["findings"]]
    assert second_report["errors"] == []
    assert "claimcheck.plugin-error" not in [f["rule"] for f in second_report["findings"]]


def test_a_hook_name_with_a_typo_is_a_clear_config_error(
    tmp_path: Path, no_entry_points: None
) -> None:
    typo = write(tmp_path / "typo.py", "from claimcheck.hookspecs import hookimpl\n\n"
                 "@hookimpl\ndef claimcheck_check_claims(claim):\n    return []\n")
    with pytest.raises(ConfigError, match="typo"):
        build_manager([str(typo)])


def test_a_plugin_file_that_fails_to_import_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_entry_points: None
) -> None:
    broken = write(tmp_path / "broken.py", "import not_a_module_anywhere\n")
    assert main(["plugins", "list", "--plugin", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("claimcheck: error: plugin file")
