"""Offsets are sacred: every span anywhere in a JSON report is exactly the input's characters."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted([*ROOT.glob("seeds/*.md"), *ROOT.glob("seeds/*.txt"),
                 *ROOT.glob("tests/data/articles/*/*.md")])


def spans(node: Any) -> Iterator[dict]:
    if isinstance(node, dict):
        start, end = node.get("start"), node.get("end")
        if isinstance(start, int) and isinstance(end, int) and "text" in node:
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_every_span_in_the_report_points_at_its_text(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(path), "--format", "json", "--fail-on", "never"])
    report = json.loads(capsys.readouterr().out)
    text = path.read_text(encoding="utf-8-sig")
    found = list(spans(report["articles"]))
    for span in found:
        assert text[span["start"]:span["end"]] == span["text"], span
    for article in report["articles"]:
        for finding in article["findings"]:
            if finding["start"] is None:
                continue
            line, col = finding["line"], finding["column"]
            line_start = sum(len(x) + 1 for x in text.split("\n")[: line - 1])
            assert line_start + col - 1 == finding["start"]
