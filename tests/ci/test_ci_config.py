"""Configuration files: discovery, precedence, per-path sections, broken files, `config show`."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ci_support import findings, git

from claimcheck.configfile import load_config

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_by_walking_up_from_the_checked_file(repo):
    write(repo / "pyproject.toml", '[tool.claimcheck]\nfail-on = "warning"\nlang = "ar"\n')
    config = load_config(start=repo / "drafts" / "minister-ar.md")
    assert config.path == repo / "pyproject.toml"
    assert (config.fail_on, config.lang, config.root) == ("warning", "ar", repo)
    # claimcheck.toml nearer the file wins; pyproject.toml without the table is passed over
    write(repo / "drafts" / "pyproject.toml", "[project]\nname = 'x'\n")
    write(repo / "drafts" / "claimcheck.toml", 'fail-on = "info"\n')
    assert load_config(start=repo / "drafts" / "minister-ar.md").fail_on == "info"


def test_walk_stops_at_the_repository_root(tmp_path, repo):
    write(tmp_path / "claimcheck.toml", 'fail-on = "info"\n')  # above the repository
    config = load_config(start=repo / "drafts" / "minister-ar.md")
    assert config.path is None and config.fail_on == "error"


def test_command_line_over_config_over_defaults(repo, plugin, cli):
    write(repo / "claimcheck.toml",
          f'fail-on = "warning"\nplugins = ["{plugin.as_posix()}"]\nignore = ["newsroom.loaded"]\n')
    result = cli("check", "drafts/minister-en.md", "-f", "json", cwd=repo)
    assert result.code == 1  # the hedge (warning) fails with fail-on = "warning"
    assert [r for _p, r, _l in findings(result.json())] == ["newsroom.hedge"]
    result = cli("check", "drafts/minister-en.md", "-f", "json", "--fail-on", "error", cwd=repo)
    assert result.code == 0
    result = cli("check", "drafts/minister-en.md", "-f", "json", "--ignore", "newsroom",
                 cwd=repo)
    assert findings(result.json()) == [] and result.code == 0


def test_plugins_are_relative_to_the_config_file_and_severity_per_rule(repo, plugin, cli):
    (repo / "tools").mkdir()
    plugin.rename(repo / "tools" / "newsroom.py")
    write(repo / "claimcheck.toml",
          'plugins = ["tools/newsroom.py"]\n[severity]\n"newsroom.loaded" = "info"\n')
    result = cli("check", "minister-en.md", "-f", "json", cwd=repo / "drafts")
    severities = {f["rule"]: f["severity"] for f in result.json()["articles"][0]["findings"]}
    assert severities == {"newsroom.loaded": "info", "newsroom.hedge": "warning"}
    assert result.code == 0


def test_per_path_sections(repo, plugin, cli):
    opinion = repo / "drafts" / "opinion"
    opinion.mkdir()
    (repo / "drafts" / "minister-en.md").rename(opinion / "column.md")
    write(repo / "pyproject.toml", f"""
[tool.claimcheck]
plugins = ["{plugin.as_posix()}"]

