"""A newsroom's CI over a git repository of drafts: suppressions, baselines, --diff-base, exit
codes, folders and globs, and --jobs."""

from __future__ import annotations

import json

from ci_support import AR_DRAFT, EN_DRAFT, findings, git

from claimcheck.model import Article
from claimcheck.suppress import Suppressions, directives


def test_disable_next_line_silences_exactly_the_named_rule(repo, plugin, cli):
    draft = repo / "drafts" / "minister-en.md"
    text = EN_DRAFT.replace(
        "The minister slammed",
        "<!-- claimcheck-disable-next-line newsroom.loaded -->\n"
        "The minister allegedly slammed")
    draft.write_text(text, encoding="utf-8")
    report = cli("check", "drafts/minister-en.md", "--plugin", plugin, "-f", "json",
                 cwd=repo).json()
    # the loaded verb on the next line is silenced; the hedge on that same line is not
    assert findings(report) == [("drafts/minister-en.md", "newsroom.hedge", 7),
                                ("drafts/minister-en.md", "newsroom.hedge", 8)]


def test_disable_until_enable_and_all_rules(repo, plugin, cli):
    text = AR_DRAFT.replace("وقال مسؤول", "<!-- claimcheck-disable -->\nوقال مسؤول").replace(
        "وذكرت الوكالة", "<!-- claimcheck-enable -->\nوذكرت الوكالة") + "وقال إن الوزير هاجم.\n"
    (repo / "drafts" / "minister-ar.md").write_text(text, encoding="utf-8")
    report = cli("check", "drafts/minister-ar.md", "--plugin", plugin, "-f", "json",
                 cwd=repo).json()
    assert findings(report) == [("drafts/minister-ar.md", "newsroom.loaded", 11)]


def test_html_draft_disable_by_category_to_end_of_file(repo, plugin, cli):
    html = ("<html><body>\n<p>The minister slammed the report.</p>\n"
            "<!-- claimcheck-disable newsroom -->\n"
            "<p>The meeting allegedly never happened, the minister slammed.</p>\n"
            "</body></html>\n")
    (repo / "drafts" / "brief.html").write_text(html, encoding="utf-8")
    report = cli("check", "drafts/brief.html", "--plugin", plugin, "-f", "json",
                 cwd=repo).json()
    assert findings(report) == [("drafts/brief.html", "newsroom.loaded", 2)]


def test_unknown_rule_in_a_suppression_is_reported_on_its_line(repo, plugin, cli):
    text = EN_DRAFT.replace("The official said",
                            "<!-- claimcheck-disable-next-line newsroom.hedging -->\n"
                            "The official said")
    (repo / "drafts" / "minister-en.md").write_text(text, encoding="utf-8")
    result = cli("check", "drafts/minister-en.md", "--plugin", plugin, "-f", "json", cwd=repo)
    found = result.json()["articles"][0]["findings"]
    unknown = [f for f in found if f["rule"] == "claimcheck.unknown-suppression"]
    assert len(unknown) == 1
    assert (unknown[0]["line"], unknown[0]["text"], unknown[0]["severity"]) == (
        7, "newsroom.hedging", "warning")
    # the misspelt id silenced nothing: the hedge on the next line is still reported
    assert ("drafts/minister-en.md", "newsroom.hedge", 8) in findings(result.json())


def test_suppression_ranges():
    text = ("a\n<!-- claimcheck-disable dates attribution.x -->\nb\n"
            "<!-- claimcheck-enable dates -->\nc\n<!-- claimcheck-disable-next-line -->\nd\n")
    article = Article(text=text, path="x.md")
    assert [d.verb for d in directives(article)] == ["disable", "enable", "disable-next-line"]
    ranges = sorted(Suppressions.of(article).ranges, key=lambda r: r[0])
    assert ranges == [("*", 7, 7), ("attribution.x", 2, None), ("dates", 2, 4)]
    # a comment over several lines: "next line" is the one after its end
    article = Article(text="<!-- claimcheck-disable-next-line\n  dates.weekday-mismatch -->\nx\n")
    assert Suppressions.of(article).ranges == [("dates.weekday-mismatch", 3, 3)]


