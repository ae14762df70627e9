"""Bad input gets one clear line on stderr ("claimcheck: error: ...") and exit code 2, never a
traceback, and nothing the user gave is overwritten."""

from __future__ import annotations

import codecs
import shutil
import subprocess
import sys

import pytest

from claimcheck.cli import main

ARTICLE_AR = "وقال الكرملين في بيان إن الزعيمين اتفقا على تكثيف الحوار.\n"


def run(capsys, *argv):
    code = main(["check", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.err


def assert_one_line_error(code, err, *words):
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimcheck: error: ")
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.fixture
def write(tmp_path):
    def write(name, content):
        path = tmp_path / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path
    return write


def test_missing_file(capsys, tmp_path):
    assert_one_line_error(*run(capsys, tmp_path / "nowhere.txt"), "nowhere.txt", "no such file")


def test_folder(capsys, tmp_path):
    assert_one_line_error(*run(capsys, tmp_path), "folder")


def test_empty_file(capsys, write):
    assert_one_line_error(*run(capsys, write("empty.txt", b"")), "empty")


@pytest.mark.parametrize("content", [b"  \n\t\n", "\u00a0\u2003\n".encode(),
                                     codecs.BOM_UTF16_LE + "  \n ".encode("utf-16-le")])
def test_whitespace_only(capsys, write, content):
    assert_one_line_error(*run(capsys, write("blank.txt", content)), "empty")


def test_binary_file(capsys, write):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
    assert_one_line_error(*run(capsys, write("photo.txt", png)), "binary")


def test_undecodable_with_named_encoding(capsys, write):
    path = write("article.txt", ARTICLE_AR.encode("cp1256"))
    assert_one_line_error(*run(capsys, path, "--encoding", "utf-8"), "utf-8")


def test_unknown_encoding(capsys, write):
    path = write("article.txt", ARTICLE_AR)
    assert_one_line_error(*run(capsys, path, "--encoding", "klingon-8"), "--encoding", "klingon-8")


def test_broken_front_matter_names_the_line(capsys, write):
    path = write("broken.md", "---\ntitle: محادثات آستانة\npublished: [2017-05-02\nlang: ar\n"
                              "---\n" + ARTICLE_AR)
    code, err = run(capsys, path)
    assert_one_line_error(code, err, "front matter", "line")
    assert "line 4" in err or "line 3" in err  # the flow sequence opened on line 3 breaks at 4


def test_unclosed_front_matter(capsys, write):
    path = write("open.md", "---\ntitle: Talks\npublished: 2017-05-02\n\nThe Kremlin said.\n")
    assert_one_line_error(*run(capsys, path), "never closed")


def test_front_matter_date_that_is_not_a_date(capsys, write):
    path = write("date.md", "---\ntitle: Talks\npublished: next Tuesday-ish\n---\n"
                            "The Kremlin said on Tuesday that talks would go ahead.\n")
    assert_one_line_error(*run(capsys, path), "line 3", "published")


def test_front_matter_unknown_language(capsys, write):
    path = write("lang.md", "---\nlang: klingon\n---\nThe Kremlin said on Tuesday.\n")
    assert_one_line_error(*run(capsys, path), "line 2", "klingon")


def test_json_that_does_not_parse(capsys, write):
    path = write("batch.json", '[{"text": "The Kremlin said.", "id": 1},\n {"text": }]')
    assert_one_line_error(*run(capsys, path), "line 2", "not valid JSON")


def test_jsonl_line_that_does_not_parse(capsys, write):
    path = write("batch.jsonl", '{"text": "The Kremlin said on Tuesday."}\n{"text": "x"\n')
    assert_one_line_error(*run(capsys, path), "line 2", "not valid JSON")


def test_record_without_text(capsys, write):
    path = write("batch.jsonl", '{"text": "The Kremlin said on Tuesday."}\n'
                                '{"title": "Talks", "id": "a2"}\n')
    assert_one_line_error(*run(capsys, path), "line 2", "no text")


def test_json_that_is_not_records(capsys, write):
    assert_one_line_error(*run(capsys, write("n.json", "42")), "object")


def test_unknown_lang(capsys, write):
    path = write("article.txt", ARTICLE_AR)
    assert_one_line_error(*run(capsys, path, "--lang", "fr"), "--lang", "fr")


@pytest.mark.parametrize("value", ["2017-13-02", "02/05/2017", "yesterday"])
def test_bad_published(capsys, write, value):
    path = write("article.txt", ARTICLE_AR)
    assert_one_line_error(*run(capsys, path, "--published", value), "--published", value)


def test_output_that_is_an_input_is_not_overwritten(capsys, write):
    path = write("article.txt", ARTICLE_AR)
    assert_one_line_error(*run(capsys, path, "--output", path), "overwritten")
    assert path.read_text(encoding="utf-8") == ARTICLE_AR


def test_bad_input_in_a_batch_is_one_line_and_the_rest_is_checked(capsys, write, tmp_path):
    good = write("good.txt", ARTICLE_AR)
    bad = write("bad.txt", b"")
    out = tmp_path / "report.json"
    code, err = run(capsys, good, bad, "--output", out, "-f", "json")
    assert_one_line_error(code, err, "bad.txt", "empty")
    assert good.read_text(encoding="utf-8") == ARTICLE_AR
    assert "good.txt" in out.read_text(encoding="utf-8")


def test_installed_command(tmp_path):
    exe = shutil.which("claimcheck")
    cmd = [exe] if exe else [sys.executable, "-m", "claimcheck"]
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x00\x01\x02\x03binary\x00")
    result = subprocess.run([*cmd, "check", str(path)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith("claimcheck: error: ")
    assert "binary" in result.stderr


def test_empty_stdin(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    assert_one_line_error(*run(capsys, "-"), "<stdin>", "empty")


def test_binary_stdin(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01GIF89a\x00\x00")))
    assert_one_line_error(*run(capsys, "-"), "<stdin>", "binary")
