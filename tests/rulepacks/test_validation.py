"""A malformed rule pack is a one-line ConfigError naming the file, the line and the rule."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.errors import ConfigError
from claimcheck.rulepacks.pack import load_packs

from .helpers import write_pack

GOOD_RULE = """\
rules:
  - name: hedge
    kind: lexicon
    description: Hedges in our own voice.
    words: [reportedly, يعتقد]
    examples:
      flag: [The gunmen reportedly fled., ويعتقد أن المسلحين فروا.]
      pass: [The gunmen fled., وفر المسلحون.]
"""


def error_of(tmp_path: Path, body: str, header: str | None = None) -> str:
    folder = write_pack(tmp_path / "pack", body, header)
    with pytest.raises(ConfigError) as info:
        load_packs([str(folder)])
    message = str(info.value)
    assert "\n" not in message
    return message


def test_a_good_pack_loads_with_each_rule_at_its_line(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", GOOD_RULE)
    [pack] = [p for p in load_packs([str(folder)]) if p.name == "test-pack"]
    [rule] = pack.rules
    assert rule.id == "test-pack.hedge"
    assert rule.origin.endswith("pack.yaml:5")
    assert rule.langs == ("ar", "en")
    assert [e.lang for e in rule.flag] == ["en", "ar"]


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD_RULE.replace("kind: lexicon", "kind: [lexicon"))
    assert "pack.yaml:" in message and "bad YAML" in message
    line = int(message.split("pack.yaml:")[1].split(":")[0])
    assert line in (6, 7, 8)


@pytest.mark.parametrize(("change", "expected"), [
    (("kind: lexicon", "kind: lexicn"), "rule test-pack.hedge: unknown rule kind 'lexicn'"),
    (("    words: [reportedly, يعتقد]\n", ""), "rule test-pack.hedge: missing field 'words'"),
    (("    description: Hedges in our own voice.\n", ""), "missing field 'description'"),
    (("kind: lexicon", "kind: lexicon\n    severity: critical"), "bad severity 'critical'"),
    (("kind: lexicon", "kind: lexicon\n    colour: red"), "unknown field colour"),
    (("name: hedge", "name: Hedge_Words"), "rule name 'Hedge_Words' must be lower-case"),
    (("kind: lexicon", "kind: lexicon\n    message: 'bad {word}'"),
     "message placeholder {word} is unknown"),
    (("flag: [The gunmen reportedly fled., ويعتقد أن المسلحين فروا.]",
      "flag: [The gunmen reportedly fled.]\n      passes: [x]"), "examples: unknown key passes"),
])
def test_each_mistake_is_named(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in GOOD_RULE
    message = error_of(tmp_path, GOOD_RULE.replace(old, new))
    assert expected in message
    assert "pack.yaml:5" in message  # the rule's line


def test_pack_fields_are_checked(tmp_path: Path) -> None:
    assert "pack field 'version' is missing" in error_of(
        tmp_path, GOOD_RULE, "name: test-pack\nlanguage: en\n")
    assert "pack language must be ar or en" in error_of(
        tmp_path, GOOD_RULE, 'name: test-pack\nversion: "1"\nlanguage: fr\n')


def test_regex_that_does_not_compile(tmp_path: Path) -> None:
    body = GOOD_RULE.replace("words: [reportedly, يعتقد]", "regex: ['(unclosed']")
    message = error_of(tmp_path, body)
    assert "rule test-pack.hedge: regex '(unclosed' does not compile" in message


@pytest.mark.parametrize("regex", [r"(a+)+$", r"(\w+\s?)*:", r"(?:x|(ab*))+y"])
def test_regex_that_backtracks_catastrophically_is_refused(tmp_path: Path, regex: str) -> None:
    body = GOOD_RULE.replace("words: [reportedly, يعتقد]", f"regex: ['{regex}']")
    assert "nested quantifiers" in error_of(tmp_path, body)


@pytest.mark.parametrize(("pattern", "expected"), [
    ("[{LOWR: said}]", "unknown attribute 'LOWR'"),
    ("[{LOWER: said, OP: '#'}]", "unknown operator '#'"),
    ("[{LOWER: {ONE_OF: [a, b]}}]", "unknown predicate 'ONE_OF'"),
    ("[{IS_DIGIT: yes please}]", "must be true or false"),
    ("[{LOWER: {REGEX: '(a+)+'}}]", "nested quantifiers"),
    ("[]", "a pattern is a non-empty list"),
    ("[{LENGTH: {'>=': abc}}]", ">= takes a number, not 'abc'"),
])
def test_bad_matcher_patterns(tmp_path: Path, pattern: str, expected: str) -> None:
    body = GOOD_RULE.replace("kind: lexicon", "kind: pattern").replace(
        "words: [reportedly, يعتقد]", f"patterns:\n      en: [{pattern}]").replace(
        ", ويعتقد أن المسلحين فروا.", "").replace(", وفر المسلحون.", "")
    message = error_of(tmp_path, body)
    assert "rule test-pack.hedge: pattern 1 (en)" in message and expected in message


def test_spacy_validates_what_the_static_check_lets_through(tmp_path: Path) -> None:
    body = GOOD_RULE.replace("kind: lexicon", "kind: pattern").replace(
        "words: [reportedly, يعتقد]", "patterns:\n      en: [[{LENGTH: {IN: [abc]}}]]").replace(
        ", ويعتقد أن المسلحين فروا.", "").replace(", وفر المسلحون.", "")
    folder = write_pack(tmp_path / "pack", body)
    [pack] = [p for p in load_packs([str(folder)]) if p.name == "test-pack"]
    with pytest.raises(ConfigError, match=r"pack.yaml:5: rule test-pack.hedge: spaCy rejects"):
        pack.rules[0].compile()


def test_unknown_pack_reference() -> None:
    with pytest.raises(ConfigError, match="rule pack 'no-such-pack' not found"):
        load_packs(["no-such-pack"])


def test_duplicate_rule_ids(tmp_path: Path) -> None:
    body = GOOD_RULE + GOOD_RULE.replace("rules:\n", "")
    assert "defined twice (first at" in error_of(tmp_path, body)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120,
                          env={**__import__("os").environ, "CLAIMCHECK_NO_ENTRY_POINTS": "1"})


def test_cli_reports_a_broken_pack_in_one_line_with_exit_2(tmp_path: Path) -> None:
    write_pack(tmp_path / "bad", GOOD_RULE.replace("kind: lexicon", "kind: spelling"))
    for command in (["rules", "list"], ["rules", "test"], ["plugins", "list"]):
        result = _cli(*command, "--rules", "bad", cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip() == ("claimcheck: error: bad/pack.yaml:5: rule "
                                         "test-pack.hedge: unknown rule kind 'spelling' (use "
                                         "claim, lexicon, pattern, preferred, sources)")
        assert "Traceback" not in result.stderr


def test_a_slow_regex_is_stopped_not_hung(tmp_path: Path) -> None:
    # (a|a)* passes the static check (no nested quantifier) but backtracks exponentially.
    body = GOOD_RULE.replace("words: [reportedly, يعتقد]", "regex: {en: ['^(a|a)*$']}").replace(
        ", ويعتقد أن المسلحين فروا.", "").replace(", وفر المسلحون.", "")
    write_pack(tmp_path / "slow", body)
    (tmp_path / "article.txt").write_text("a" * 40 + "!\n", encoding="utf-8")
    started = time.monotonic()
    result = _cli("check", "article.txt", "--rules", "slow", "--lang", "en", cwd=tmp_path)
    assert time.monotonic() - started < 60
    assert result.returncode == 2
    assert "ran longer than 0.5s and was stopped" in result.stdout