[[tool.claimcheck.overrides]]
files = ["drafts/opinion/**"]
ignore = ["newsroom.hedge"]
severity = {{ "newsroom.loaded" = "warning" }}
""")
    report = cli("check", "drafts", "-f", "json", cwd=repo).json()
    got = {(a["path"], f["rule"], f["severity"]) for a in report["articles"]
           for f in a["findings"]}
    assert got == {("drafts/minister-ar.md", "newsroom.loaded", "error"),
                   ("drafts/minister-ar.md", "newsroom.hedge", "warning"),
                   ("drafts/opinion/column.md", "newsroom.loaded", "warning")}


def test_published_from_config(repo, plugin, cli):
    draft = repo / "drafts" / "undated.txt"
    draft.write_text("The minister said on Tuesday that talks would resume.\n", encoding="utf-8")
    write(repo / "claimcheck.toml", "published = 2024-03-12\n")
    article = cli("check", "drafts/undated.txt", "-f", "json", cwd=repo).json()["articles"][0]
    assert (article["published"], article["published_from"]) == ("2024-03-12", "config")
    write(repo / "claimcheck.toml", 'published = "file-mtime"\n')
    article = cli("check", "drafts/undated.txt", "-f", "json", cwd=repo).json()["articles"][0]
    assert article["published"] == date.fromtimestamp(draft.stat().st_mtime).isoformat()
    assert article["published_from"] == "file-mtime"
    article = cli("check", "drafts/undated.txt", "-f", "json", "--published", "2017-05-02",
                  cwd=repo).json()["articles"][0]
    assert article["published"] == "2017-05-02"


def test_published_source_front_matter_or_dateline(repo, cli):
    draft = repo / "drafts" / "wire.md"
    draft.write_text("---\npublished: 2017-05-03\n---\n"
                     "بيروت - 2 أيار (مايو) 2017 (رويترز) - قال مسؤول إن المحادثات ستستأنف.\n",
                     encoding="utf-8")
    undated = repo / "drafts" / "undated.md"
    undated.write_text("MOSCOW, May 2, 2017 (Reuters) - The Kremlin said talks went well.\n",
                       encoding="utf-8")

    def dates() -> list[tuple[str | None, str | None]]:
        report = cli("check", "drafts/wire.md", "drafts/undated.md", "-f", "json",
                     cwd=repo).json()
        return [(a["published"], a["published_from"]) for a in report["articles"]]

    assert dates() == [("2017-05-03", "front-matter"), ("2017-05-02", "dateline")]
    write(repo / "claimcheck.toml", 'published = "front-matter"\n')
    assert dates() == [("2017-05-03", "front-matter"), (None, None)]  # no guess from the text
    write(repo / "claimcheck.toml", 'published = "dateline"\n')
    assert dates() == [("2017-05-02", "dateline"), ("2017-05-02", "dateline")]


def test_broken_config_is_one_line_and_exit_2(repo, cli):
    cases = {
        'fail-on = "sometimes"\n': "fail-on must be one of error, warning, info, never",
        "fail-on = \n": "invalid TOML",
        'colour = "red"\n': "unknown key 'colour'",
        "select = 3\n": "select must be a list of strings",
        '[[overrides]]\nignore = ["dates"]\n': "overrides #1: needs files = [globs]",
        '[severity]\n"dates.x" = "fatal"\n': "severity.dates.x must be one of error, warning",
        'published = "yesterday"\n': "published must be a date (YYYY-MM-DD) or one of",
    }
    for text, message in cases.items():
        write(repo / "claimcheck.toml", text)
        result = cli("check", "drafts/minister-en.md", cwd=repo)
        assert result.code == 2, text
        assert result.out == ""
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and str(repo / "claimcheck.toml") in lines[0], result.err
        assert message in lines[0], (text, lines[0])


def test_config_show_is_toml_and_says_where_each_part_came_from(repo, cli):
    write(repo / "pyproject.toml", """
[tool.claimcheck]
fail-on = "warning"
select = ["attribution", "dates"]
published = "front-matter"

[[tool.claimcheck.overrides]]
files = ["drafts/opinion/**"]
ignore = ["attribution.loaded-verb"]
""")
    result = cli("config", "show", "--config", "pyproject.toml", cwd=repo)
    assert result.code == 0
    parsed = tomllib.loads(result.out)
    assert parsed["fail-on"] == "warning" and parsed["select"] == ["attribution", "dates"]
    assert parsed["published"] == "front-matter" and parsed["lang"] == "auto"
    assert parsed["overrides"][0]["files"] == ["drafts/opinion/**"]
    lines = result.out.splitlines()
    assert 'fail-on = "warning"  # pyproject.toml' in lines
    assert 'lang = "auto"  # default' in lines
    shown = cli("config", "show", "drafts/opinion/column.md", cwd=repo).out
    assert tomllib.loads(shown)["ignore"] == ["attribution.loaded-verb"]
    assert "# as applied to drafts/opinion/column.md (1 per-path section(s) match)" in shown


def test_without_git_the_config_folder_is_the_root(tmp_path, plugin, cli):
    write(tmp_path / "desk" / "claimcheck.toml", f'plugins = ["{plugin.as_posix()}"]\n')
    write(tmp_path / "desk" / "drafts" / "a.md", "The minister allegedly resigned.\n")
    report = cli("check", "drafts/a.md", "-f", "json", cwd=tmp_path / "desk").json()
    assert report["articles"][0]["path"] == "drafts/a.md"
    assert findings(report) == [("drafts/a.md", "newsroom.hedge", 1)]


def test_git_helper_works(repo):
    assert "drafts" in git(repo, "log", "--oneline")


def test_the_configuration_example_in_the_docs_loads(tmp_path):
    docs = (Path(__file__).resolve().parents[2] / "docs" / "ci.md").read_text(encoding="utf-8")
    example = docs.split("```toml\n", 1)[1].split("```", 1)[0]
    write(tmp_path / "pyproject.toml", example)
    config = load_config(start=tmp_path)
    assert config.lang == "ar" and config.published_source == "front-matter"
    assert config.plugins == [str(tmp_path / "tools" / "house_style.py")]
    assert config.severity == {"consistency.name-variant": "error"}
    assert [o.files for o in config.overrides] == [["drafts/opinion/**"], ["drafts/archive/**"]]
    opinion = config.for_path(tmp_path / "drafts" / "opinion" / "a.md")
    assert opinion.ignore == ["attribution.loaded-verb", "attribution.unattributed-claim"]
    assert opinion.severity["attribution.anonymous-source"] == "info"
    archive = config.for_path(tmp_path / "drafts" / "archive" / "2019" / "b.md")
    assert archive.published_source == "file-mtime" and archive.ignore == config.ignore