def test_baseline_hides_old_findings_and_shows_a_new_one(repo, plugin, cli):
    baseline = repo / "claimcheck-baseline.json"
    result = cli("check", "drafts", "--plugin", plugin, "--write-baseline", baseline, cwd=repo)
    assert result.code == 0
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    assert recorded["schema"] == "claimcheck/baseline@1"
    assert set(recorded["files"]) == {"drafts/minister-ar.md", "drafts/minister-en.md"}
    assert '"line"' not in baseline.read_text(encoding="utf-8")  # no line numbers

    # nothing new yet: everything is hidden, the run passes even with the errors in it
    result = cli("check", "drafts", "--plugin", plugin, "--baseline", baseline, "-f", "json",
                 cwd=repo)
    assert (findings(result.json()), result.code) == ([], 0)

    # shift every line down, and add a second loaded verb of the same kind: one is new
    draft = repo / "drafts" / "minister-en.md"
    text = draft.read_text(encoding="utf-8").replace(
        "lang: en\n---\n", "lang: en\n---\nBy the politics desk.\n\n")
    draft.write_text(text + "The opposition slammed the plan.\n", encoding="utf-8")
    result = cli("check", "drafts", "--plugin", plugin, "--baseline", baseline, "-f", "json",
                 cwd=repo)
    assert findings(result.json()) == [("drafts/minister-en.md", "newsroom.loaded", 11)]
    assert result.code == 1


def test_write_baseline_never_overwrites_an_input(repo, plugin, cli):
    result = cli("check", "drafts", "--plugin", plugin, "--write-baseline",
                 "drafts/minister-en.md", cwd=repo)
    assert result.code == 2 and "is one of the inputs" in result.err
    assert (repo / "drafts" / "minister-en.md").read_text(encoding="utf-8") == EN_DRAFT


def test_broken_baseline_is_one_line(repo, plugin, cli):
    (repo / "old.json").write_text("{}", encoding="utf-8")
    result = cli("check", "drafts", "--plugin", plugin, "--baseline", "old.json", cwd=repo)
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "not a claimcheck baseline" in result.err


def test_diff_base_reports_only_changed_lines(repo, plugin, cli):
    draft = repo / "drafts" / "minister-en.md"
    # line 6 (slammed) and 7 (allegedly) were committed; change line 8 to add a new hedge
    draft.write_text(EN_DRAFT.replace("Talks will resume next week",
                                      "Talks will allegedly resume next week"), encoding="utf-8")
    new = repo / "drafts" / "untracked-ar.md"
    new.write_text(AR_DRAFT, encoding="utf-8")
    result = cli("check", "drafts", "--plugin", plugin, "--diff-base", "HEAD", "-f", "json",
                 cwd=repo)
    assert findings(result.json()) == [
        ("drafts/minister-en.md", "newsroom.hedge", 8),
        ("drafts/untracked-ar.md", "newsroom.loaded", 6),  # untracked: every line is new
        ("drafts/untracked-ar.md", "newsroom.hedge", 7)]
    # committed on a branch: the same against main
    git(repo, "checkout", "-q", "-b", "edit")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "edit")
    again = cli("check", "drafts", "--plugin", plugin, "--diff-base", "main", "-f", "json",
                cwd=repo)
    assert findings(again.json()) == findings(result.json())


def test_diff_base_errors(repo, tmp_path, plugin, cli):
    result = cli("check", "drafts", "--diff-base", "no-such-branch", cwd=repo)
    assert result.code == 2 and "unknown git ref 'no-such-branch'" in result.err
    outside = tmp_path / "loose"
    outside.mkdir()
    (outside / "a.md").write_text(EN_DRAFT, encoding="utf-8")
    result = cli("check", "a.md", "--diff-base", "HEAD", cwd=outside)
    assert result.code == 2 and "is not in a git repository" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_warning_fails_only_with_fail_on_warning(repo, plugin, cli):
    draft = repo / "drafts" / "hedge-only.md"
    draft.write_text("The official said the meeting had allegedly never taken place.\n",
                     encoding="utf-8")
    assert cli("check", "drafts/hedge-only.md", "--plugin", plugin, cwd=repo).code == 0
    assert cli("check", "drafts/hedge-only.md", "--plugin", plugin, "--fail-on", "warning",
               cwd=repo).code == 1
    assert cli("check", "drafts/hedge-only.md", "--plugin", plugin, "--fail-on", "never",
               cwd=repo).code == 0
    clean = repo / "drafts" / "clean.md"
    clean.write_text("Talks will resume next week, the agency said.\n", encoding="utf-8")
    assert cli("check", "drafts/clean.md", "--plugin", plugin, "--fail-on", "info",
               cwd=repo).code == 0


