"""The attribution module's settings are checked at start-up: a misspelt house rule, an unknown
grade or a score out of range stops the run with one config error line and exit code 2, where it
used to be ignored silently (the newsroom's rule then never applied)."""

from __future__ import annotations

import pytest

from claimcheck.cli import main

ARTICLE = ("A senior official, who asked not to be named, said the talks had stalled.\n")


def check(tmp_path, capsys, settings: str):
    (tmp_path / "claimcheck.toml").write_text(settings, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = main(["check", str(article), "--lang", "en", "--fail-on", "never"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("settings, words", [
    ("[settings.claimcheck_attribution.house_rules]\nanonymity_need_reason = false\n",
     ["unknown house rule", "anonymity_need_reason", "anonymity_needs_reason"]),
    ("[settings.claimcheck_attribution.house_rules]\nflag_metonyms = \"no\"\n",
     ["flag_metonyms", "true or false"]),
    ("[settings.claimcheck_attribution.house_rules]\ncorroboration_similarity = \"high\"\n",
     ["corroboration_similarity", "number"]),
    ("[settings.claimcheck_attribution.house_rules]\ntwo_sources_for = [\"anonymus\"]\n",
     ["two_sources_for", "unknown grade", "anonymus"]),
    ("[settings.claimcheck_attribution.scores]\nanonymus = 0.2\n",
     ["unknown grade", "anonymus"]),
    ("[settings.claimcheck_attribution.scores]\nanonymous = 3\n",
     ["scores.anonymous", "from 0 to 1"]),
    ("[settings.claimcheck_attribution]\nhouse_rule = {}\n",
     ["unknown key", "house_rule"]),
    ("[settings.claimcheck_attribution]\nlexicons = [\"no-such-newsroom.yaml\"]\n",
     ["no-such-newsroom.yaml"]),
])
def test_a_wrong_setting_is_one_config_error(tmp_path, capsys, settings, words):
    code, err = check(tmp_path, capsys, settings)
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: "), err
    for word in words:
        assert word in lines[0], (word, lines[0])


def test_valid_settings_run(tmp_path, capsys):
    code, err = check(tmp_path, capsys, (
        "[settings.claimcheck_attribution.house_rules]\nanonymity_needs_reason = false\n"
        "corroboration_similarity = 70\ntwo_sources_for = [\"anonymous\", \"vague\"]\n"
        "[settings.claimcheck_attribution.scores]\nanonymous = 0.2\n"))
    assert code == 0, err
    assert "error" not in err
