"""`rules list|show|test` and `plugins list` as a fact-checker uses them on a pack of their own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.cli import main

from .helpers import write_pack

HEAVY = ("spacy", "thinc", "torch", "camel_tools", "dateparser", "numpy")

PACK = """\
rules:
  - name: hedge
    kind: lexicon
    description: Hedges in our own voice hide a source.
    severity: info
    help_url: https://example.org/style#hedges
    words: [reportedly, allegedly, يعتقد]
    examples:
      flag: ["The gunmen reportedly fled.", "ويعتقد أن المسلحين فروا نحو الحدود."]
      pass: ["The gunmen fled, police said.", "وقالت الشرطة إن المسلحين فروا."]
"""


@pytest.mark.parametrize("command", [["rules", "list"], ["plugins", "list"],
                                     ["rules", "show", "claimcheck.plugin-error"]])
def test_listing_commands_import_no_nlp_library(command: list[str]) -> None:
    code = ("import sys\nfrom claimcheck.cli import main\n"
            f"rc = main({[*command, '--rules', 'house-style']!r})\n"
            f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
            "print('HEAVY', heavy, rc, file=sys.stderr)\n")
    env = {**os.environ, "CLAIMCHECK_NO_ENTRY_POINTS": "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=120)
    assert "HEAVY [] 0" in result.stderr, result.stderr


def test_rules_list_shows_where_each_rule_is_defined(capsys, tmp_path: Path,
                                                     monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_pack(tmp_path / "mypack", PACK)
    assert main(["rules", "list", "--rules", "mypack"]) == 0
    out = capsys.readouterr().out
    assert "test-pack.hedge" in out
    line = next(x for x in out.splitlines() if x.startswith("test-pack.hedge"))
    assert line.split()[1:] == ["info", "ar,en", "mypack/pack.yaml:5"]
    assert "built-in rule packs not enabled: house-style" in out


def test_rules_show_prints_the_rule_in_full(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_pack(tmp_path / "mypack", PACK)
    assert main(["rules", "show", "test-pack.hedge", "--rules", "mypack"]) == 0
    out = capsys.readouterr().out
    assert "defined in:  mypack/pack.yaml:5" in out
    assert "kind:        lexicon" in out
    assert "guideline:   https://example.org/style#hedges" in out
    assert "[ar] ويعتقد أن المسلحين فروا نحو الحدود." in out


def test_rules_show_points_at_a_pack_that_is_not_enabled(capsys) -> None:
    assert main(["rules", "show", "house-style.names"]) == 2
    assert "in the rule pack 'house-style', which is not enabled; add --rules house-style" in (
        capsys.readouterr().err)


def test_rules_test_runs_a_new_pack_and_reports_like_a_tester(capsys, tmp_path: Path,
                                                             monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_pack(tmp_path / "mypack", PACK)
    assert main(["rules", "test", "mypack"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "test-pack.hedge  (mypack/pack.yaml:5)"
    assert "  ✓ flag [en] The gunmen reportedly fled." in out
    assert "  ✓ pass [ar] وقالت الشرطة إن المسلحين فروا." in out
    assert out.rstrip().endswith("1 rule, 4 examples: 4 passed, 0 failed; 0 of 1 rules failed")


def test_rules_test_fails_a_wrong_example_and_a_rule_without_examples(capsys, tmp_path: Path,
                                                                     monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    body = PACK.replace('pass: ["The gunmen fled, police said.",',
                        'pass: ["Police said the gunmen allegedly fled.",') + """
  - name: no-examples
    kind: lexicon
    description: A rule nobody tested.
    words: [thugs]
"""
    write_pack(tmp_path / "mypack", body)
    assert main(["rules", "test", "mypack"]) == 1
    out = capsys.readouterr().out
    assert "  ✗ pass [en] Police said the gunmen allegedly fled." in out
    assert "      expected no finding, got 1: 'allegedly' at 1:24" in out
    assert "test-pack.no-examples  (mypack/pack.yaml:15)\n  ✗ has no flag and pass example" in out
    assert "2 of 2 rules failed" in out


def test_a_new_rule_flags_in_check(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_pack(tmp_path / "mypack", PACK)
    article = tmp_path / "draft.md"
    article.write_text("---\ntitle: Border\n---\nويعتقد أن المسلحين فروا نحو الحدود.\n",
                       encoding="utf-8")
    code = main(["check", "draft.md", "--rules", "mypack", "-f", "json", "--fail-on", "info"])
    import json

    report = json.loads(capsys.readouterr().out)
    [finding] = [f for f in report["articles"][0]["findings"] if f["rule"] == "test-pack.hedge"]
    text = article.read_text(encoding="utf-8")
    assert text[finding["start"]:finding["end"]] == "ويعتقد" == finding["text"]
    assert (finding["line"], finding["column"]) == (4, 1)
    assert code != 0  # 1 for the finding (2 if another plugin failed on the article)


def test_a_built_in_pack_named_in_claimcheck_toml(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.toml").write_text('rule_packs = ["house-style"]\n', encoding="utf-8")
    assert main(["rules", "list"]) == 0
    out = capsys.readouterr().out
    assert "house-style.state-media" in out
    assert "built-in rule packs not enabled" not in out
