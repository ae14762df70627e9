"""The CI output formats: SARIF (schema-valid, regions that point at the right characters),
GitHub annotations (the toolkit's escaping), JUnit, Markdown, and repository-relative paths."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from ci_support import AR_DRAFT, SCHEMA, SEED, region_text

from claimcheck.model import Article, ArticleReport, Finding, RunReport
from claimcheck.report.formatter import FormatOptions
from claimcheck.report.github import annotation, escape_data, escape_property, render_github
from claimcheck.report.junit import render_junit
from claimcheck.report.positions import utf16_len


@pytest.fixture(scope="module")
def sarif_schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def test_sarif_on_arabic_draft_is_valid_and_regions_point_at_the_words(
        repo, plugin, cli, sarif_schema):
    draft = repo / "drafts" / "minister-ar.md"
    # an emoji before a flagged word on the same line: 2 UTF-16 units, 1 code point
    draft.write_text(AR_DRAFT + "🚨 عاجل: الوزير هاجم المعارضة مجدداً.\n", encoding="utf-8")
    result = cli("check", "drafts/minister-ar.md", "--plugin", plugin, "-f", "sarif", cwd=repo)
    assert result.code == 1, result.err
    sarif = json.loads(result.out)
    jsonschema.validate(sarif, sarif_schema)
    run = sarif["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    driver = run["tool"]["driver"]
    assert driver["name"] == "claimcheck" and driver["version"] and driver["informationUri"]
    rule_ids = [r["id"] for r in driver["rules"]]
    assert {"newsroom.hedge", "newsroom.loaded"} <= set(rule_ids)
    loaded = driver["rules"][rule_ids.index("newsroom.loaded")]
    assert loaded["defaultConfiguration"]["level"] == "error"
    assert loaded["shortDescription"]["text"] and loaded["help"]["text"]

    text = draft.read_text(encoding="utf-8")
    results = run["results"]
    got = sorted(region_text(text, r["locations"][0]["physicalLocation"]["region"])
                 for r in results)
    assert got == sorted(["هاجم", "المزعوم", "🚨", "هاجم"])
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        location = r["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": "drafts/minister-ar.md",
                                                "uriBaseId": "%SRCROOT%"}
        assert r["partialFingerprints"]["claimcheck/v1"]
    # the emoji line: UTF-16 columns are one more than code-point columns after the emoji
    last = [r for r in results if r["locations"][0]["physicalLocation"]["region"]["startLine"]
            == text.count("\n")]
    emoji, verb = sorted(last, key=lambda r: r["locations"][0]["physicalLocation"]["region"]
                         ["startColumn"])
    assert emoji["locations"][0]["physicalLocation"]["region"]["endColumn"] == 3
    line = text.split("\n")[-2]
    verb_col = verb["locations"][0]["physicalLocation"]["region"]["startColumn"]
    assert verb_col == line.index("هاجم") + 2  # +1 for 1-based, +1 for the emoji's second unit
    # JSON keeps code points: one column less than SARIF there
    report = cli("check", "drafts/minister-ar.md", "--plugin", plugin, "-f", "json",
                 cwd=repo).json()
    columns = [f["column"] for f in report["articles"][0]["findings"] if f["text"] == "هاجم"]
    assert line.index("هاجم") + 1 in columns


def test_sarif_related_locations_and_repeated_fingerprints(sarif_schema):
    text = "Talks resume Tuesday.\nTalks resume Tuesday.\n"
    article = Article(text=text, path="drafts/x.md", lang="en")
    first, second = article.span(13, 20), article.span(35, 42)
    report = ArticleReport(article=article, findings=[
        Finding("dates.weekday-mismatch", "Tuesday is not 3 May", "warning", span=first,
                related=[second], id="f1"),
        Finding("dates.weekday-mismatch", "Tuesday is not 3 May", "warning", span=second,
                id="f2")])
    from claimcheck.report.sarif import sarif_dict

    sarif = sarif_dict(RunReport(articles=[report]), FormatOptions())
    jsonschema.validate(sarif, sarif_schema)
    one, two = sarif["runs"][0]["results"]
    related = one["relatedLocations"][0]
    assert related["physicalLocation"]["region"]["startLine"] == 2
    assert related["message"]["text"] == "Tuesday"
    assert "uriBaseId" not in related["physicalLocation"]["artifactLocation"]  # no root known
    # same rule and text twice in one file: distinct fingerprints, stable across line shifts
    assert one["partialFingerprints"] != two["partialFingerprints"]
    assert "ruleIndex" not in one  # the rule is not in this run's registry


def test_sarif_on_the_seed_is_valid(cli, plugin, sarif_schema):
    result = cli("check", SEED, "--plugin", plugin, "-f", "sarif", only_ours=False)
    sarif = json.loads(result.out)
    jsonschema.validate(sarif, sarif_schema)
    results = sarif["runs"][0]["results"]
    loaded = [r for r in results if r["ruleId"] == "newsroom.loaded"]
    assert len(loaded) == 2  # «المتشددين الإسلاميين», twice
    text = SEED.read_text(encoding="utf-8")
    for r in results:
        locations = r["locations"] + r.get("relatedLocations", [])
        for region in (loc["physicalLocation"]["region"] for loc in locations):
            if "snippet" in region:  # article-level findings point at line 1 only
                assert region_text(text, region) == region["snippet"]["text"]


def test_utf16_len_counts_astral_characters_twice():
    assert utf16_len("قال") == 3
    assert utf16_len("🚨x") == 3


def test_github_escaping_matches_the_actions_toolkit():
    message = "Tuesday: 3 May, not 2 May\nsee 100% of the copy\r"
    assert escape_data(message) == "Tuesday: 3 May, not 2 May%0Asee 100%25 of the copy%0D"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    line = annotation("error", message, file="drafts/a,b:c.md", line=3, title="dates: x, y")
    assert line == ("::error file=drafts/a%2Cb%3Ac.md,line=3,title=dates%3A x%2C y::"
                    "Tuesday: 3 May, not 2 May%0Asee 100%25 of the copy%0D")


def test_github_annotations_from_a_run(repo, plugin, cli):
    result = cli("check", "drafts", "--plugin", plugin, "-f", "github", cwd=repo)
    lines = result.out.splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    ar = [line for line in lines if "minister-ar.md" in line]
    text = (repo / "drafts" / "minister-ar.md").read_text(encoding="utf-8").split("\n")
    col = text[5].index("هاجم") + 1
    assert (f"::error file=drafts/minister-ar.md,line=6,col={col},endLine=6,"
            f"endColumn={col + 4},title=newsroom.loaded (error)::'هاجم': use a neutral word") in ar
    assert any(line.startswith("::warning file=drafts/minister-en.md,line=7,") for line in lines)


def test_junit_fails_only_at_or_above_the_fail_level(repo, plugin, cli):
    default = ET.fromstring(cli("check", "drafts", "--plugin", plugin, "-f", "junit",
                                cwd=repo).out)
    suites = default.findall("testsuite")
    assert [s.get("name") for s in suites] == ["drafts/minister-ar.md", "drafts/minister-en.md"]
    # each draft: one loaded verb (error) and one hedge (warning)
    assert [s.get("failures") for s in suites] == ["1", "1"]
    assert [s.get("tests") for s in suites] == ["2", "2"]
    failure = suites[0].find("testcase/failure")
    assert failure.get("type") == "error" and "هاجم" in failure.text
    strict = ET.fromstring(cli("check", "drafts", "--plugin", plugin, "-f", "junit",
                               "--fail-on", "warning", cwd=repo).out)
    assert strict.get("failures") == "4"


def test_markdown_summary_keeps_arabic_intact(repo, plugin, cli):
    out = cli("check", "drafts", "--plugin", plugin, "-f", "markdown", cwd=repo).out
    assert "4 finding(s) in 2 of 2 article(s)." in out
    assert "| 🔴 error | 2 |" in out and "| 🟠 warning | 2 |" in out
    assert "| هاجم |" in out and "| المزعوم |" in out
    rows = [line for line in out.splitlines() if "`drafts/" in line]
    assert len(rows) == 4


def test_json_paths_are_repository_relative(repo, plugin, cli):
    (repo / "desk").mkdir()
    report = cli("check", "../drafts/minister-en.md", "--plugin", plugin, "-f", "json",
                 cwd=repo / "desk").json()
    assert report["articles"][0]["path"] == "drafts/minister-en.md"


def test_text_report_lists_findings_with_their_place(repo, plugin, cli):
    out = cli("check", "drafts/minister-ar.md", "--plugin", plugin, cwd=repo).out
    line = (repo / "drafts" / "minister-ar.md").read_text(encoding="utf-8").split("\n")[5]
    findings = out[out.index("\nfindings:\n") + 1:out.index("1 article(s)")]
    # most severe first, each with its place, id and claim, then the flagged text on its own line
    assert findings.splitlines()[1].startswith(
        f"  drafts/minister-ar.md:6:{line.index('هاجم') + 1}: error newsroom.loaded [f")
    assert findings.splitlines()[1].endswith("]: 'هاجم': use a neutral word")
    assert findings.splitlines()[2] == "      text: هاجم"
    assert "warning newsroom.hedge" in findings.splitlines()[3]
    assert out.rstrip().endswith("finding(s) (1 error, 1 warning)")


def test_github_render_without_span_names_only_the_file():
    article = Article(text="x\n", path="drafts/a.md", lang="en")
    report = ArticleReport(article=article, findings=[
        Finding("dates.no-date", "no publication date", "info", id="f1")])
    out = render_github(RunReport(articles=[report]), FormatOptions())
    assert out == "::notice file=drafts/a.md,title=dates.no-date (info)::no publication date\n"


def test_schema_copy_is_the_oasis_one():
    schema = json.loads(Path(SCHEMA).read_text(encoding="utf-8"))
    assert "2.1.0" in schema["$id"] or "2.1.0" in schema.get("title", "")


def test_markdown_escapes_table_syntax_and_cuts_long_runs(monkeypatch):
    from claimcheck.report import markdown

    text = "قال الوزير | إن الخطة <سرية>\n" * 3
    article = Article(text=text, path="drafts/a|b.md", lang="ar")
    report = ArticleReport(article=article, findings=[
        Finding("newsroom.hedge", "a | b\nc", "warning", span=article.span(0, text.index("\n")),
                id=f"f{n}")
        for n in range(3)])
    monkeypatch.setattr(markdown, "MAX_ROWS", 2)
    out = markdown.render_markdown(RunReport(articles=[report]), FormatOptions())
    rows = [line for line in out.splitlines() if line.startswith("| 🟠 |")]
    assert len(rows) == 2
    assert rows[0].count(" | ") == 5  # six cells, the escaped pipes do not split them
    assert "a \\| b c" in rows[0] and "قال الوزير \\| إن الخطة &lt;سرية>" in rows[0]
    assert "_1 more finding(s) not shown; see the full report._" in out


def test_junit_reports_plugin_errors_as_errors():
    article = Article(text="x\n", path="drafts/a.md", lang="en")
    report = ArticleReport(article=article, errors=["plugin 'house' failed in check: boom"])
    suites = ET.fromstring(render_junit(RunReport(articles=[report]), FormatOptions()))
    suite = suites.find("testsuite")
    assert (suite.get("errors"), suites.get("errors")) == ("1", "1")
    assert suite.find("testcase/error").get("message") == "plugin 'house' failed in check: boom"


def test_records_point_at_their_file_and_say_which_record(repo, plugin, cli, sarif_schema):
    (repo / "drafts" / "wire.jsonl").write_text(
        '{"id": "w1", "lang": "en", "text": "The minister slammed the plan."}\n'
        '{"id": "w2", "lang": "ar", "text": "وقال مسؤول إن الوزير هاجم الخطة."}\n',
        encoding="utf-8")
    sarif = json.loads(cli("check", "drafts/wire.jsonl", "--plugin", plugin, "-f", "sarif",
                           cwd=repo).out)
    jsonschema.validate(sarif, sarif_schema)
    run = sarif["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["drafts/wire.jsonl"]
    second = run["results"][1]["locations"][0]
    # offsets into a record's text are no place in the file: the file, and the record named
    assert second["physicalLocation"]["artifactLocation"]["uri"] == "drafts/wire.jsonl"
    assert second["physicalLocation"]["region"] == {"startLine": 1}
    assert second["message"]["text"] == "record #2:w2, line 1, column 22 of its text"
    github = cli("check", "drafts/wire.jsonl", "--plugin", plugin, "-f", "github",
                 cwd=repo).out.splitlines()
    assert github[1] == ("::error file=drafts/wire.jsonl,title=newsroom.loaded (error)::"
                         "'هاجم': use a neutral word (record #2:w2, line 1, column 22 of its text)")


def test_record_paths():
    from claimcheck.report.positions import record_of

    assert record_of("drafts/wire.jsonl#2:w2") == ("drafts/wire.jsonl", "#2:w2")
    assert record_of("drafts/wire.json#3") == ("drafts/wire.json", "#3")
    assert record_of("drafts/one.json:story-9") == ("drafts/one.json", ":story-9")
    assert record_of("drafts/a.md") is None and record_of("drafts/a#1.md") is None