def test_folders_and_globs(repo, plugin, cli):
    (repo / "drafts" / "world").mkdir()
    (repo / "drafts" / "world" / "brief.txt").write_text("Officials allegedly met.\n",
                                                         encoding="utf-8")
    (repo / "drafts" / "world" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (repo / "drafts" / ".cache").mkdir()
    (repo / "drafts" / ".cache" / "old.md").write_text("allegedly\n", encoding="utf-8")
    report = cli("check", "drafts", "--plugin", plugin, "-f", "json", cwd=repo).json()
    assert [a["path"] for a in report["articles"]] == [
        "drafts/minister-ar.md", "drafts/minister-en.md", "drafts/world/brief.txt"]
    report = cli("check", "drafts/**/*.txt", "drafts/minister-en.md", "--plugin", plugin,
                 "-f", "json", cwd=repo).json()
    assert [a["path"] for a in report["articles"]] == ["drafts/world/brief.txt",
                                                       "drafts/minister-en.md"]
    result = cli("check", "drafts/**/*.docx", cwd=repo)
    assert result.code == 2 and "no file matches" in result.err


def test_one_unreadable_file_does_not_hide_the_others(repo, plugin, cli):
    (repo / "drafts" / "empty.md").write_text("", encoding="utf-8")
    result = cli("check", "drafts", "--plugin", plugin, "-f", "json", cwd=repo)
    assert result.code == 2
    assert len(result.json()["articles"]) == 2
    assert result.err.strip().splitlines() == [
        "claimcheck: error: drafts/empty.md: the file is empty"]


def test_jobs_2_gives_the_same_report_as_jobs_1(repo, plugin, cli):
    for n in range(4):
        (repo / "drafts" / f"wire-{n}.md").write_text(
            (AR_DRAFT if n % 2 else EN_DRAFT) + f"\nNote {n}: the minister slammed it.\n",
            encoding="utf-8")
    for fmt in ("json", "sarif", "text"):
        one = cli("check", "drafts", "--plugin", plugin, "-f", fmt, "--jobs", "1", cwd=repo)
        two = cli("check", "drafts", "--plugin", plugin, "-f", fmt, "--jobs", "2", cwd=repo)
        assert one.code == two.code == 1
        assert one.out == two.out, fmt


def test_jobs_must_be_a_number(repo, cli):
    result = cli("check", "drafts", "--jobs", "many", cwd=repo)
    assert result.code == 2 and "--jobs must be a whole number" in result.err


def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch):
    import sys

    from claimcheck import runner

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert runner.show_progress(40)
    assert not runner.show_progress(1)  # one file: nothing to show
    monkeypatch.setenv("CI", "true")
    assert not runner.show_progress(40)
    monkeypatch.setenv("CI", "false")
    assert runner.show_progress(40)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert not runner.show_progress(40)  # piped or redirected


def test_diff_base_on_json_lines_keeps_the_changed_records(repo, plugin, cli):
    wire = repo / "drafts" / "wire.jsonl"
    wire.write_text(
        '{"id": "w1", "lang": "en", "text": "The minister slammed the plan, an aide said."}\n'
        '\n'
        '{"id": "w2", "lang": "ar", "text": "وقال مسؤول إن الوزير هاجم الخطة."}\n',
        encoding="utf-8")
    git(repo, "add", "drafts/wire.jsonl")
    git(repo, "commit", "-q", "-m", "wire")
    with wire.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "w3", "lang": "en", "text": "Officials allegedly met on Monday."}\n')
    text = wire.read_text(encoding="utf-8").replace("هاجم الخطة", "هاجم الخطة مجدداً")
    wire.write_text(text, encoding="utf-8")
    report = cli("check", "drafts/wire.jsonl", "--plugin", plugin, "--diff-base", "HEAD",
                 "-f", "json", cwd=repo).json()
    # record 2 (its line changed) and record 3 (new) are reported, record 1 is not
    assert findings(report) == [("drafts/wire.jsonl#2:w2", "newsroom.loaded", 1),
                                ("drafts/wire.jsonl#3:w3", "newsroom.hedge", 1)]
